// The final model on each evaluation set: paintings from other sources that were in no split.
// A run can score 0.96 on its own test split and chance here; this is the figure for new sources.
import type { EvaluationSetReportFieldsFragment } from "../../graphql/generated";
import { accuracyWithInterval, decimal, decimalWithInterval, majorityBaseline, percent } from "../_lib/format";
import { ChanceFlag } from "./chance-flag";

export function EvaluationSetsSection({ reports }: { reports: EvaluationSetReportFieldsFragment[] }) {
  if (reports.length === 0) {
    return (
      <p className="muted" data-testid="no-evaluation-sets">
        No evaluation set was scored for this run. A manager marks an imported batch as one (Upload, or
        <code> npm run import -- &lt;folder&gt; --evaluation-set &lt;name&gt;</code>); every later run is scored on it.
      </p>
    );
  }
  return (
    <>
      <p className="muted small">Paintings from other sources, never in training, validation or test: how the model does beyond its own pool.</p>
      {reports.map((report) => <EvaluationSetFigures key={report.setName} report={report} />)}
    </>
  );
}

function EvaluationSetFigures({ report }: { report: EvaluationSetReportFieldsFragment }) {
  return (
    <section className="panel" data-testid="evaluation-set-report" aria-label={`Evaluation set ${report.setName}`}>
      <h3 style={{ marginTop: 0 }}>
        {report.setName}
        {report.evaluationSetId === null && <span className="muted small"> (set deleted since)</span>}
      </h3>
      {report.notBetterThanChance && !report.singleClass && <p><ChanceFlag collapsedTo={report.collapsedToClassKey} /> <span className="muted small">on this set</span></p>}
      {report.singleClass && (
        <p className="muted small">One class only: its baseline is 100% and it has no ROC AUC, so the accuracy is that class&apos;s recall.</p>
      )}
      <dl className="metrics">
        <div><dt>Accuracy</dt><dd>{accuracyWithInterval(report.accuracy, report.sampleCount, report.accuracyInterval)}</dd></div>
        <div><dt>Majority-class baseline</dt><dd>{majorityBaseline(report.majorityClassRate, report.majorityClassKey)}</dd></div>
        <div><dt>ROC AUC</dt><dd>{decimalWithInterval(report.rocAuc, report.rocAucInterval)}</dd></div>
        <div><dt>Macro-F1</dt><dd>{percent(report.macroF1)}</dd></div>
        <div>
          <dt>Mean confidence when wrong</dt>
          <dd data-testid="confidence-when-wrong">{report.wrongCount === 0 ? "never wrong" : `${decimal(report.meanConfidenceWrong, 2)} (${report.wrongCount} wrong)`}</dd>
        </div>
      </dl>
      <table className="compact" aria-label={`Confusion matrix, evaluation set ${report.setName}`}>
        <thead>
          <tr><th scope="col">True ↓ / Predicted →</th>{report.classKeys.map((key) => <th key={key} scope="col">{key}</th>)}</tr>
        </thead>
        <tbody>
          {report.confusionMatrix.map((row, a) => (
            <tr key={report.classKeys[a]}>
              <th scope="row">{report.classKeys[a]}</th>
              {row.map((count, p) => <td key={p}>{count}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

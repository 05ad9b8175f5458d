import type { EvaluationFieldsFragment } from "../../graphql/generated";
import { decimal, percent } from "../_lib/format";

/** The headline figures of one split, accuracy always with its uncertainty. */
export function MetricSummary({ report }: { report: EvaluationFieldsFragment }) {
  const interval = report.accuracyInterval;
  return (
    <dl className="metrics" aria-label="Key metrics">
      <div>
        <dt>Accuracy</dt>
        <dd>
          {percent(report.accuracy)}
          {interval && <small className="muted"> (95% CI {percent(interval.lower)}–{percent(interval.upper)})</small>}
        </dd>
      </div>
      <div><dt>Macro-F1</dt><dd>{percent(report.macroF1)}</dd></div>
      <div><dt>ROC AUC</dt><dd>{decimal(report.rocAuc)}</dd></div>
      <div><dt>ECE</dt><dd>{decimal(report.ece)}</dd></div>
      <div><dt>Samples</dt><dd>{report.sampleCount}</dd></div>
    </dl>
  );
}

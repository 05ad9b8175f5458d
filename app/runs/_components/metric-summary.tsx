import type { EvaluationFieldsFragment } from "../../graphql/generated";
import { accuracyWithInterval, decimal, decimalWithInterval, majorityBaseline, percent } from "../_lib/format";
import { ChanceFlag } from "./chance-flag";

/**
 * The headline figures of one split: accuracy always with its n and uncertainty and beside the
 * majority-class baseline, since an accuracy equal to the larger class's share means nothing.
 */
export function MetricSummary({ report }: { report: EvaluationFieldsFragment }) {
  return (
    <>
      {report.notBetterThanChance && (
        <p><ChanceFlag collapsedTo={report.collapsedToClassKey} /> <span className="muted small">on this split</span></p>
      )}
      <dl className="metrics" aria-label="Key metrics">
        <div>
          <dt>Accuracy</dt>
          <dd>{accuracyWithInterval(report.accuracy, report.sampleCount, report.accuracyInterval)}</dd>
        </div>
        <div>
          <dt>Majority-class baseline</dt>
          <dd data-testid="majority-baseline">{majorityBaseline(report.majorityClassRate, report.majorityClassKey)}</dd>
        </div>
        <div><dt>Macro-F1</dt><dd>{percent(report.macroF1)}</dd></div>
        <div><dt>ROC AUC</dt><dd>{decimalWithInterval(report.rocAuc, report.rocAucInterval)}</dd></div>
        <div><dt>ECE</dt><dd>{decimal(report.ece)}</dd></div>
      </dl>
    </>
  );
}

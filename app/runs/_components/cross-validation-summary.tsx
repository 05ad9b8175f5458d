import type { RunReportFieldsFragment } from "../../graphql/generated";
import { percent } from "../_lib/format";

type Summary = NonNullable<RunReportFieldsFragment["crossValidation"]>;

/** k-fold figures: a mean with a wide spread says the single test figure is partly luck. */
export function CrossValidationSummary({ summary }: { summary: Summary }) {
  const pm = (mean: number, std: number | null) => `${percent(mean)}${std === null ? "" : ` ± ${percent(std)}`}`;
  return (
    <dl className="metrics" aria-label="Cross-validation">
      <div><dt>Folds</dt><dd>{summary.folds}</dd></div>
      <div><dt>Accuracy (mean ± sd)</dt><dd>{pm(summary.accuracyMean, summary.accuracyStd)}</dd></div>
      <div><dt>Majority-class baseline (mean)</dt><dd data-testid="cv-majority-baseline">{percent(summary.majorityClassRateMean)}</dd></div>
      <div><dt>Macro-F1 (mean ± sd)</dt><dd>{pm(summary.macroF1Mean, summary.macroF1Std)}</dd></div>
    </dl>
  );
}

// Two runs on the same evaluation sets, by set name: the comparison that says whether a change
// helped on paintings from other sources, not only on the runs' own test split.
import type { EvaluationSetReportFieldsFragment, RunReportFieldsFragment } from "../../graphql/generated";
import { accuracyWithInterval, decimal, decimalWithInterval, majorityBaseline } from "../_lib/format";

type Report = EvaluationSetReportFieldsFragment | undefined;

const FIGURES: { label: string; value: (r: Report) => string }[] = [
  { label: "accuracy (n, 95% CI)", value: (r) => accuracyWithInterval(r?.accuracy, r?.sampleCount, r?.accuracyInterval) },
  { label: "majority-class baseline", value: (r) => majorityBaseline(r?.majorityClassRate, r?.majorityClassKey) },
  { label: "better than chance", value: (r) => (!r ? "–" : r.singleClass ? "one class: cannot tell" : r.notBetterThanChance ? "NO: not better than chance" : "yes") },
  { label: "ROC AUC (95% CI)", value: (r) => decimalWithInterval(r?.rocAuc, r?.rocAucInterval) },
  { label: "mean confidence when wrong", value: (r) => (!r ? "–" : r.wrongCount === 0 ? "never wrong" : `${decimal(r.meanConfidenceWrong, 2)} (${r.wrongCount} wrong)`) },
];

export function CompareEvaluationSets({ a, b }: { a: RunReportFieldsFragment; b: RunReportFieldsFragment }) {
  const names = [...new Set([...a.evaluationSetReports, ...b.evaluationSetReports].map((r) => r.setName))].sort();
  if (names.length === 0) return <p className="muted">Neither run was scored on an evaluation set.</p>;
  const of = (run: RunReportFieldsFragment, name: string) => run.evaluationSetReports.find((r) => r.setName === name);
  return (
    <table aria-label="Evaluation sets" className="compact">
      <thead><tr><th>Evaluation set</th><th>A</th><th>B</th></tr></thead>
      <tbody>
        {names.flatMap((name) => FIGURES.map((figure) => (
          <tr key={`${name}:${figure.label}`}>
            <th scope="row">{name}: {figure.label}</th>
            <td>{figure.value(of(a, name))}</td>
            <td>{figure.value(of(b, name))}</td>
          </tr>
        )))}
      </tbody>
    </table>
  );
}

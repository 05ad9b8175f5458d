import type { EvaluationFieldsFragment } from "../../graphql/generated";
import { percent } from "../_lib/format";

export function PerClassTable({ report }: { report: EvaluationFieldsFragment }) {
  return (
    <table aria-label="Per-class metrics" className="compact">
      <thead>
        <tr><th>Class</th><th>Precision</th><th>Recall</th><th>F1</th><th>Support</th></tr>
      </thead>
      <tbody>
        {report.perClass.map((c) => (
          <tr key={c.classKey}>
            <td>{c.classKey}</td>
            <td>{percent(c.precision)}</td>
            <td>{percent(c.recall)}</td>
            <td>{percent(c.f1)}</td>
            <td>{c.support}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

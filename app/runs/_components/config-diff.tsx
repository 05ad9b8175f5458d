import type { RunReportFieldsFragment } from "../../graphql/generated";

type Props = { a: RunReportFieldsFragment; b: RunReportFieldsFragment };

/** Every configuration key of either run; the ones that differ first and marked. */
export function ConfigDiff({ a, b }: Props) {
  const configA: Record<string, unknown> = { ...(a.config as Record<string, unknown>), "backend used": a.backend };
  const configB: Record<string, unknown> = { ...(b.config as Record<string, unknown>), "backend used": b.backend };
  const show = (value: unknown) => (value === null || value === undefined ? "none" : String(value));
  const rows = [...new Set([...Object.keys(configA), ...Object.keys(configB)])]
    .map((key) => ({ key, a: show(configA[key]), b: show(configB[key]) }))
    .sort((x, y) => Number(x.a === x.b) - Number(y.a === y.b));
  return (
    <table aria-label="Configuration differences" className="compact">
      <thead><tr><th>Option</th><th>A</th><th>B</th></tr></thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className={row.a === row.b ? "muted" : "differs"}>
            <th scope="row">{row.key}{row.a !== row.b && <span className="badge">differs</span>}</th>
            <td>{row.a}</td>
            <td>{row.b}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

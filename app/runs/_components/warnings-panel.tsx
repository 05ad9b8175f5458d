import type { RunReportFieldsFragment } from "../../graphql/generated";

type Warning = RunReportFieldsFragment["warnings"][number];

const ORDER = { error: 0, warning: 1, info: 2 } as const;
const modelFirst = (w: Warning) => (w.code.startsWith("model/") ? 0 : 1);
// A shortcut in the data leads whatever its neighbours' severity: the model may not have looked at a painting.
const shortcutFirst = (w: Warning) => (w.code === "dataset/shortcut" ? 0 : 1);

/** Everything odd about the run, errors first, above every figure it casts doubt on. */
export function WarningsPanel({ warnings }: { warnings: Warning[] }) {
  if (warnings.length === 0) return null;
  // Then errors first; within a severity the chance verdict (model/…) leads: it decides whether any other figure matters.
  const sorted = [...warnings].sort((a, b) => shortcutFirst(a) - shortcutFirst(b) || ORDER[a.severity] - ORDER[b.severity] || modelFirst(a) - modelFirst(b) || (a.epoch ?? 0) - (b.epoch ?? 0));
  const errors = warnings.filter((w) => w.severity === "error").length;
  return (
    <section className={`warnings ${errors > 0 ? "has-errors" : ""}`} aria-label="Run warnings">
      <h2>{errors === 0 ? "Warnings" : errors === 1 ? "1 problem makes these figures unreliable" : `${errors} problems make these figures unreliable`}</h2>
      <ul>
        {sorted.map((w, i) => (
          <li key={`${w.code}-${w.epoch ?? ""}-${i}`} className={w.severity}>
            <span className="badge">{w.severity}</span> <code>{w.code}</code> {w.message}
          </li>
        ))}
      </ul>
    </section>
  );
}

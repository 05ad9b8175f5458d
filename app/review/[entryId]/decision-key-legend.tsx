import type { ReviewItemQuery } from "../../graphql/generated";
import { REASON_CODE_LABELS } from "../review-labels";
import { REASON_CODES } from "./review-keys";

type Classes = ReviewItemQuery["reviewItem"]["labelClasses"];

/** Every key the decision answers to, always on screen. */
export function DecisionKeyLegend({ labelClasses, canSendBack }: { labelClasses: Classes; canSendBack: boolean }) {
  return (
    <div aria-label="Review keyboard shortcuts" role="group" style={{ fontSize: 13 }} className="muted">
      <ol style={{ display: "flex", flexWrap: "wrap", gap: "4px 12px", listStyle: "none", padding: 0, margin: "0 0 6px" }}>
        {REASON_CODES.map((code, index) => (
          <li key={code}><span className="kbd">{index + 1}</span> {REASON_CODE_LABELS[code]}</li>
        ))}
      </ol>
      <span>Then </span>
      {labelClasses.map((c) => (
        <span key={c.id}><span className="kbd">{c.hotkey.toUpperCase()}</span> approves {c.name} · </span>
      ))}
      {canSendBack && <span><span className="kbd">R</span> sends back for relabeling · </span>}
      <span><span className="kbd">+</span> <span className="kbd">−</span> <span className="kbd">0</span> zoom</span>
    </div>
  );
}

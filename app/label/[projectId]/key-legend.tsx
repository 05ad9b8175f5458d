import type { Task } from "./use-labeling-session";

/** Every key the screen answers to, always visible, so nobody needs the mouse. */
export function KeyLegend({ labelClasses, confidence }: { labelClasses: Task["labelClasses"]; confidence: number | null }) {
  return (
    <ul aria-label="Keyboard shortcuts" className="row" style={{ listStyle: "none", padding: 0, margin: 0, fontSize: 14 }}>
      {labelClasses.map((labelClass) => (
        <li key={labelClass.id}>
          <span className="kbd">{labelClass.hotkey.toUpperCase()}</span>{" "}
          <span style={{ color: labelClass.color, fontWeight: 600 }}>{labelClass.name}</span>
        </li>
      ))}
      <li><span className="kbd">S</span> skip</li>
      <li><span className="kbd">U</span> undo last</li>
      <li>
        <span className="kbd">1</span>–<span className="kbd">5</span> confidence{" "}
        <strong data-testid="confidence">{confidence ? `${confidence}/5` : "not set"}</strong>
      </li>
      <li><span className="kbd">N</span> note (<span className="kbd">Enter</span> or <span className="kbd">Esc</span> to leave it)</li>
    </ul>
  );
}

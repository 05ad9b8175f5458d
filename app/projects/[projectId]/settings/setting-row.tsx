import type { ReactNode } from "react";

/** One setting: its name, the control, what it does in one line, and the server's objection if any. */
export function SettingRow({ id, label, help, error, children }: { id: string; label: string; help: string; error?: string; children: ReactNode }) {
  return (
    <div style={{ display: "grid", gap: 4 }}>
      <label htmlFor={id} style={{ color: "var(--ink)", fontWeight: 600 }}>{label}</label>
      {children}
      <span id={`${id}-help`} className="muted" style={{ fontSize: 13 }}>{help}</span>
      {error && <span id={`${id}-error`} className="error" role="alert" style={{ fontSize: 13 }}>{error}</span>}
    </div>
  );
}

/** aria wiring so a screen reader (and Playwright) reads the help and the error with the control. */
export const describedBy = (id: string, error?: string) => ({ id, "aria-describedby": `${id}-help${error ? ` ${id}-error` : ""}`, "aria-invalid": Boolean(error) });

import type { FieldErrors } from "./field-errors";
import { SETTING_HELP } from "./setting-help";
import { describedBy } from "./setting-row";

export type ClassDraft = { id: string; key: string; name: string; hotkey: string; color: string };

/** Each class's name and hotkey; the class key is shown but fixed (model and exports use it). */
export function LabelClassesEditor({ classes, onChange, errors }: { classes: ClassDraft[]; onChange: (next: ClassDraft[]) => void; errors: FieldErrors }) {
  const edit = (index: number, change: Partial<ClassDraft>) => onChange(classes.map((c, i) => (i === index ? { ...c, ...change } : c)));
  return (
    <fieldset style={{ border: "1px solid var(--line)", borderRadius: 6, padding: 12 }}>
      <legend style={{ fontWeight: 600 }}>Label classes</legend>
      <p className="muted" style={{ fontSize: 13, margin: "0 0 8px" }}>{SETTING_HELP.labelClasses}</p>
      {errors.labelClasses && <p className="error" role="alert" style={{ fontSize: 13 }}>{errors.labelClasses}</p>}
      <div style={{ display: "grid", gap: 8 }}>
        {classes.map((c, index) => {
          const nameError = errors[`labelClasses.${index}.name`];
          const keyError = errors[`labelClasses.${index}.hotkey`] ?? errors[`labelClasses.${index}.id`];
          return (
            <div key={c.id} className="row" style={{ alignItems: "flex-start" }} data-testid="class-row">
              <span className="badge" style={{ background: c.color, color: "#fff", marginTop: 30 }}>{c.key}</span>
              <label style={{ flex: "1 1 200px" }}>
                Name of {c.key}
                <input value={c.name} maxLength={60} onChange={(e) => edit(index, { name: e.target.value })} {...describedBy(`class-${c.key}-name`, nameError)} />
                <span id={`class-${c.key}-name-help`} hidden />
                {nameError && <span id={`class-${c.key}-name-error`} className="error" role="alert">{nameError}</span>}
              </label>
              <label style={{ width: 140 }}>
                Hotkey of {c.key}
                <input value={c.hotkey} maxLength={2} onChange={(e) => edit(index, { hotkey: e.target.value })} {...describedBy(`class-${c.key}-hotkey`, keyError)} />
                <span id={`class-${c.key}-hotkey-help`} hidden />
                {keyError && <span id={`class-${c.key}-hotkey-error`} className="error" role="alert">{keyError}</span>}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

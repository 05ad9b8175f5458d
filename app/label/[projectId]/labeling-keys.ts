// The labeling screen's keyboard map: the project's class hotkeys, then S skip, U undo, 1-5
// confidence, N note. Projects cannot give a class S, U or 1-5 (create-project refuses), so the
// class keys never shadow the fixed ones; a class on N does take N from the note.
export type LabelingAction =
  | { kind: "label"; labelKey: string }
  | { kind: "skip" }
  | { kind: "undo" }
  | { kind: "confidence"; value: number }
  | { kind: "note" };

type HotkeyClass = { key: string; hotkey: string };

/** The action a key press asks for; null for keys the screen leaves alone. */
export function keyAction(key: string, classes: readonly HotkeyClass[]): LabelingAction | null {
  const pressed = key.toLowerCase();
  const labelClass = classes.find((candidate) => candidate.hotkey.toLowerCase() === pressed);
  if (labelClass) return { kind: "label", labelKey: labelClass.key };
  if (pressed === "s") return { kind: "skip" };
  if (pressed === "u") return { kind: "undo" };
  if (pressed === "n") return { kind: "note" };
  if (/^[1-5]$/.test(pressed)) return { kind: "confidence", value: Number(pressed) };
  return null;
}

/** Whether a key event should be left to the browser: a text field has focus or a modifier is held. */
export function isTypingOrShortcut(event: Pick<KeyboardEvent, "ctrlKey" | "metaKey" | "altKey">, target: EventTarget | null): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return true;
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

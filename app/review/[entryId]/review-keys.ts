// The review screen's keyboard map: 1-6 pick the reason code (in REASON_CODE_LABELS order), a
// class hotkey picks that final label and, once a reason is chosen, approves it; R sends the
// painting back for relabeling (once a reason is chosen). Class hotkeys can never be R or a digit
// (server/services/projects/label-class-hotkey.ts), so nothing here is ambiguous.
import type { ReviewReasonCode } from "../../graphql/generated";
import { REASON_CODE_LABELS } from "../review-labels";

export const REASON_CODES = Object.keys(REASON_CODE_LABELS) as ReviewReasonCode[];

export type ReviewKeyAction =
  | { kind: "reason"; code: ReviewReasonCode }
  | { kind: "label"; labelKey: string }
  | { kind: "relabel" };

export function reviewKeyAction(key: string, classes: readonly { key: string; hotkey: string }[]): ReviewKeyAction | null {
  const pressed = key.toLowerCase();
  if (/^[1-9]$/.test(pressed)) {
    const code = REASON_CODES[Number(pressed) - 1];
    return code ? { kind: "reason", code } : null;
  }
  const chosen = classes.find((c) => c.hotkey.toLowerCase() === pressed);
  if (chosen) return { kind: "label", labelKey: chosen.key };
  if (pressed === "r") return { kind: "relabel" };
  return null;
}

// Painting history in words: who did what, with class names instead of ids. Pure, so every
// sentence is unit-tested; painting-history.ts gathers the rows and the names.
type Name = string | null | undefined;

export const REASON_CODE_WORDS: Record<string, string> = {
  ARTIFACTS_HANDS_TEXT: "artifacts (hands, text)",
  BRUSHWORK: "brushwork",
  PROVENANCE_KNOWN: "provenance known",
  MODEL_CORRECT: "the model was right",
  ANNOTATOR_ERROR: "annotator error",
  OTHER: "other",
};

const who = (actor: Name, fallback = "Someone") => actor || fallback;
const round = (r: number | null | undefined) => (r ? ` in round ${r + 1}` : "");

export function describeUpload({ actor, source, fileName }: { actor: Name; source: string; fileName: string | null }): string {
  const as = fileName ? ` as “${fileName}”` : "";
  return source === "IMPORT" ? `Imported from the command line${as}` : `${who(actor)} uploaded it${as}`;
}

export function describeLabel({ actor, label, confidence, round: r }: { actor: Name; label: Name; confidence: number | null; round: number | null }): string {
  return `${who(actor)} labeled it ${label ?? "with a removed class"}${confidence ? ` (confidence ${confidence})` : ""}${round(r)}`;
}

export function describeReview({ actor, decision, label, reasonCode }: { actor: Name; decision: string; label: Name; reasonCode: string }): string {
  const reason = REASON_CODE_WORDS[reasonCode] ?? reasonCode.toLowerCase();
  return decision === "APPROVE"
    ? `${who(actor)} approved ${label ?? "a label"}: reason ${reason}`
    : `${who(actor)} sent it back for relabeling: reason ${reason}`;
}

type AuditData = Record<string, unknown> | null;
const str = (value: unknown) => (typeof value === "string" ? value : null);

/** Null for entries another event already tells (a review decision is its REVIEWED event). */
export function describeAudit({ actor, action, data, labelName }: { actor: Name; action: string; data: AuditData; labelName: (id: string | null) => string }): string | null {
  switch (action) {
    case "painting.approve":
      return `Approved as ${labelName(str(data?.approvedLabelId))} by consensus of ${Number(data?.labels ?? 0)} matching labels${round(Number(data?.round ?? 0))}`;
    case "painting.dispute": {
      const ids = Array.isArray(data?.labelClassIds) ? data.labelClassIds.map((id) => labelName(str(id))) : [];
      return `Labels disagreed${ids.length ? ` (${ids.join(" vs ")})` : ""}${round(Number(data?.round ?? 0))}; sent to review`;
    }
    case "painting.gold_label_change":
      return `${who(actor)} corrected the gold answer from ${labelName(str(data?.from))} to ${labelName(str(data?.to))}`;
    case "painting.model_unsure_closed":
      return "Settled by the annotators before review; the model-unsure review entry was closed";
    case "review.resolve":
      return null;
    default:
      return `${who(actor, "The system")}: ${action.replace(/[._]/g, " ")}`;
  }
}

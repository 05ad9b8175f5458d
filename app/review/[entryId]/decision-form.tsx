"use client";

import { useMutation } from "@apollo/client/react";
import { useEffect, useState, type FormEvent } from "react";
import { ErrorMessage } from "../../components/error-message";
import { ResolveReviewDocument, type ReviewDecision, type ReviewItemQuery, type ReviewReasonCode } from "../../graphql/generated";
import { REASON_CODE_LABELS } from "../review-labels";

type Item = ReviewItemQuery["reviewItem"];
type Props = { entryId: string; labelClasses: Item["labelClasses"]; goldLabel: Item["goldLabel"]; manager: boolean; onDecided: () => void };

const typing = (target: EventTarget | null) => target instanceof HTMLElement && ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);

/**
 * The verdict: a final label (its hotkey picks it too), a reason code and an optional comment;
 * or "send back", which starts a new round of labels. Gold paintings cannot be sent back, and
 * only a manager may pick another label than their known answer.
 */
export function DecisionForm({ entryId, labelClasses, goldLabel, manager, onDecided }: Props) {
  const [finalKey, setFinalKey] = useState<string | null>(null);
  const [reasonCode, setReasonCode] = useState<ReviewReasonCode | "">("");
  const [comment, setComment] = useState("");
  const [resolve, { loading, error }] = useMutation(ResolveReviewDocument);
  const locked = (key: string) => Boolean(goldLabel) && !manager && key !== goldLabel?.key;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      const chosen = labelClasses.find((c) => c.hotkey === event.key.toLowerCase());
      if (chosen && !locked(chosen.key)) setFinalKey(chosen.key);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  async function decide(decision: ReviewDecision) {
    if (!reasonCode) return;
    const input = { entryId, decision, reasonCode, comment: comment || null, finalLabelKey: decision === "APPROVE" ? finalKey : null };
    const result = await resolve({ variables: { input } }).catch(() => null);
    if (result?.data) onDecided();
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void decide("APPROVE");
  };
  const chosen = labelClasses.find((c) => c.key === finalKey);
  return (
    <form className="stack panel" aria-label="Decision" onSubmit={onSubmit} style={{ maxWidth: "none" }}>
      {goldLabel && (
        <p role="note" style={{ margin: 0 }}>
          Gold painting: the known answer is <strong>{goldLabel.name}</strong>. {manager ? "Picking another label corrects the answer key." : "Confirm it, or ask a manager to correct it."}
        </p>
      )}
      <div className="row" role="group" aria-label="Final label">
        {labelClasses.map((c) => (
          <button key={c.id} type="button" aria-pressed={finalKey === c.key} disabled={locked(c.key)} onClick={() => setFinalKey(c.key)}
            style={finalKey === c.key ? { background: c.color, borderColor: c.color } : { background: "#fff", color: c.color, borderColor: c.color }}>
            {c.name} <span className="kbd" style={{ color: "#000" }}>{c.hotkey.toUpperCase()}</span>
          </button>
        ))}
      </div>
      <label>
        Reason
        <select value={reasonCode} onChange={(e) => setReasonCode(e.target.value as ReviewReasonCode)} required>
          <option value="" disabled>Choose why…</option>
          {Object.entries(REASON_CODE_LABELS).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
        </select>
      </label>
      <label>Comment (optional)<textarea value={comment} onChange={(e) => setComment(e.target.value)} rows={2} maxLength={2000} /></label>
      {error && <ErrorMessage error={error} />}
      <div className="row">
        <button type="submit" disabled={loading || !finalKey || !reasonCode}>{chosen ? `Approve “${chosen.name}”` : "Approve"}</button>
        {!goldLabel && (
          <button type="button" className="secondary" disabled={loading || !reasonCode} onClick={() => void decide("RELABEL")}>Send back for relabeling</button>
        )}
      </div>
    </form>
  );
}

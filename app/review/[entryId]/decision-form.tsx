"use client";

import { useMutation } from "@apollo/client/react";
import { useEffect, useEffectEvent, useState, type FormEvent } from "react";
import { ErrorMessage } from "../../components/error-message";
import { ResolveReviewDocument, type ReviewDecision, type ReviewItemQuery, type ReviewReasonCode } from "../../graphql/generated";
import { REASON_CODE_LABELS } from "../review-labels";
import { DecisionKeyLegend } from "./decision-key-legend";
import { REASON_CODES, reviewKeyAction } from "./review-keys";

type Item = ReviewItemQuery["reviewItem"];
type Props = { entryId: string; labelClasses: Item["labelClasses"]; goldLabel: Item["goldLabel"]; manager: boolean; onDecided: () => void };

const typing = (target: EventTarget | null) => target instanceof HTMLElement && ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);

/**
 * The verdict: a final label, a reason code and an optional comment; or "send back", which starts
 * a new round of labels. All of it works from the keyboard (review-keys.ts). Gold paintings
 * cannot be sent back, and only a manager may pick another label than their known answer.
 */
export function DecisionForm({ entryId, labelClasses, goldLabel, manager, onDecided }: Props) {
  const [finalKey, setFinalKey] = useState<string | null>(null);
  const [reasonCode, setReasonCode] = useState<ReviewReasonCode | "">("");
  const [comment, setComment] = useState("");
  const [hint, setHint] = useState("");
  const [resolve, { loading, error }] = useMutation(ResolveReviewDocument);
  const locked = (key: string) => Boolean(goldLabel) && !manager && key !== goldLabel?.key;

  async function decide(decision: ReviewDecision, labelKey = finalKey) {
    if (!reasonCode || loading) return;
    const input = { entryId, decision, reasonCode, comment: comment || null, finalLabelKey: decision === "APPROVE" ? labelKey : null };
    const result = await resolve({ variables: { input } }).catch(() => null);
    if (result?.data) onDecided();
  }

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.repeat || typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    const action = reviewKeyAction(event.key, labelClasses);
    if (!action) return;
    event.preventDefault();
    if (action.kind === "reason") return setReasonCode(action.code);
    if (action.kind === "relabel") {
      if (goldLabel) return setHint("Gold paintings cannot be sent back.");
      if (!reasonCode) return setHint("Pick a reason (1–6) first, then R sends it back.");
      return void decide("RELABEL");
    }
    if (locked(action.labelKey)) return setHint("Only a manager can pick another label than the gold answer.");
    setFinalKey(action.labelKey);
    if (!reasonCode) return setHint("Label chosen; pick a reason (1–6), then press the label's key again or Approve.");
    void decide("APPROVE", action.labelKey);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);

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
      <DecisionKeyLegend labelClasses={labelClasses} canSendBack={!goldLabel} />
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
          <option value="" disabled>Choose why… (keys 1–{REASON_CODES.length})</option>
          {REASON_CODES.map((code, index) => <option key={code} value={code}>{index + 1} · {REASON_CODE_LABELS[code]}</option>)}
        </select>
      </label>
      <label>Comment (optional)<textarea value={comment} onChange={(e) => setComment(e.target.value)} rows={2} maxLength={2000} /></label>
      <p role="status" className="muted" data-testid="decision-hint" style={{ margin: 0, minHeight: "1.2em" }}>{hint}</p>
      {error && <ErrorMessage error={error} />}
      <div className="row">
        <button type="submit" disabled={loading || !finalKey || !reasonCode}>{chosen ? `Approve “${chosen.name}”` : "Approve"}</button>
        {!goldLabel && (
          <button type="button" className="secondary" disabled={loading || !reasonCode} onClick={() => void decide("RELABEL")}>Send back for relabeling (R)</button>
        )}
      </div>
    </form>
  );
}

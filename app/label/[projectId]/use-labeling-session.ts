"use client";

// The annotator's current task and the three decisions they can take on it. Every decision
// returns the next task in the same round trip, and only one decision is in flight at a time, so
// a double key press can never label two paintings or the same one twice. A label shows the
// painting claimed next at once (optimistic-next.ts); if the submit fails even after its automatic
// second try, the labeled painting comes back with a Retry button.
import { CombinedGraphQLErrors } from "@apollo/client";
import { useMutation, useQuery } from "@apollo/client/react";
import { useRef, useState } from "react";
import {
  NextLabelingTaskDocument, SkipPaintingDocument, SubmitAnnotationDocument, UndoLastAnnotationDocument,
  type LabelingTaskFieldsFragment, type SuggestionFieldsFragment,
} from "../../graphql/generated";
import { optimisticNext } from "./optimistic-next";
import { isRetryable, retryOnce } from "./retry-once";

export type Task = LabelingTaskFieldsFragment;
export type Notice = { text: string; suggestion?: SuggestionFieldsFragment | null };
/** A label that did not reach the server: what to say, and how to send it again. */
export type FailedLabel = { text: string; retry: () => void };
type Outcome = { task: Task | null; notice: Notice };

// Codes after which the painting on screen is no longer the annotator's: fetch a fresh one.
const LOST_CLAIM = new Set(["claim/expired", "label/not_claimed", "label/painting_closed"]);
// Refused undos change nothing, so they are a notice, not an error that would hide the screen.
const UNDO_REFUSED = new Set(["label/nothing_to_undo", "label/undo_too_late"]);

export function useLabelingSession(projectId: string, onDecision: () => void) {
  const query = useQuery(NextLabelingTaskDocument, { variables: { projectId }, fetchPolicy: "network-only" });
  const [replaced, setReplaced] = useState<{ task: Task | null } | null>(null);
  const [submit] = useMutation(SubmitAnnotationDocument);
  const [skip] = useMutation(SkipPaintingDocument);
  const [undo] = useMutation(UndoLastAnnotationDocument);
  const inFlightRef = useRef(false);
  const [inFlight, setInFlight] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [failedLabel, setFailedLabel] = useState<FailedLabel | null>(null);
  const [optimistic, setOptimistic] = useState(false);
  const task = replaced ? replaced.task : (query.data?.nextLabelingTask ?? null);

  type RunOptions = { optimistic?: Task | null; onFailure?: (caught: unknown) => boolean };

  async function run(work: () => Promise<Outcome>, { optimistic: shown = null, onFailure }: RunOptions = {}) {
    if (inFlightRef.current) return;
    inFlightRef.current = true;
    setInFlight(true);
    setError(null);
    setFailedLabel(null);
    const before = task;
    if (shown) {
      setReplaced({ task: shown });
      setOptimistic(true);
    }
    try {
      const outcome = await work();
      setReplaced({ task: outcome.task });
      setNotice(outcome.notice);
      onDecision();
    } catch (caught) {
      // The decision did not go through: the painting it was about is on screen again.
      if (shown) setReplaced({ task: before });
      const code = CombinedGraphQLErrors.is(caught) ? String(caught.errors[0]?.extensions?.code) : "";
      if (onFailure?.(caught)) return;
      if (UNDO_REFUSED.has(code) && CombinedGraphQLErrors.is(caught)) {
        // Nothing happened to the painting on screen (or to the empty queue): say why, keep the view.
        setNotice({ text: caught.errors[0]?.message ?? "Nothing to undo." });
      } else if (LOST_CLAIM.has(code)) {
        const fresh = await query.refetch().catch(() => null);
        setReplaced({ task: fresh?.data?.nextLabelingTask ?? null });
        setNotice({ text: "That painting is no longer reserved for you; here is your next one." });
      } else {
        setError(caught);
      }
    } finally {
      inFlightRef.current = false;
      setInFlight(false);
      setOptimistic(false);
    }
  }

  function label(paintingId: string, labelKey: string, extra: { confidence: number | null; note: string; durationMs: number }) {
    const className = task?.labelClasses.find((labelClass) => labelClass.key === labelKey)?.name ?? labelKey;
    const onFailure = (caught: unknown) => {
      if (!isRetryable(caught)) return false;
      setFailedLabel({ text: `Your label “${className}” was not saved: the server could not be reached.`, retry: () => void label(paintingId, labelKey, extra) });
      return true;
    };
    return run(async () => {
      const { value, retried } = await retryOnce(() => submit({ variables: { input: { paintingId, labelKey, ...extra, note: extra.note || null } } }));
      const result = value.data!.submitAnnotation;
      const text = retried
        ? `Saved “${result.annotation.label.name}” (the first answer was lost, so it was sent again${result.duplicate ? "; it had already arrived" : ""}).`
        : `${result.duplicate ? "Already labeled" : "Labeled"} “${result.annotation.label.name}”.`;
      return { task: result.next, notice: { text, suggestion: result.suggestion } };
    }, { optimistic: task?.painting.id === paintingId ? optimisticNext(task) : null, onFailure });
  }

  return {
    task,
    loading: !replaced && query.loading,
    error: error ?? query.error,
    inFlight,
    notice,
    failedLabel,
    /** The painting on screen is shown ahead of the server's answer to the label just given. */
    optimistic,
    label,
    skip: (paintingId: string) =>
      run(async () => ({ task: (await skip({ variables: { paintingId } })).data!.skipPainting, notice: { text: "Skipped." } })),
    undo: () =>
      run(async () => {
        const result = (await undo({ variables: { projectId } })).data!.undoLastAnnotation;
        return { task: result.task, notice: { text: `Undid “${result.undoneLabel.name}”; label it again.` } };
      }),
  };
}

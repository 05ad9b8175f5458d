"use client";

import { useQuery } from "@apollo/client/react";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { ErrorMessage } from "../../components/error-message";
import { LabelingProjectDocument, MyLabelingStatsDocument } from "../../graphql/generated";
import { DisputedOutcomes } from "./disputed-outcomes";
import { isTypingOrShortcut, keyAction, type LabelingAction } from "./labeling-keys";
import { TaskView } from "./task-view";
import { useLabelingSession } from "./use-labeling-session";

export function LabelingScreen({ projectId }: { projectId: string }) {
  const project = useQuery(LabelingProjectDocument, { variables: { id: projectId } });
  const stats = useQuery(MyLabelingStatsDocument, { variables: { projectId }, fetchPolicy: "network-only" });
  const session = useLabelingSession(projectId, () => void stats.refetch());
  const { task } = session;
  const [confidence, setConfidence] = useState<number | null>(null);
  const [note, setNote] = useState("");
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const shownAt = useRef(0);

  // A new painting starts with a clean slate and its own clock.
  const paintingId = task?.painting.id;
  useEffect(() => {
    shownAt.current = performance.now();
    setConfidence(null);
    setNote("");
  }, [paintingId]);

  function act(action: LabelingAction) {
    if (action.kind === "note") return noteRef.current?.focus();
    if (action.kind === "undo") return void session.undo();
    if (!task) return;
    if (action.kind === "confidence") return setConfidence((current) => (current === action.value ? null : action.value));
    if (action.kind === "skip") return void session.skip(task.painting.id);
    const durationMs = Math.round(performance.now() - shownAt.current);
    void session.label(task.painting.id, action.labelKey, { confidence, note: note.trim(), durationMs });
  }

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    // Typing in the note never triggers a decision; Enter or Escape hands the keys back.
    if (event.target === noteRef.current && (event.key === "Escape" || (event.key === "Enter" && !event.shiftKey))) {
      event.preventDefault();
      noteRef.current?.blur();
      return;
    }
    if (event.repeat || isTypingOrShortcut(event, event.target)) return;
    const action = keyAction(event.key, task?.labelClasses ?? []);
    if (!action) return;
    event.preventDefault();
    act(action);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);

  return (
    <div style={{ display: "grid", gap: 16 }}>
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h1 style={{ margin: 0 }}>Label: {project.data?.project?.name ?? "…"}</h1>
        {task && (
          <span data-testid="labeling-progress">
            You labeled {task.progress.labeledByMe} · {task.progress.remaining} left for you
          </span>
        )}
      </div>
      <p role="status" data-testid="labeling-status" style={{ margin: 0, minHeight: "1.5em" }}>
        {session.notice?.text}
        {session.notice?.suggestion && (
          <> Model v{session.notice.suggestion.modelVersion} said {session.notice.suggestion.label?.name ?? session.notice.suggestion.labelKey} ({Math.round(session.notice.suggestion.confidence * 100)}%).</>
        )}
      </p>
      {session.error ? <ErrorMessage error={session.error} /> : null}
      {session.failedLabel && (
        <div className="error row" role="alert" data-testid="label-not-saved">
          <span>{session.failedLabel.text}</span>
          <button type="button" onClick={session.failedLabel.retry}>Retry</button>
        </div>
      )}
      {session.loading && <p className="muted">Finding your next painting…</p>}
      {!session.loading && !task && !session.error && (
        <section className="panel" data-testid="queue-empty">
          <h2 style={{ marginTop: 0 }}>Nothing left to label</h2>
          <p className="muted">Every painting has the labels it needs from you. Press <span className="kbd">U</span> to undo your last label.</p>
        </section>
      )}
      {task && (
        <TaskView task={task} confidence={confidence} note={note} onNote={setNote} noteRef={noteRef} inFlight={session.inFlight} optimistic={session.optimistic}
          onLabel={(labelKey) => act({ kind: "label", labelKey })} onSkip={() => act({ kind: "skip" })} />
      )}
      <DisputedOutcomes stats={stats.data?.myLabelingStats} pace={stats.data?.myLabelingPace} />
    </div>
  );
}

"use client";

import type { RefObject } from "react";
import { ZoomableImage } from "../../components/zoomable-image";
import { ClaimCountdown } from "./claim-countdown";
import { KeyLegend } from "./key-legend";
import type { Task } from "./use-labeling-session";

type TaskViewProps = {
  task: Task;
  confidence: number | null;
  note: string;
  onNote: (note: string) => void;
  noteRef: RefObject<HTMLTextAreaElement | null>;
  inFlight: boolean;
  /** Shown ahead of the server's answer: not dimmed, though its buttons wait for that answer. */
  optimistic: boolean;
  onLabel: (labelKey: string) => void;
  onSkip: () => void;
};

/** One painting, large, with everything the keyboard can do spelled out next to it. */
export function TaskView({ task, confidence, note, onNote, noteRef, inFlight, optimistic, onLabel, onSkip }: TaskViewProps) {
  const { painting, suggestion } = task;
  return (
    <section className="panel" aria-label="Painting to label" aria-busy={inFlight} style={{ display: "grid", gap: 12 }}>
      {task.upcomingImageUrl && <link rel="preload" as="image" href={task.upcomingImageUrl} />}
      {/* Keyed per painting, so each one starts fitted; + - 0 and the arrows zoom and pan. */}
      <ZoomableImage key={painting.id} src={painting.imageUrl} alt={`Painting to label: ${painting.originalName}`}
        height="62vh" keyboard testId="labeling-image" dimmed={inFlight && !optimistic} imageData={{ "data-painting-id": painting.id }} />
      <div className="row" style={{ justifyContent: "space-between" }}>
        <KeyLegend labelClasses={task.labelClasses} confidence={confidence} />
        <ClaimCountdown expiresAt={task.claimExpiresAt} />
      </div>
      {suggestion && (
        <p data-testid="suggestion" style={{ margin: 0 }}>
          Model v{suggestion.modelVersion} suggests{" "}
          <strong style={{ color: suggestion.label?.color }}>{suggestion.label?.name ?? suggestion.labelKey}</strong>{" "}
          ({Math.round(suggestion.confidence * 100)}%)
        </p>
      )}
      <label>
        Note (optional)
        <textarea ref={noteRef} value={note} onChange={(event) => onNote(event.target.value)} rows={2} maxLength={2000} />
      </label>
      <div className="row">
        {task.labelClasses.map((labelClass) => (
          <button key={labelClass.id} type="button" disabled={inFlight} onClick={() => onLabel(labelClass.key)}
            style={{ background: labelClass.color, borderColor: labelClass.color }}>
            {labelClass.name} ({labelClass.hotkey.toUpperCase()})
          </button>
        ))}
        <button type="button" className="secondary" disabled={inFlight} onClick={onSkip}>Skip (S)</button>
      </div>
    </section>
  );
}

"use client";

import Link from "next/link";
import { useQuery } from "@apollo/client/react";
import { useState, type DragEvent } from "react";
import { UploadProjectDocument } from "../../../graphql/generated";
import { ErrorMessage } from "../../../components/error-message";
import { EvaluationSetPicker } from "./evaluation-set-picker";
import type { UploadOutcome } from "./upload-file";
import { useUploadQueue } from "./use-upload-queue";

const OUTCOME_TEXT = { created: "Imported", duplicate: "Already in the project" } as const;

export function UploadForm({ projectId, canLabel }: { projectId: string; canLabel: boolean }) {
  const { data, error } = useQuery(UploadProjectDocument, { variables: { id: projectId } });
  const [label, setLabel] = useState("");
  const [gold, setGold] = useState(false);
  const [evaluationSet, setEvaluationSet] = useState("");
  const choices = { label, gold: gold && !evaluationSet, evaluationSet };
  // An evaluation set is scored against each file's true label: without one nothing is sent.
  const missingTruth = Boolean(evaluationSet) && !label;
  const [dragging, setDragging] = useState(false);
  const { uploads, add, clear } = useUploadQueue(projectId);
  const project = data?.project;

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!missingTruth) add(Array.from(event.dataTransfer.files), choices);
  };

  return (
    <>
      <h1>Upload paintings{project ? ` to ${project.name}` : ""}</h1>
      {error && <ErrorMessage error={error} />}
      {canLabel && project && (
        <div className="row panel" style={{ marginBottom: 16 }}>
          <EvaluationSetPicker projectId={projectId} onChange={setEvaluationSet} />
          <label>{evaluationSet ? "True label (required: the set is scored against it)" : "Known label (approves the uploads)"}
            <select value={label} onChange={(e) => setLabel(e.target.value)}>
              <option value="">{evaluationSet ? "Choose…" : "None: to be labeled"}</option>
              {project.labelClasses.map((c) => <option key={c.id} value={c.key}>{c.name}</option>)}
            </select>
          </label>
          <label className="row" style={{ flexDirection: "row" }}>
            <input type="checkbox" checked={gold && !evaluationSet} disabled={!label || Boolean(evaluationSet)} onChange={(e) => setGold(e.target.checked)} /> as gold items
          </label>
        </div>
      )}
      {missingTruth && <p className="error" role="alert">Choose the true label of these files before adding them to the evaluation set.</p>}
      <div
        className="panel"
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        style={{ borderStyle: "dashed", textAlign: "center", padding: 32, background: dragging ? "#eef2ff" : undefined }}
      >
        <p>Drop JPEG, PNG or WebP files here, or</p>
        <label style={{ alignItems: "center" }}>
          Choose files
          <input type="file" multiple accept="image/jpeg,image/png,image/webp" aria-label="Choose files" disabled={missingTruth}
            onChange={(e) => { add(Array.from(e.target.files ?? []), choices); e.target.value = ""; }} />
        </label>
      </div>
      {uploads.length > 0 && (
        <>
          <table aria-label="Uploads" style={{ marginTop: 16 }}>
            <thead><tr><th>File</th><th>Size</th><th>Progress</th><th>Result</th></tr></thead>
            <tbody>
              {uploads.map((upload) => (
                <tr key={upload.key} data-testid="upload-row">
                  <td>{upload.file.name}</td>
                  <td>{(upload.file.size / 1024).toFixed(0)} KB</td>
                  <td><progress max={1} value={upload.progress} aria-label={`Progress of ${upload.file.name}`} /></td>
                  <td><OutcomeCell outcome={upload.outcome} started={upload.started} /></td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="row">
            <button type="button" className="secondary" onClick={clear}>Clear finished</button>
            <Link href={`/paintings?project=${encodeURIComponent(projectId)}`}>See the project&apos;s paintings</Link>
          </p>
        </>
      )}
    </>
  );
}

function OutcomeCell({ outcome, started }: { outcome: UploadOutcome | null; started: boolean }) {
  if (!outcome) return <span className="muted">{started ? "Uploading…" : "Waiting"}</span>;
  if (outcome.status === "failed") return <span className="error">Refused: {outcome.message} <span className="muted">({outcome.code})</span></span>;
  return <Link href={`/paintings/${outcome.paintingId}`}>{OUTCOME_TEXT[outcome.status]}</Link>;
}

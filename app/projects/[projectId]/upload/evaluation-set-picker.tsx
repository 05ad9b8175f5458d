"use client";

// Managers can mark an upload as (part of) an evaluation set: paintings from another source that
// never train a model and on which every run is scored. The files' known label is then their
// ground truth, so one must be chosen.
import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { EvaluationSetsDocument } from "../../../graphql/generated";

const NEW_SET = "__new__";

export function EvaluationSetPicker({ projectId, onChange }: { projectId: string; onChange: (name: string) => void }) {
  const { data } = useQuery(EvaluationSetsDocument, { variables: { projectId } });
  const [choice, setChoice] = useState("");
  const [newName, setNewName] = useState("");
  const sets = data?.project?.evaluationSets ?? [];
  const choose = (value: string, typed = newName) => {
    setChoice(value);
    onChange(value === NEW_SET ? typed.trim() : value);
  };
  return (
    <>
      <label>Evaluation set (never trained on; every run is scored on it)
        <select value={choice} onChange={(e) => choose(e.target.value)} data-testid="evaluation-set-select">
          <option value="">No: ordinary paintings</option>
          {sets.map((set) => <option key={set.id} value={set.name}>{set.name} ({set.paintingCount})</option>)}
          <option value={NEW_SET}>A new set…</option>
        </select>
      </label>
      {choice === NEW_SET && (
        <label>Name of the new set
          <input value={newName} maxLength={120} placeholder="e.g. DALL-E 3 vs museum scans"
            onChange={(e) => { setNewName(e.target.value); choose(NEW_SET, e.target.value); }} />
        </label>
      )}
    </>
  );
}

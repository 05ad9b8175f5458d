"use client";

// The project's evaluation sets for managers: rename one, open it to annotators (their labels
// still never make its paintings training data) or delete it (its paintings become ordinary
// unlabeled paintings; reports keep its figures under its name). Sets are made by importing.
import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { ErrorMessage } from "../../../components/error-message";
import {
  DeleteEvaluationSetDocument, EvaluationSetsDocument, UpdateEvaluationSetDocument, type EvaluationSetFieldsFragment,
} from "../../../graphql/generated";

export function EvaluationSetsPanel({ projectId }: { projectId: string }) {
  const query = useQuery(EvaluationSetsDocument, { variables: { projectId }, fetchPolicy: "network-only" });
  const sets = query.data?.project?.evaluationSets ?? [];
  return (
    <section aria-label="Evaluation sets">
      <h2>Evaluation sets</h2>
      <p className="muted small">
        Paintings from other sources, never in training, validation or test; every run is scored on each set. Add one from
        Upload or with <code>npm run import -- &lt;folder&gt; --evaluation-set &lt;name&gt;</code>.
      </p>
      {query.error && <ErrorMessage error={query.error} />}
      {sets.length === 0 && !query.loading && <p className="muted">No evaluation sets yet.</p>}
      {sets.map((set) => <EvaluationSetRow key={set.id} set={set} onDeleted={() => query.refetch()} />)}
    </section>
  );
}

function EvaluationSetRow({ set, onDeleted }: { set: EvaluationSetFieldsFragment; onDeleted: () => void }) {
  const [name, setName] = useState(set.name);
  const [update, updating] = useMutation(UpdateEvaluationSetDocument);
  const [remove, removing] = useMutation(DeleteEvaluationSetDocument);
  const error = updating.error ?? removing.error;
  const counts = set.classCounts.map((c) => `${c.count} ${c.classKey}`).join(", ");
  return (
    <div className="panel" data-testid="evaluation-set-row">
      <div className="row">
        <label>Name
          <input value={name} maxLength={120} onChange={(e) => setName(e.target.value)} aria-label={`Name of evaluation set ${set.name}`} />
        </label>
        <button type="button" className="secondary" disabled={name.trim() === set.name || updating.loading}
          onClick={() => update({ variables: { input: { id: set.id, name } } }).catch(() => null)}>Rename</button>
        <label className="row" style={{ flexDirection: "row" }}>
          <input type="checkbox" checked={set.openToAnnotators} disabled={updating.loading}
            onChange={(e) => update({ variables: { input: { id: set.id, openToAnnotators: e.target.checked } } }).catch(() => null)} />
          open to annotators
        </label>
        <button type="button" className="secondary" disabled={removing.loading}
          onClick={() => {
            if (!window.confirm(`Delete "${set.name}"? Its ${set.paintingCount} paintings become ordinary unlabeled paintings that may be labeled and trained on.`)) return;
            remove({ variables: { id: set.id } }).then(onDeleted, () => null);
          }}>Delete</button>
      </div>
      <p className="muted small">{set.paintingCount} paintings ({counts})</p>
      {error && <ErrorMessage error={error} />}
    </div>
  );
}

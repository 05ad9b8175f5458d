"use client";

import { useQuery } from "@apollo/client/react";
import Link from "next/link";
import { useState } from "react";
import { TrainingRunsDocument } from "../../graphql/generated";
import { ErrorMessage } from "../../components/error-message";
import { aboutSeconds, accuracyWithInterval, dateTime, majorityBaseline, percent } from "../_lib/format";
import { ChanceFlag } from "./chance-flag";
import { auditInEffect } from "./shortcut-audit-section";
import { isActiveStatus, POLL_INTERVAL_MS, usePollWhile } from "../_lib/use-poll-while";
import { CAPACITY_POLL_MS, useTrainingCapacity } from "./use-training-capacity";
import { WorkerStatus } from "./worker-status";
import { RunStatusBadge } from "./run-status-badge";
import { isFinalModel } from "@/core/metrics/model-fold";

/** Newest first; polls while any run is queued or running. Tick two runs to compare them. */
export function RunsList({ projectId }: { projectId: string }) {
  const query = useQuery(TrainingRunsDocument, { variables: { projectId } });
  const capacity = useTrainingCapacity(projectId);
  const runs = query.data?.trainingRuns ?? [];
  const workers = capacity.data?.liveWorkers;
  // Queued runs with no live worker change only when one starts: poll slowly until then.
  const onlyWaiting = workers?.length === 0 && !runs.some((run) => run.status === "RUNNING");
  usePollWhile(runs.some((run) => isActiveStatus(run.status)), query, onlyWaiting ? CAPACITY_POLL_MS : POLL_INTERVAL_MS);
  const queued = runs.filter((run) => run.status === "QUEUED").length;
  const [picked, setPicked] = useState<string[]>([]);
  const toggle = (id: string) => setPicked((old) => (old.includes(id) ? old.filter((x) => x !== id) : [...old.slice(-1), id]));
  if (query.error) return <ErrorMessage error={query.error} />;
  if (!query.data) return <p className="muted">Loading…</p>;
  if (runs.length === 0) return <><WorkerStatus workers={workers} queued={0} /><p className="muted">No training runs yet.</p></>;
  return (
    <>
      <WorkerStatus workers={workers} queued={queued} />
      <table aria-label="Training runs">
        <thead>
          <tr><th>Compare</th><th>Run</th><th>Status</th><th>Progress</th><th>Test accuracy</th><th>Test macro-F1</th><th>Started by</th><th>Created</th></tr>
        </thead>
        <tbody>
          {runs.map((run) => {
            const test = run.evaluations.find((e) => e.split === "TEST" && isFinalModel(e.fold));
            return (
              <tr key={run.id}>
                <td><input type="checkbox" aria-label={`Compare run ${run.id}`} checked={picked.includes(run.id)} onChange={() => toggle(run.id)} /></td>
                <td><Link href={`/runs/${run.id}`}>{run.preset} · seed {run.seed}</Link></td>
                <td><RunStatusBadge status={run.status} />{run.error && <span className="error small"> {run.error}</span>}</td>
                <td>{isActiveStatus(run.status) ? `${percent(run.progress, 0)} · ${run.phase}${run.etaSeconds ? ` · ${aboutSeconds(run.etaSeconds)} left` : ""}` : percent(run.progress, 0)}</td>
                <td data-testid="run-test-accuracy">
                  {accuracyWithInterval(test?.accuracy, test?.sampleCount, test?.accuracyInterval)}
                  {test && <><br /><small className="muted">baseline {majorityBaseline(test.majorityClassRate, test.majorityClassKey)}</small></>}
                  {run.notBetterThanChance && <><br /><ChanceFlag /></>}
                  {auditInEffect(run.shortcutAudits)?.warns && (
                    <><br /><span className="badge status-failed" data-testid="shortcut-flag" title="File features alone predict the class (dataset/shortcut): see the run's shortcut audit.">Shortcut in the data</span></>
                  )}
                </td>
                <td>{percent(test?.macroF1)}</td>
                <td>{run.startedBy?.name ?? "–"}</td>
                <td>{dateTime(run.createdAt)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        {picked.length === 2
          ? <Link href={`/runs/compare?a=${picked[0]}&b=${picked[1]}`}>Compare the two ticked runs</Link>
          : <span className="muted small">Tick two runs to compare them.</span>}
      </p>
    </>
  );
}

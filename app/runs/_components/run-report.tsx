"use client";

import { useQuery } from "@apollo/client/react";
import Link from "next/link";
import { TrainingRunReportDocument } from "../../graphql/generated";
import { ErrorMessage } from "../../components/error-message";
import { isActiveStatus, usePollWhile } from "../_lib/use-poll-while";
import { CrossValidationSummary } from "./cross-validation-summary";
import { EpochCurves } from "./epoch-curves";
import { EvaluationSection } from "./evaluation-section";
import { EvaluationSetsSection } from "./evaluation-sets-section";
import { RunHeader } from "./run-header";
import { RunSetup } from "./run-setup";
import { auditInEffect, ShortcutAuditSection } from "./shortcut-audit-section";
import { WarningsPanel } from "./warnings-panel";

export function RunReport({ runId, canManage }: { runId: string; canManage: boolean }) {
  const query = useQuery(TrainingRunReportDocument, { variables: { id: runId } });
  const run = query.data?.trainingRun;
  usePollWhile(isActiveStatus(run?.status), query);
  if (query.error && !run) return <ErrorMessage error={query.error} />;
  if (!run) return query.loading ? <p className="muted">Loading…</p> : <p>No training run {runId}. <Link href="/runs">All runs</Link></p>;
  const audits = run.shortcutAudits;
  // A shortcut puts every figure below in doubt, so its evidence comes straight after the warnings.
  const shortcutFirst = Boolean(auditInEffect(audits)?.warns);
  return (
    <>
      {run.error && (
        <div className="error panel" role="alert"><strong>The run failed:</strong> {run.error}</div>
      )}
      <WarningsPanel warnings={run.warnings} />
      {shortcutFirst && <ShortcutAuditSection audits={audits} />}
      <RunHeader run={run} canManage={canManage} />
      {query.error && <ErrorMessage error={query.error} />}
      <h2>Setup</h2>
      <RunSetup run={run} />
      {!shortcutFirst && <ShortcutAuditSection audits={audits} />}
      <h2>Training curves</h2>
      <EpochCurves epochs={run.epochs} evaluations={run.evaluations} />
      <h2>Evaluation</h2>
      <EvaluationSection runId={run.id} projectId={run.projectId} evaluations={run.evaluations} canManage={canManage} />
      <h2>Evaluation sets</h2>
      <EvaluationSetsSection reports={run.evaluationSetReports} />
      {run.crossValidation && (
        <>
          <h2>Cross-validation</h2>
          <CrossValidationSummary summary={run.crossValidation} />
        </>
      )}
    </>
  );
}

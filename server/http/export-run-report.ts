// GET /api/runs/:runId/report?format=json|csv: a run's whole model-quality report as a file.
// Reviewers and above may read reports, as in GraphQL; 401 without a session, 403 for a lower
// role or someone outside the run's project, 404 for an unknown run.
import { hasRole } from "@/server/auth/roles";
import type { Viewer } from "@/server/auth/viewer";
import type { Db } from "@/server/db/client";
import { mayAccessProject } from "@/server/services/projects/assert-project-access";
import { buildRunReport } from "@/server/services/runs/build-run-report";
import { badFormat, downloadResponse, exportFormat } from "./download-response";
import { errorResponse } from "./http-responses";
import { runReportCsv } from "./run-report-csv";

type Deps = { db: Db; viewer: Viewer | null };

export async function exportRunReport({ db, viewer }: Deps, request: Request, runId: string): Promise<Response> {
  if (!viewer) return errorResponse("UNAUTHENTICATED", "Sign in to export reports.");
  if (!hasRole(viewer.role, "REVIEWER")) return errorResponse("FORBIDDEN", "This needs the reviewer role or higher.");
  const format = exportFormat(request);
  if (!format) return badFormat();
  const run = await db.trainingRun.findUnique({ where: { id: runId }, select: { projectId: true } });
  if (run && !(await mayAccessProject(db, viewer, run.projectId))) {
    return errorResponse("FORBIDDEN", "You are not a member of this run's project.");
  }
  const report = await buildRunReport(db, runId);
  if (!report) return errorResponse("run/not_found", `No training run with id ${runId}.`);
  const body = format === "json" ? JSON.stringify(report, null, 2) : runReportCsv(report);
  return downloadResponse(body, format, `run-${runId}-report`);
}

// A run's report as JSON or CSV; the logic (and its database access) lives in
// server/http/export-run-report.ts.
import { exportRunReport } from "@/server/http/export-run-report";
import { handleRoute } from "@/server/http/handle-route";
import { viewerContext } from "@/server/http/viewer-context";

export const dynamic = "force-dynamic";

export const GET = handleRoute(async (request: Request, { params }: { params: Promise<{ runId: string }> }) =>
  exportRunReport(await viewerContext(), request, (await params).runId));

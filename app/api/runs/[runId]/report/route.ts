// A run's report as JSON or CSV; the logic (and its database access) lives in
// server/http/export-run-report.ts.
import { exportRunReport } from "@/server/http/export-run-report";
import { viewerContext } from "@/server/http/viewer-context";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ runId: string }> }) {
  return exportRunReport(await viewerContext(), request, (await params).runId);
}

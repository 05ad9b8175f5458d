import { hasRole } from "@/server/auth/roles";
import { requirePageRole } from "../../lib/require-page-role";
import { RunReport } from "../_components/run-report";

export const dynamic = "force-dynamic";

export default async function RunPage({ params }: { params: Promise<{ runId: string }> }) {
  const { runId } = await params;
  const viewer = await requirePageRole("REVIEWER", `/runs/${encodeURIComponent(runId)}`);
  return <RunReport runId={runId} canManage={hasRole(viewer.role, "MANAGER")} />;
}

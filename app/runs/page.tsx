import { hasRole } from "@/server/auth/roles";
import { requirePageRole } from "../lib/require-page-role";
import { RunsHome } from "./_components/runs-home";

export const dynamic = "force-dynamic";

export default async function RunsPage({ searchParams }: { searchParams: Promise<{ project?: string }> }) {
  const { project } = await searchParams;
  const viewer = await requirePageRole("REVIEWER", project ? `/runs?project=${encodeURIComponent(project)}` : "/runs");
  return <RunsHome projectId={project ?? null} canManage={hasRole(viewer.role, "MANAGER")} />;
}

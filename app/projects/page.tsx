import { hasRole } from "@/server/auth/roles";
import { requirePageRole } from "../lib/require-page-role";
import { ProjectList } from "./project-list";

export const dynamic = "force-dynamic";

export default async function ProjectsPage() {
  const viewer = await requirePageRole("ANNOTATOR", "/projects");
  return <ProjectList canManage={hasRole(viewer.role, "MANAGER")} />;
}

import { requirePageRole } from "../../../lib/require-page-role";
import { MembersEditor } from "./members-editor";

export const dynamic = "force-dynamic";

export default async function ProjectMembersPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  await requirePageRole("MANAGER", `/projects/${projectId}/members`);
  return <MembersEditor projectId={projectId} />;
}

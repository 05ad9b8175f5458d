import { hasRole } from "@/server/auth/roles";
import { requirePageRole } from "../../../lib/require-page-role";
import { UploadForm } from "./upload-form";

export const dynamic = "force-dynamic";

export default async function UploadPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const viewer = await requirePageRole("ANNOTATOR", `/projects/${projectId}/upload`);
  return <UploadForm projectId={projectId} canLabel={hasRole(viewer.role, "MANAGER")} />;
}

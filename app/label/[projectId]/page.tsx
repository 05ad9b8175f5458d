import { requirePageRole } from "../../lib/require-page-role";
import { LabelingScreen } from "./labeling-screen";

export const dynamic = "force-dynamic";

export default async function LabelProjectPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  await requirePageRole("ANNOTATOR", `/label/${projectId}`);
  return <LabelingScreen projectId={projectId} />;
}

import { requirePageRole } from "../../../lib/require-page-role";
import { EvaluationSetsPanel } from "./evaluation-sets-panel";
import { SettingsForm } from "./settings-form";

export const dynamic = "force-dynamic";

export default async function ProjectSettingsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  await requirePageRole("MANAGER", `/projects/${projectId}/settings`);
  return (
    <>
      <SettingsForm projectId={projectId} />
      <EvaluationSetsPanel projectId={projectId} />
    </>
  );
}

import { requirePageRole } from "../lib/require-page-role";
import { ProjectPicker } from "./project-picker";

export const dynamic = "force-dynamic";

export default async function LabelPage() {
  await requirePageRole("ANNOTATOR", "/label");
  return <ProjectPicker />;
}

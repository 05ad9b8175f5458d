import { requirePageRole } from "../lib/require-page-role";
import { AnnotatorReport } from "./annotator-report";

export const dynamic = "force-dynamic";

export default async function AnnotatorsPage() {
  await requirePageRole("MANAGER", "/annotators");
  return <AnnotatorReport />;
}

import { hasRole } from "@/server/auth/roles";
import { requirePageRole } from "../../lib/require-page-role";
import { PaintingDetail } from "./painting-detail";

export const dynamic = "force-dynamic";

export default async function PaintingPage({ params }: { params: Promise<{ paintingId: string }> }) {
  const { paintingId } = await params;
  const viewer = await requirePageRole("ANNOTATOR", `/paintings/${paintingId}`);
  return <PaintingDetail id={paintingId} reviewer={hasRole(viewer.role, "REVIEWER")} manager={hasRole(viewer.role, "MANAGER")} />;
}

// A painting's near-duplicates, closest first. Links are stored once per pair, so both directions
// are read.
import type { Viewer } from "@/server/auth/viewer";
import type { Db } from "@/server/db/client";
import { withOutcomeVisibility, type PaintingView } from "./painting-visibility";

export async function listNearDuplicates(db: Db, viewer: Viewer, paintingId: string): Promise<{ painting: PaintingView; distance: number }[]> {
  const links = await db.nearDuplicate.findMany({
    where: { OR: [{ paintingAId: paintingId }, { paintingBId: paintingId }] },
    include: { paintingA: true, paintingB: true },
    orderBy: [{ distance: "asc" }, { createdAt: "asc" }],
    take: 100,
  });
  const others = links.map((link) => (link.paintingAId === paintingId ? link.paintingB : link.paintingA));
  const views = await withOutcomeVisibility(db, viewer, others);
  return views.map((painting, i) => ({ painting, distance: links[i].distance }));
}

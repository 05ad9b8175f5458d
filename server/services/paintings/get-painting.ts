import type { Viewer } from "@/server/auth/viewer";
import type { Db } from "@/server/db/client";
import { notFound } from "@/server/errors";
import { withOutcomeVisibility, type PaintingView } from "./painting-visibility";

export async function getPainting(db: Db, viewer: Viewer, id: string): Promise<PaintingView> {
  const painting = await db.painting.findUnique({ where: { id } });
  if (!painting) throw notFound("painting/not_found", "painting", id);
  const [view] = await withOutcomeVisibility(db, viewer, [painting]);
  return view;
}

// Row-level rule for what an annotator may learn about a painting: its status and approved label
// only once they have labeled it themselves. Before that, seeing the outcome would bias their
// label, and would tell gold items (approved from the start) apart from the rest.
import type { Viewer } from "@/server/auth/viewer";
import { hasRole } from "@/server/auth/roles";
import type { Db } from "@/server/db/client";
import type { Painting } from "@/server/db/generated/client";

/** A painting as GraphQL resolves it; `outcomeVisible` unset means "not decided yet". */
export type PaintingView = Painting & { outcomeVisible?: boolean };

/** Marks each painting with whether the viewer may see its outcome, in one query for all of them. */
export async function withOutcomeVisibility(db: Db, viewer: Viewer, paintings: Painting[]): Promise<PaintingView[]> {
  if (hasRole(viewer.role, "REVIEWER")) return paintings.map((painting) => ({ ...painting, outcomeVisible: true }));
  if (paintings.length === 0) return [];
  const labeled = await db.annotation.findMany({
    where: { annotatorId: viewer.id, paintingId: { in: paintings.map((painting) => painting.id) } },
    select: { paintingId: true },
    distinct: ["paintingId"],
  });
  const mine = new Set(labeled.map((row) => row.paintingId));
  return paintings.map((painting) => ({ ...painting, outcomeVisible: mine.has(painting.id) }));
}

/** For paintings other resolvers return without the flag. */
export async function isOutcomeVisible(db: Db, viewer: Viewer, painting: PaintingView): Promise<boolean> {
  if (painting.outcomeVisible !== undefined) return painting.outcomeVisible;
  const [view] = await withOutcomeVisibility(db, viewer, [painting]);
  return view.outcomeVisible ?? false;
}

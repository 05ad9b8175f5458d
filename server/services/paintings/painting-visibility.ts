// Row-level rule for what an annotator may learn about a painting: its status and approved label
// only once they have labeled it themselves. Before that, seeing the outcome would bias their
// label. Gold paintings show the outcome an ordinary painting with the same labels would have
// (annotator-outcome-sql.ts), never their known answer, so nothing tells them apart.
import type { Viewer } from "@/server/auth/viewer";
import { hasRole } from "@/server/auth/roles";
import type { Db } from "@/server/db/client";
import { Prisma, type Painting, type PaintingStatus } from "@/server/db/generated/client";
import { annotatorApprovedLabelSql, annotatorStatusSql } from "./annotator-outcome-sql";

export type PaintingOutcome = { status: PaintingStatus; approvedLabelId: string | null };

/**
 * A painting as GraphQL resolves it. `outcome`: what the viewer is shown (null: hidden); unset,
 * `outcomeVisible` says whether the real outcome may be shown; both unset: not decided yet.
 */
export type PaintingView = Painting & {
  outcomeVisible?: boolean;
  outcome?: PaintingOutcome | null;
  /** The project's hideFileNames, when the service has the project at hand (saves a read). */
  projectHidesFileNames?: boolean;
};

const realOutcome = (painting: Painting): PaintingOutcome => ({ status: painting.status, approvedLabelId: painting.approvedLabelId });

/** Marks each painting with what the viewer may see of its outcome, in at most two queries. */
export async function withOutcomeVisibility(db: Db, viewer: Viewer, paintings: Painting[]): Promise<PaintingView[]> {
  if (hasRole(viewer.role, "REVIEWER")) return paintings.map((painting) => ({ ...painting, outcomeVisible: true, outcome: realOutcome(painting) }));
  if (paintings.length === 0) return [];
  const labeled = await db.annotation.findMany({
    where: { annotatorId: viewer.id, paintingId: { in: paintings.map((painting) => painting.id) } },
    select: { paintingId: true },
    distinct: ["paintingId"],
  });
  const mine = new Set(labeled.map((row) => row.paintingId));
  const goldIds = paintings.filter((painting) => painting.isGold && mine.has(painting.id)).map((painting) => painting.id);
  const shown = new Map<string, PaintingOutcome>();
  if (goldIds.length > 0) {
    const rows = await db.$queryRaw<{ id: string; status: PaintingStatus; approvedLabelId: string | null }[]>`
      SELECT p."id", ${annotatorStatusSql} AS "status", ${annotatorApprovedLabelSql} AS "approvedLabelId"
      FROM "Painting" p WHERE p."id" IN (${Prisma.join(goldIds)})`;
    for (const row of rows) shown.set(row.id, { status: row.status, approvedLabelId: row.approvedLabelId });
  }
  return paintings.map((painting) => {
    const visible = mine.has(painting.id);
    const outcome = !visible ? null : painting.isGold ? (shown.get(painting.id) ?? null) : realOutcome(painting);
    return { ...painting, outcomeVisible: visible, outcome };
  });
}

/** The outcome the viewer is shown, for paintings whatever resolver returned them. */
export async function visibleOutcome(db: Db, viewer: Viewer, painting: PaintingView): Promise<PaintingOutcome | null> {
  if (painting.outcome !== undefined) return painting.outcome;
  if (painting.outcomeVisible === false) return null;
  // Set by reviewer-only resolvers (review items): the real outcome.
  if (painting.outcomeVisible === true && hasRole(viewer.role, "REVIEWER")) return realOutcome(painting);
  const [view] = await withOutcomeVisibility(db, viewer, [painting]);
  return view.outcome ?? null;
}

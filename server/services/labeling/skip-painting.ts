import type { Db } from "@/server/db/client";
import { notFound } from "@/server/errors";
import { NOW_UTC, nowPlusSeconds } from "./labeling-sql";

/** How long a skipped painting stays out of the skipper's queue; others still get it meanwhile. */
export const SKIP_HIDES_FOR_SECONDS = 3600;

/**
 * Passes on a painting: the claim is released at once so someone else can label it, and the skip
 * is remembered so the same annotator is not handed it straight back.
 */
export async function skipPainting(db: Db, { paintingId, userId }: { paintingId: string; userId: string }) {
  const painting = await db.painting.findUnique({ where: { id: paintingId } });
  if (!painting) throw notFound("painting/not_found", "painting", paintingId);
  await db.$transaction([
    db.itemClaim.deleteMany({ where: { paintingId, userId } }),
    db.$executeRaw`
      INSERT INTO "LabelSkip" ("paintingId", "userId", "until", "createdAt")
      VALUES (${paintingId}, ${userId}, ${nowPlusSeconds(SKIP_HIDES_FOR_SECONDS)}, ${NOW_UTC})
      ON CONFLICT ("paintingId", "userId") DO UPDATE SET "until" = EXCLUDED."until", "createdAt" = EXCLUDED."createdAt"`,
  ]);
  return painting;
}

import { NOW_UTC, nowPlusSeconds, type Tx } from "./labeling-sql";
import type { Claim } from "./take-claim";

type HeldQuery = { projectId: string; userId: string; excludeIds: string[]; ttlSeconds: number };

/**
 * The user's oldest live labeling claim in the project (other than `excludeIds`), renewed for a
 * full TTL: reloading the page or coming back to the queue returns the same painting instead of
 * burning a new one, and a painting prefetched a while ago gets its full time once it is shown.
 */
export async function renewHeldClaim(tx: Tx, { projectId, userId, excludeIds, ttlSeconds }: HeldQuery): Promise<Claim | null> {
  const rows = await tx.$queryRaw<Claim[]>`
    UPDATE "ItemClaim" SET "expiresAt" = ${nowPlusSeconds(ttlSeconds)}
    WHERE "paintingId" = (
        SELECT c."paintingId" FROM "ItemClaim" c JOIN "Painting" p ON p."id" = c."paintingId"
        WHERE c."userId" = ${userId} AND c."kind" = 'LABEL' AND p."projectId" = ${projectId}
          AND c."expiresAt" > ${NOW_UTC} AND NOT (c."paintingId" = ANY(${excludeIds}::text[]))
        ORDER BY c."createdAt", c."paintingId"
        LIMIT 1)
      AND "userId" = ${userId} AND "expiresAt" > ${NOW_UTC}
    RETURNING "paintingId", "expiresAt"`;
  return rows[0] ?? null;
}

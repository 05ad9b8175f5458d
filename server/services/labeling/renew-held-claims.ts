import type { Db } from "@/server/db/client";
import { queryRows } from "@/server/db/direct-query";
import { Prisma } from "@/server/db/generated/client";
import { NOW_UTC, nowPlusSeconds, type Tx } from "./labeling-sql";
import type { Claim } from "./take-claim";

type HeldQuery = { projectId: string; userId: string; excludeIds: string[]; ttlSeconds: number; limit?: number };

/**
 * The user's oldest live labeling claims in the project (other than `excludeIds`; `limit` of them,
 * one by default), oldest first, each renewed for a full TTL: reloading the page or coming back
 * to the queue returns the same painting instead of burning a new one, and a painting prefetched
 * a while ago gets its full time once it is shown. The screen and its prefetched next painting
 * are renewed by one statement (`limit` 2).
 *
 * The same statement first drops the user's claims that no longer mean anything: expired, or on a
 * painting that stopped collecting labels (decided by consensus or a reviewer) or that they have
 * labeled since. Other people's expired claims are left alone; claim-from-queue.ts takes them
 * over. Both parts read one snapshot, so the renewal skips what the deletion removes.
 */
export async function renewHeldClaims(db: Db | Tx, { projectId, userId, excludeIds, ttlSeconds, limit = 1 }: HeldQuery): Promise<Claim[]> {
  const rows = await queryRows<Claim & { createdAt: Date }>(db, Prisma.sql`
    WITH released AS (
      DELETE FROM "ItemClaim" c USING "Painting" p
      WHERE c."paintingId" = p."id" AND c."userId" = ${userId} AND c."kind" = 'LABEL' AND p."projectId" = ${projectId}
        AND (c."expiresAt" <= ${NOW_UTC}
             OR (NOT p."isGold" AND p."status" NOT IN ('UNLABELED', 'ANNOTATING'))
             OR EXISTS (SELECT 1 FROM "Annotation" a
                        WHERE a."paintingId" = p."id" AND a."annotatorId" = ${userId} AND a."round" = p."labelRound"))
      RETURNING c."paintingId")
    UPDATE "ItemClaim" SET "expiresAt" = ${nowPlusSeconds(ttlSeconds)}
    WHERE "paintingId" IN (
        SELECT c."paintingId" FROM "ItemClaim" c JOIN "Painting" p ON p."id" = c."paintingId"
        WHERE c."userId" = ${userId} AND c."kind" = 'LABEL' AND p."projectId" = ${projectId}
          AND c."expiresAt" > ${NOW_UTC} AND NOT (c."paintingId" = ANY(${excludeIds}::text[]))
          AND c."paintingId" NOT IN (SELECT "paintingId" FROM released)
        ORDER BY c."createdAt", c."paintingId"
        LIMIT ${limit})
      AND "userId" = ${userId} AND "expiresAt" > ${NOW_UTC}
    RETURNING "paintingId", "expiresAt", "createdAt"`);
  // RETURNING follows no order; the oldest claim is the one on screen.
  rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.paintingId < b.paintingId ? -1 : 1));
  return rows.map(({ paintingId, expiresAt }) => ({ paintingId, expiresAt }));
}

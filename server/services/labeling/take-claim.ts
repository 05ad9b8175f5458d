import { NOW_UTC, nowPlusSeconds, type Tx } from "./labeling-sql";

export type Claim = { paintingId: string; expiresAt: Date };

/**
 * Claims a painting for a user unless someone else holds a live claim on it. One atomic upsert:
 * ON CONFLICT sees the latest committed claim (not this statement's snapshot), so of two
 * transactions racing for the same painting exactly one gets a row back. An expired claim is
 * simply taken over, which is how abandoned paintings return to the queue.
 */
export async function takeClaim(tx: Tx, { paintingId, userId, ttlSeconds }: { paintingId: string; userId: string; ttlSeconds: number }): Promise<Claim | null> {
  const rows = await tx.$queryRaw<Claim[]>`
    INSERT INTO "ItemClaim" ("paintingId", "userId", "kind", "expiresAt", "createdAt")
    VALUES (${paintingId}, ${userId}, 'LABEL', ${nowPlusSeconds(ttlSeconds)}, ${NOW_UTC})
    ON CONFLICT ("paintingId") DO UPDATE
      SET "userId" = EXCLUDED."userId", "kind" = EXCLUDED."kind",
          "expiresAt" = EXCLUDED."expiresAt", "createdAt" = EXCLUDED."createdAt"
      WHERE "ItemClaim"."expiresAt" <= ${NOW_UTC}
         OR ("ItemClaim"."userId" = EXCLUDED."userId" AND "ItemClaim"."kind" = 'LABEL')
    RETURNING "paintingId", "expiresAt"`;
  return rows[0] ?? null;
}

import { NOW_UTC, type Tx } from "./labeling-sql";

/**
 * Drops the user's labeling claims in a project that no longer mean anything: expired, or on a
 * painting that stopped collecting labels (decided by consensus or a reviewer) or that they have
 * labeled since. Other people's expired claims are left alone; take-claim.ts takes them over.
 */
export async function releaseStaleClaims(tx: Tx, { projectId, userId }: { projectId: string; userId: string }): Promise<void> {
  await tx.$executeRaw`
    DELETE FROM "ItemClaim" c USING "Painting" p
    WHERE c."paintingId" = p."id" AND c."userId" = ${userId} AND c."kind" = 'LABEL' AND p."projectId" = ${projectId}
      AND (c."expiresAt" <= ${NOW_UTC}
           OR (NOT p."isGold" AND p."status" NOT IN ('UNLABELED', 'ANNOTATING'))
           OR EXISTS (SELECT 1 FROM "Annotation" a
                      WHERE a."paintingId" = p."id" AND a."annotatorId" = ${userId} AND a."round" = p."labelRound"))`;
}

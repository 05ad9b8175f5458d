// SQL pieces shared by the review services.
import { type Prisma } from "@/server/db/generated/client";
import { AppError, notFound } from "@/server/errors";

export type Tx = Prisma.TransactionClient;

// Claims are compared with the database's clock, one definition for every service.
export { NOW_UTC, nowPlusSeconds } from "@/server/db/database-clock";

/** A burst of reviewers opening the queue queues for pooled connections; allow for that. */
export const REVIEW_TX = { maxWait: 15_000, timeout: 20_000 } as const;

/**
 * Locks a painting's row until the transaction ends. Every claim and decision on a painting's
 * review entries takes this lock first (painting, then entries), so they are serialised per
 * painting and never wait on each other in opposite orders.
 */
export async function lockPaintingRow(tx: Tx, paintingId: string): Promise<void> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Painting" WHERE "id" = ${paintingId} FOR NO KEY UPDATE`;
  if (locked.length === 0) throw notFound("painting/not_found", "painting", paintingId);
}

export const alreadyResolved = (entryId: string) =>
  new AppError("review/already_resolved", `Review entry ${entryId} has already been decided.`);

import type { RawTx } from "@/server/db/direct-transaction";
import { notFound } from "@/server/errors";

/**
 * Locks a painting's row until the transaction ends: labels, claims, undos and review decisions
 * on a painting all take this lock first (painting, then its entries), so they are serialised per
 * painting and never wait on each other in opposite orders. FOR NO KEY UPDATE excludes every other
 * locker exactly like FOR UPDATE, but still lets other subsystems insert rows that merely
 * reference the painting (predictions, audit entries).
 */
export async function lockPaintingRow(tx: Pick<RawTx, "$queryRaw">, paintingId: string): Promise<void> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Painting" WHERE "id" = ${paintingId} FOR NO KEY UPDATE`;
  if (locked.length === 0) throw notFound("painting/not_found", "painting", paintingId);
}

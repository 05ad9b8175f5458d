import { lockPaintingRow } from "@/server/services/paintings/lock-painting-row";
import type { Tx } from "./labeling-sql";

/**
 * Locks a painting's row for the rest of the transaction and reads it fresh, so that decisions on
 * it (the label that completes consensus, an undo) are taken by one transaction at a time.
 */
export async function lockPainting(tx: Tx, paintingId: string) {
  await lockPaintingRow(tx, paintingId);
  // A new statement: under READ COMMITTED it sees everything committed before the lock was granted.
  return tx.painting.findUniqueOrThrow({ where: { id: paintingId } });
}

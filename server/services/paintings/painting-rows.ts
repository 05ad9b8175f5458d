// A painting's row read or changed in raw SQL, as its Prisma model, for services that also run in
// the labeling submit's transaction, which is not Prisma's (server/db/direct-transaction.ts).
import type { RawTx } from "@/server/db/direct-transaction";
import type { Prisma, Painting } from "@/server/db/generated/client";
import { notFound } from "@/server/errors";

export async function readPaintingRow(tx: Pick<RawTx, "$queryRaw">, paintingId: string): Promise<Painting> {
  const [painting] = await tx.$queryRaw<Painting[]>`SELECT * FROM "Painting" WHERE "id" = ${paintingId}`;
  if (!painting) throw notFound("painting/not_found", "painting", paintingId);
  return painting;
}

/** `set` is a list of assignments (`"status" = 'DISPUTED'`); returns the row as it now stands. */
export async function updatePaintingRow(tx: Pick<RawTx, "$queryRaw">, paintingId: string, set: Prisma.Sql): Promise<Painting> {
  const [painting] = await tx.$queryRaw<Painting[]>`UPDATE "Painting" SET ${set} WHERE "id" = ${paintingId} RETURNING *`;
  if (!painting) throw notFound("painting/not_found", "painting", paintingId);
  return painting;
}

// Near-duplicates: paintings of a project whose perceptual hashes differ in at most
// NEAR_DUPLICATE_MAX_DISTANCE bits, linked so the training split can keep them together.
//
// The Hamming distance is computed in PostgreSQL (bit_count of the xor of two hashes as bit(64)),
// so no hashes travel to Node. A Hamming search cannot use a B-tree, so finding matches scans the
// project's rows: about 30-45 ms at 100,000 paintings (bench/near-duplicate-scan.ts). That full
// scan runs outside the per-project import lock; under the lock only the last few minutes'
// paintings are scanned again, which catches anything imported concurrently (see importPainting).
import { Prisma } from "@/server/db/generated/client";
import { NEAR_DUPLICATE_MAX_DISTANCE } from "@/server/images/perceptual-hash";

// A pathological batch (hundreds of near-identical scans) would otherwise link every pair, which
// grows quadratically. The closest links are kept; groups stay connected through them.
export const MAX_LINKS_PER_PAINTING = 50;

// Longer than any import transaction can take (lock wait and work are bounded by its timeout),
// with minutes to spare for clock differences between app servers and the database.
export const RECENT_WINDOW = "5 minutes";

type RawDb = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

export type NearMatch = { id: string; distance: number };

export function findNearDuplicates(
  db: RawDb,
  { projectId, phash, recentOnly = false }: { projectId: string; phash: string; recentOnly?: boolean },
): Promise<NearMatch[]> {
  // statement_timestamp() rather than clock_timestamp(): a stable function, so the bound can
  // seek the (projectId, createdAt, id) index instead of filtering every row.
  const recent = recentOnly
    ? Prisma.sql`AND p."createdAt" >= (statement_timestamp() AT TIME ZONE 'UTC') - ${RECENT_WINDOW}::interval`
    : Prisma.empty;
  return db.$queryRaw<NearMatch[]>`
    SELECT near."id", near.distance FROM (
      SELECT p."id", bit_count(('x' || p."phash")::bit(64) # ('x' || ${phash})::bit(64))::int AS distance
      FROM "Painting" p
      WHERE p."projectId" = ${projectId} ${recent}
    ) near
    WHERE near.distance <= ${NEAR_DUPLICATE_MAX_DISTANCE}
    ORDER BY near.distance, near."id"
    LIMIT ${MAX_LINKS_PER_PAINTING + 1}`;
}

/** Stores each link once, as the ordered pair paintingAId < paintingBId (byte order); returns how many. */
export async function insertNearDuplicateLinks(tx: RawDb, paintingId: string, matches: NearMatch[]): Promise<number> {
  const closest = new Map<string, number>();
  for (const { id, distance } of [...matches].sort((a, b) => a.distance - b.distance)) {
    if (id !== paintingId && !closest.has(id)) closest.set(id, distance);
  }
  const kept = [...closest].slice(0, MAX_LINKS_PER_PAINTING);
  if (kept.length === 0) return 0;
  // Joined with "Painting" so a match deleted since the scan is skipped rather than failing the import.
  return tx.$executeRaw`
    INSERT INTO "NearDuplicate" ("paintingAId", "paintingBId", "distance", "createdAt")
    SELECT CASE WHEN m.id COLLATE "C" < ${paintingId} COLLATE "C" THEN m.id ELSE ${paintingId} END,
           CASE WHEN m.id COLLATE "C" < ${paintingId} COLLATE "C" THEN ${paintingId} ELSE m.id END,
           m.distance, now()
    FROM unnest(${kept.map(([id]) => id)}::text[], ${kept.map(([, distance]) => distance)}::int[]) AS m(id, distance)
    JOIN "Painting" p ON p."id" = m.id
    ON CONFLICT DO NOTHING`;
}

// Near-duplicates: paintings of a project whose perceptual hashes differ in at most
// NEAR_DUPLICATE_MAX_DISTANCE bits, linked so the training split can keep them together.
//
// The Hamming distance is computed in PostgreSQL (bit_count of the xor of two hashes as bit(64)),
// so no hashes travel to Node. A Hamming search cannot use a B-tree, so finding matches scans the
// project's rows: about 30-45 ms at 100,000 paintings (bench/near-duplicate-scan.ts). That full
// scan runs outside the per-project import lock; under the lock only the last few minutes'
// paintings are scanned again, which catches anything imported concurrently (see insertPaintings).
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
/** A match of the hash at `index` (0-based) of the scanned list. */
export type GroupMatch = NearMatch & { index: number };

/**
 * The near-duplicates of several hashes in one pass over the project's paintings: each painting's
 * hash is converted once and compared with every hash of the group; the closest
 * MAX_LINKS_PER_PAINTING + 1 per hash are kept (one may be the painting itself).
 */
export function findNearDuplicatesOfHashes(
  db: RawDb,
  { projectId, phashes, recentOnly = false }: { projectId: string; phashes: string[]; recentOnly?: boolean },
): Promise<GroupMatch[]> {
  if (phashes.length === 0) return Promise.resolve([]);
  // statement_timestamp() rather than clock_timestamp(): a stable function, so the bound can
  // seek the (projectId, createdAt, id) index instead of filtering every row.
  const recent = recentOnly
    ? Prisma.sql`AND p."createdAt" >= (statement_timestamp() AT TIME ZONE 'UTC') - ${RECENT_WINDOW}::interval`
    : Prisma.empty;
  return db.$queryRaw<GroupMatch[]>`
    WITH scanned AS MATERIALIZED (
      SELECT p."id", ('x' || p."phash")::bit(64) AS hash FROM "Painting" p WHERE p."projectId" = ${projectId} ${recent}
    ), wanted AS MATERIALIZED (
      SELECT (w.ordinality - 1)::int AS index, ('x' || w.phash)::bit(64) AS hash
      FROM unnest(${phashes}::text[]) WITH ORDINALITY AS w(phash, ordinality)
    ), near AS (
      SELECT wanted.index, scanned."id", bit_count(scanned.hash # wanted.hash)::int AS distance
      FROM scanned CROSS JOIN wanted
      WHERE bit_count(scanned.hash # wanted.hash) <= ${NEAR_DUPLICATE_MAX_DISTANCE}
    )
    SELECT ranked.index, ranked."id", ranked.distance FROM (
      SELECT near.*, row_number() OVER (PARTITION BY near.index ORDER BY near.distance, near."id") AS rank FROM near
    ) ranked
    WHERE ranked.rank <= ${MAX_LINKS_PER_PAINTING + 1}
    ORDER BY ranked.index, ranked.distance, ranked."id"`;
}

/** The near-duplicates of one hash (bench/near-duplicate-scan.ts measures this scan). */
export async function findNearDuplicates(
  db: RawDb,
  { projectId, phash, recentOnly = false }: { projectId: string; phash: string; recentOnly?: boolean },
): Promise<NearMatch[]> {
  const matches = await findNearDuplicatesOfHashes(db, { projectId, phashes: [phash], recentOnly });
  return matches.map(({ id, distance }) => ({ id, distance }));
}

/**
 * Stores each link once, as the ordered pair paintingAId < paintingBId (byte order), keeping each
 * owner's closest MAX_LINKS_PER_PAINTING; returns how many links each owner got.
 */
export async function insertNearDuplicateLinks(
  tx: RawDb,
  owners: string[],
  links: { owner: string; other: string; distance: number }[],
): Promise<Map<string, number>> {
  const kept = new Map<string, Map<string, number>>(owners.map((owner) => [owner, new Map()]));
  for (const { owner, other, distance } of [...links].sort((a, b) => a.distance - b.distance)) {
    const closest = kept.get(owner);
    if (closest && other !== owner && !closest.has(other) && closest.size < MAX_LINKS_PER_PAINTING) closest.set(other, distance);
  }
  const rows = [...kept].flatMap(([owner, closest]) => [...closest].map(([other, distance]) => ({ owner, other, distance })));
  const counts = new Map<string, number>();
  if (rows.length === 0) return counts;
  const pairKey = (a: string, b: string) => (a < b ? `${a}\0${b}` : `${b}\0${a}`);
  const ownerOf = new Map(rows.map((row) => [pairKey(row.owner, row.other), row.owner]));
  // Joined with "Painting" so a match deleted since the scan is skipped rather than failing the import.
  const inserted = await tx.$queryRaw<{ paintingAId: string; paintingBId: string }[]>`
    INSERT INTO "NearDuplicate" ("paintingAId", "paintingBId", "distance", "createdAt")
    SELECT CASE WHEN m.other COLLATE "C" < m.owner COLLATE "C" THEN m.other ELSE m.owner END,
           CASE WHEN m.other COLLATE "C" < m.owner COLLATE "C" THEN m.owner ELSE m.other END,
           m.distance, now()
    FROM unnest(${rows.map((r) => r.owner)}::text[], ${rows.map((r) => r.other)}::text[], ${rows.map((r) => r.distance)}::int[])
      AS m(owner, other, distance)
    JOIN "Painting" p ON p."id" = m.other
    ON CONFLICT DO NOTHING
    RETURNING "paintingAId", "paintingBId"`;
  for (const { paintingAId, paintingBId } of inserted) {
    const owner = ownerOf.get(pairKey(paintingAId, paintingBId))!;
    counts.set(owner, (counts.get(owner) ?? 0) + 1);
  }
  return counts;
}

// Writes prepared paintings as a group: one transaction, one INSERT for the rows, one near-duplicate
// scan and one INSERT for the links, one for the audit entries, instead of about ten round trips per
// painting. The import lanes keep decoding while a group is written (see importItems).
import type { Db } from "@/server/db/client";
import type { Painting, PaintingSource } from "@/server/db/generated/client";
import { findNearDuplicatesOfHashes, insertNearDuplicateLinks, type GroupMatch } from "./link-near-duplicates";
import type { PreparedPainting } from "./prepare-painting";

export type InsertOutcome = { status: "created" | "duplicate"; painting: Painting; nearDuplicates: number };

/** Outcomes in the order of `group`; a painting whose bytes are already in the project is a duplicate. */
export async function insertPaintings(
  db: Db,
  { projectId, source, uploadedById }: { projectId: string; source: PaintingSource; uploadedById?: string | null },
  group: PreparedPainting[],
): Promise<InsertOutcome[]> {
  // The expensive scan over every committed painting runs before the lock, concurrently with
  // other imports.
  const committed = await findNearDuplicatesOfHashes(db, { projectId, phashes: group.map((p) => p.data.phash) });
  return db.$transaction(
    async (tx) => {
      // One writer at a time per project. Under the lock, paintings committed since the scan above
      // (all created within the recent window) are scanned again, so two similar images imported
      // side by side still get linked, and a concurrent copy of the same bytes is found here.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`painting-import:${projectId}`}, 0))`;
      const bySha = new Map<string, Painting>();
      const findBySha = async (shas: string[]) => {
        if (shas.length === 0) return;
        for (const painting of await tx.painting.findMany({ where: { projectId, sha256: { in: shas } } })) bySha.set(painting.sha256, painting);
      };
      await findBySha(group.map((p) => p.data.sha256));
      // The first of each new SHA-256 in the group is inserted; a repeat is its duplicate.
      const fresh = group.filter((p, i) => !bySha.has(p.data.sha256) && group.findIndex((q) => q.data.sha256 === p.data.sha256) === i);
      // skipDuplicates: a row inserted by other means than this lock since the check above is
      // looked up below instead of failing the whole group.
      const created = fresh.length ? await tx.painting.createManyAndReturn({ data: fresh.map((p) => p.data), skipDuplicates: true }) : [];
      const createdIds = new Set(created.map((painting) => painting.id));
      for (const painting of created) bySha.set(painting.sha256, painting);
      await findBySha(fresh.filter((p) => !bySha.has(p.data.sha256)).map((p) => p.data.sha256));

      const owners = group.map((p) => bySha.get(p.data.sha256)!);
      const isNew = (painting: Painting, i: number) => createdIds.has(painting.id) && group.findIndex((q) => q.data.sha256 === painting.sha256) === i;
      const newIndex = owners.flatMap((painting, i) => (isNew(painting, i) ? [i] : []));
      const recent = newIndex.length
        ? await findNearDuplicatesOfHashes(tx, { projectId, phashes: newIndex.map((i) => group[i].data.phash), recentOnly: true })
        : [];
      const matches: GroupMatch[] = [
        ...committed.filter((m) => newIndex.includes(m.index)),
        ...recent.map((m) => ({ ...m, index: newIndex[m.index] })),
      ];
      const links = await insertNearDuplicateLinks(tx, newIndex.map((i) => owners[i].id), linkOwners(matches, owners, newIndex));
      const audited = newIndex.filter((i) => group[i].audit);
      if (audited.length) {
        await tx.auditLog.createMany({
          data: audited.map((i) => ({
            actorId: uploadedById ?? null, action: group[i].audit!.action, entityType: "Painting", entityId: owners[i].id,
            data: { label: group[i].audit!.label, source },
          })),
        });
      }
      return owners.map((painting, i) => (isNew(painting, i)
        ? { status: "created" as const, painting, nearDuplicates: links.get(painting.id) ?? 0 }
        : { status: "duplicate" as const, painting, nearDuplicates: 0 }));
    },
    // Bounded so that RECENT_WINDOW (minutes) covers any transaction still in flight.
    { maxWait: 10_000, timeout: 30_000 },
  );
}

/**
 * Each link is counted once, by the painting that arrives later: a new painting owns its links to
 * paintings already in the project, and of two new ones in the group the later owns their link.
 */
function linkOwners(matches: GroupMatch[], owners: Painting[], newIndex: number[]): { owner: string; other: string; distance: number }[] {
  const position = new Map(newIndex.map((i) => [owners[i].id, i]));
  return matches.flatMap(({ index, id, distance }) => {
    const owner = owners[index].id;
    const other = position.get(id);
    if (id === owner || (other !== undefined && other > index)) return [];
    return [{ owner, other: id, distance }];
  });
}

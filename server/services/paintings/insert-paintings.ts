// Writes prepared paintings as a group: one transaction, one INSERT for the rows, one near-duplicate
// scan and one INSERT for the links, one for the audit entries, instead of about ten round trips per
// painting. Raw SQL throughout: on these machines a Prisma model query costs 5-15 ms of CPU (its
// query compiler), more than decoding the image. The import lanes keep decoding meanwhile.
import { newRowIds } from "@/server/db/row-id";
import type { Db } from "@/server/db/client";
import { NOW_UTC } from "@/server/db/database-clock";
import type { PaintingSource } from "@/server/db/generated/client";
import { findNearDuplicatesOfHashes, insertNearDuplicateLinks, type GroupMatch } from "./link-near-duplicates";
import type { PreparedPainting } from "./prepare-painting";

export type InsertOutcome = { status: "created" | "duplicate"; paintingId: string; nearDuplicates: number };

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
      const shas = group.map((p) => p.data.sha256);
      const idBySha = new Map<string, string>();
      const existing = await tx.$queryRaw<{ id: string; sha256: string }[]>`
        SELECT "id", "sha256" FROM "Painting" WHERE "projectId" = ${projectId} AND "sha256" = ANY(${shas}::text[])`;
      for (const row of existing) idBySha.set(row.sha256, row.id);
      // The first of each new SHA-256 in the group is inserted; a repeat is its duplicate.
      const fresh = group.flatMap((p, i) => (!idBySha.has(p.data.sha256) && shas.indexOf(p.data.sha256) === i ? [i] : []));
      const ids = newRowIds(fresh.length);
      fresh.forEach((i, k) => idBySha.set(shas[i], ids[k]));
      const rows = fresh.map((i) => group[i].data);
      const column = <K extends keyof PreparedPainting["data"]>(key: K) => rows.map((row) => row[key]);
      // ON CONFLICT: a row inserted by other means than this lock since the check above is taken
      // as the duplicate it is (looked up below) instead of failing the whole group.
      const inserted = rows.length === 0 ? [] : await tx.$queryRaw<{ id: string }[]>`
        INSERT INTO "Painting" ("id", "projectId", "sha256", "phash", "width", "height", "format", "byteSize", "storageKey",
          "thumbnailKey", "trainingKey", "originalName", "source", "uploadedById", "status", "approvedLabelId", "approvedAt",
          "isGold", "goldLabelId", "evaluationSetId", "evaluationLabelId", "fileFeatures", "createdAt")
        SELECT r.id, r."projectId", r.sha256, r.phash, r.width, r.height, r.format, r."byteSize", r."storageKey",
          r."thumbnailKey", r."trainingKey", r."originalName", r.source::"PaintingSource", r."uploadedById",
          (CASE WHEN r."approvedLabelId" IS NULL THEN 'UNLABELED' ELSE 'APPROVED' END)::"PaintingStatus", r."approvedLabelId",
          CASE WHEN r."approvedLabelId" IS NULL THEN NULL ELSE ${NOW_UTC} END,
          r."isGold", CASE WHEN r."isGold" THEN r."approvedLabelId" END, r."evaluationSetId", r."evaluationLabelId", r."fileFeatures"::jsonb, ${NOW_UTC}
        FROM unnest(${ids}::text[], ${column("projectId")}::text[], ${column("sha256")}::text[], ${column("phash")}::text[],
          ${column("width")}::int[], ${column("height")}::int[], ${column("format")}::text[], ${column("byteSize")}::int[],
          ${column("storageKey")}::text[], ${column("thumbnailKey")}::text[], ${column("trainingKey")}::text[],
          ${column("originalName")}::text[], ${column("source")}::text[], ${column("uploadedById")}::text[],
          ${column("approvedLabelId")}::text[], ${column("isGold")}::boolean[],
          ${column("evaluationSetId")}::text[], ${column("evaluationLabelId")}::text[],
          ${rows.map((row) => (row.fileFeatures ? JSON.stringify(row.fileFeatures) : null))}::text[])
          AS r(id, "projectId", sha256, phash, width, height, format, "byteSize", "storageKey", "thumbnailKey", "trainingKey",
            "originalName", source, "uploadedById", "approvedLabelId", "isGold", "evaluationSetId", "evaluationLabelId", "fileFeatures")
        ON CONFLICT ("projectId", "sha256") DO NOTHING
        RETURNING "id"`;
      const created = new Set(inserted.map((row) => row.id));
      const lost = fresh.filter((i) => !created.has(idBySha.get(shas[i])!)).map((i) => shas[i]);
      if (lost.length) {
        const rows = await tx.$queryRaw<{ id: string; sha256: string }[]>`
          SELECT "id", "sha256" FROM "Painting" WHERE "projectId" = ${projectId} AND "sha256" = ANY(${lost}::text[])`;
        for (const row of rows) idBySha.set(row.sha256, row.id);
      }

      const owners = shas.map((sha) => idBySha.get(sha)!);
      const newIndex = fresh.filter((i) => created.has(owners[i]));
      const recent = await findNearDuplicatesOfHashes(tx, { projectId, phashes: newIndex.map((i) => group[i].data.phash), recentOnly: true });
      const matches: GroupMatch[] = [
        ...committed.filter((m) => newIndex.includes(m.index)),
        ...recent.map((m) => ({ ...m, index: newIndex[m.index] })),
      ];
      const links = await insertNearDuplicateLinks(tx, newIndex.map((i) => owners[i]), linkOwners(matches, owners, newIndex));
      // A Prisma createMany is one statement for the group, like the raw inserts around it.
      if (newIndex.length) {
        await tx.paintingEvidence.createMany({ data: newIndex.map((i) => ({ ...group[i].evidence, paintingId: owners[i] })) });
      }
      const audited = newIndex.filter((i) => group[i].audit);
      if (audited.length) {
        await tx.$executeRaw`
          INSERT INTO "AuditLog" ("id", "actorId", "action", "entityType", "entityId", "data", "createdAt")
          SELECT a.id, ${uploadedById ?? null}, a.action, 'Painting', a."entityId", a.data::jsonb, ${NOW_UTC}
          FROM unnest(${newRowIds(audited.length)}::text[], ${audited.map((i) => group[i].audit!.action)}::text[],
            ${audited.map((i) => owners[i])}::text[], ${audited.map((i) => JSON.stringify({ label: group[i].audit!.label, source, ...(group[i].audit!.evaluationSetId ? { evaluationSetId: group[i].audit!.evaluationSetId } : {}) }))}::text[])
            AS a(id, action, "entityId", data)`;
      }
      const isNew = new Set(newIndex);
      return owners.map((paintingId, i) => (isNew.has(i)
        ? { status: "created" as const, paintingId, nearDuplicates: links.get(paintingId) ?? 0 }
        : { status: "duplicate" as const, paintingId, nearDuplicates: 0 }));
    },
    // Bounded so that RECENT_WINDOW (minutes) covers any transaction still in flight.
    { maxWait: 10_000, timeout: 30_000 },
  );
}

/**
 * Each link is counted once, by the painting that arrives later: a new painting owns its links to
 * paintings already in the project, and of two new ones in the group the later owns their link.
 */
function linkOwners(matches: GroupMatch[], owners: string[], newIndex: number[]): { owner: string; other: string; distance: number }[] {
  const position = new Map(newIndex.map((i) => [owners[i], i]));
  return matches.flatMap(({ index, id, distance }) => {
    const owner = owners[index];
    const other = position.get(id);
    if (id === owner || (other !== undefined && other > index)) return [];
    return [{ owner, other: id, distance }];
  });
}

// Runs the shortcut audit (core/metrics/shortcut-audit.ts) over a snapshot and stores it with
// the snapshot, once. Features come from the Painting rows (read at import); paintings imported
// before that are read from their stored original here, and the row is filled in for next time.
// With the project's normaliseTrainingCopies on, the snapshot also fixes the side of its
// normalised copies, makes them, and audits them: that audit is the one that describes what the
// model sees, so it decides the run's warning.
import type { Db } from "@/server/db/client";
import { normalisedSideFor } from "@/server/images/make-normalised-copy";
import { readFileFeatures } from "@/server/images/read-file-features";
import type { BlobStorage } from "@/server/storage/storage";
import { auditShortcuts, readSnapshotAudit, type AuditItem, type SnapshotShortcutAudit } from "@/core/metrics/shortcut-audit";
import { isFileFeatures, type FileFeatures } from "@/core/metrics/shortcut-features";
import { ensureNormalisedCopy } from "./normalised-copies";

const IN_FLIGHT = 4;

type Painting = { id: string; sha256: string; storageKey: string; fileFeatures: unknown };

export async function auditSnapshotShortcuts(db: Db, storage: BlobStorage, snapshotId: string): Promise<SnapshotShortcutAudit> {
  const snapshot = await db.datasetSnapshot.findUniqueOrThrow({ where: { id: snapshotId }, include: { project: { select: { normaliseTrainingCopies: true } } } });
  const stored = readSnapshotAudit(snapshot.shortcutAudit);
  if (stored) return stored;
  const classKeys = (await db.labelClass.findMany({ where: { projectId: snapshot.projectId }, orderBy: { position: "asc" }, select: { key: true } })).map((c) => c.key);
  const items = await db.datasetItem.findMany({
    where: { snapshotId },
    select: { groupKey: true, labelClass: { select: { position: true } }, painting: { select: { id: true, sha256: true, storageKey: true, fileFeatures: true } } },
    orderBy: { paintingId: "asc" },
  });
  const originals = await mapInFlight(items, (item) => originalFeatures(db, storage, item.painting));
  const readable = items.flatMap((item, i) => (originals[i] ? [{ item, features: originals[i] }] : []));
  const auditOf = (features: FileFeatures[], basis: "originals" | "normalised") => auditShortcuts({
    items: readable.map(({ item }, i): AuditItem => ({ features: features[i]!, label: item.labelClass.position, group: item.groupKey })),
    classKeys, basis,
  });
  const side = snapshot.project.normaliseTrainingCopies
    ? normalisedSideFor(readable.map(({ features }) => Math.min(features.width, features.height)))
    : null;
  // Every copy the run will train on must exist, so a failure here fails the run with its reason.
  const normalised = side === null ? null : await mapInFlight(items, async ({ painting }) => readFileFeatures(await ensureNormalisedCopy(storage, painting, side)));
  const audit: SnapshotShortcutAudit = {
    originals: auditOf(readable.map(({ features }) => features), "originals"),
    normalised: normalised && auditOf(items.flatMap((_, i) => (originals[i] ? [normalised[i]!] : [])), "normalised"),
    normalisedSide: side,
    unreadable: items.length - readable.length,
  };
  await db.datasetSnapshot.update({ where: { id: snapshotId }, data: { shortcutAudit: audit, normalisedSide: side } });
  return audit;
}

// Null when the original cannot be read: the audit leaves the painting out and says how many.
async function originalFeatures(db: Db, storage: BlobStorage, painting: Painting): Promise<FileFeatures | null> {
  if (isFileFeatures(painting.fileFeatures)) return painting.fileFeatures;
  try {
    const features = await readFileFeatures(await storage.get(painting.storageKey));
    await db.painting.update({ where: { id: painting.id }, data: { fileFeatures: features } });
    return features;
  } catch {
    return null;
  }
}

async function mapInFlight<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, items.length) }, lane));
  return results;
}

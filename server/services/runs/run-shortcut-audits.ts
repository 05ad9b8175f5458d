// A run's shortcut audits as GraphQL serves them: the snapshot's stored audit (uploads, then
// normalised copies) flattened so that every per-class row carries its class, which keeps the run
// report's query within the server's depth limit.
import type { Db } from "@/server/db/client";
import { readSnapshotAudit, type ShortcutAudit, type SnapshotShortcutAudit } from "@/core/metrics/shortcut-audit";

export async function runShortcutAudits(db: Db, snapshotId: string | null) {
  if (!snapshotId) return [];
  const snapshot = await db.datasetSnapshot.findUnique({ where: { id: snapshotId }, select: { shortcutAudit: true } });
  return flattenShortcutAudits(readSnapshotAudit(snapshot?.shortcutAudit));
}

export function flattenShortcutAudits(stored: SnapshotShortcutAudit | null) {
  if (!stored) return [];
  const flat = (audit: ShortcutAudit, normalisedSide: number | null) => {
    const { classes, ...rest } = audit;
    return {
      ...rest,
      normalisedSide,
      unreadable: stored.unreadable,
      classCounts: classes.map(({ classKey, count }) => ({ classKey, count })),
      numeric: classes.flatMap((c) => c.numeric.map((summary) => ({ classKey: c.classKey, ...summary }))),
      categories: classes.flatMap((c) => c.categories.map((category) => ({ classKey: c.classKey, ...category }))),
    };
  };
  return [flat(stored.originals, null), ...(stored.normalised ? [flat(stored.normalised, stored.normalisedSide)] : [])];
}

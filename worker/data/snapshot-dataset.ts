// A run first freezes its data: which approved paintings, with which labels and hashes, in which
// split. The snapshot makes a run reproducible later with the same seed, and its content hash
// tells two runs on identical data apart from two runs on changed data.
import { createHash } from "node:crypto";
import type { Db } from "@/server/db/client";
import { kFoldAssignments } from "@/core/splits/split-k-fold";
import { groupNearDuplicates } from "@/core/splits/split-near-duplicates";
import { splitDataset } from "@/core/splits/split-dataset";
import { referenceTestIds } from "@/server/services/datasets/reference-test-ids";
import { trainingCandidates } from "@/server/services/datasets/training-candidates";

export type SnapshotOptions = { projectId: string; seed: number; kFolds: number | null };

export async function snapshotDataset(db: Db, { projectId, seed, kFolds }: SnapshotOptions) {
  const paintings = await db.painting.findMany({
    where: trainingCandidates(projectId),
    select: { id: true, sha256: true, approvedLabelId: true, approvedLabel: { select: { key: true, position: true } } },
    orderBy: { id: "asc" },
  });
  const ids = paintings.map((p) => p.id);
  const pairs = await db.nearDuplicate.findMany({
    where: { paintingAId: { in: ids }, paintingBId: { in: ids } },
    select: { paintingAId: true, paintingBId: true },
  });
  const groups = groupNearDuplicates(ids, pairs.map((pair) => [pair.paintingAId, pair.paintingBId] as const));
  const items = paintings.map((p) => ({ id: p.id, label: p.approvedLabel!.position, groupKey: groups.get(p.id) ?? p.id }));
  // The project's first test split stays the test split of every later run (with each painting's
  // near-duplicate group), so accuracy can be compared across active-learning rounds and no
  // model ever trains on it. New paintings are split as usual.
  const pinnedGroups = new Set((await referenceTestIds(db, projectId)).filter((id) => groups.has(id)).map((id) => groups.get(id)!));
  const pinned = items.filter((item) => pinnedGroups.has(item.groupKey));
  // The rest is split so that the test split as a whole stays at its 10% share.
  const ratios = { train: 0.8 * items.length, validation: 0.1 * items.length, test: Math.max(0, 0.1 * items.length - pinned.length) };
  const splits = splitDataset({ items: items.filter((item) => !pinnedGroups.has(item.groupKey)), seed, ratios });
  splits.test.push(...pinned.map((item) => item.id));
  const splitOf = new Map<string, "TRAIN" | "VALIDATION" | "TEST">();
  splits.train.forEach((id) => splitOf.set(id, "TRAIN"));
  splits.validation.forEach((id) => splitOf.set(id, "VALIDATION"));
  splits.test.forEach((id) => splitOf.set(id, "TEST"));
  // Folds cover train + validation; the test split stays untouched for the final figure.
  const foldOf = kFolds ? kFoldAssignments({ items: items.filter((i) => splitOf.get(i.id) !== "TEST"), k: kFolds, seed }) : null;

  const classCounts: Record<string, number> = {};
  for (const p of paintings) classCounts[p.approvedLabel!.key] = (classCounts[p.approvedLabel!.key] ?? 0) + 1;
  const contentHash = createHash("sha256")
    .update(paintings.map((p) => `${p.sha256}:${p.approvedLabel!.key}`).sort().join("\n"))
    .digest("hex");

  return db.$transaction(async (tx) => {
    const snapshot = await tx.datasetSnapshot.create({
      data: { projectId, seed, itemCount: paintings.length, classCounts, contentHash },
    });
    await tx.datasetItem.createMany({
      data: paintings.map((p) => ({
        snapshotId: snapshot.id,
        paintingId: p.id,
        labelClassId: p.approvedLabelId!,
        sha256: p.sha256,
        split: splitOf.get(p.id)!,
        fold: foldOf?.get(p.id) ?? null,
        groupKey: groups.get(p.id) ?? p.id,
      })),
    });
    return snapshot;
  });
}

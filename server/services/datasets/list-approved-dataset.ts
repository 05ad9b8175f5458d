// The project's approved paintings (evaluation sets left out: they are not training data) with their labels and hashes, and the split each landed in
// within the newest dataset snapshot (none when it was approved after that snapshot, or when the
// project has never trained). Read in pages by id so a large project never sits in memory whole.
import type { Db } from "@/server/db/client";
import { trainingCandidates } from "./training-candidates";

export type DatasetRow = {
  paintingId: string;
  originalName: string;
  label: string;
  split: "TRAIN" | "VALIDATION" | "TEST" | null;
  sha256: string;
  phash: string;
  approvedAt: Date | null;
};

const PAGE = 1000;

export async function latestSnapshot(db: Db, projectId: string) {
  return db.datasetSnapshot.findFirst({
    where: { projectId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, createdAt: true, itemCount: true, contentHash: true },
  });
}

export async function* listApprovedDataset(db: Db, projectId: string, snapshotId: string | null): AsyncGenerator<DatasetRow[]> {
  let after: string | null = null;
  for (;;) {
    const page: DatasetRow[] = await readPage(db, projectId, snapshotId, after);
    if (page.length === 0) return;
    yield page;
    if (page.length < PAGE) return;
    after = page[page.length - 1]!.paintingId;
  }
}

async function readPage(db: Db, projectId: string, snapshotId: string | null, after: string | null): Promise<DatasetRow[]> {
  const page = await db.painting.findMany({
    where: { ...trainingCandidates(projectId), ...(after ? { id: { gt: after } } : {}) },
    orderBy: { id: "asc" },
    take: PAGE,
    select: {
      id: true, originalName: true, sha256: true, phash: true, approvedAt: true,
      approvedLabel: { select: { key: true } },
      // Without a snapshot, "" matches no item, so every split reads null.
      datasetItems: { where: { snapshotId: snapshotId ?? "" }, select: { split: true } },
    },
  });
  return page.map((p) => ({
    paintingId: p.id, originalName: p.originalName, label: p.approvedLabel!.key, split: p.datasetItems[0]?.split ?? null,
    sha256: p.sha256, phash: p.phash, approvedAt: p.approvedAt,
  }));
}

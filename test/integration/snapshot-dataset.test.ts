import { beforeAll, describe, expect, it } from "vitest";
import { snapshotDataset } from "@/worker/data/snapshot-dataset";
import { resetDatabase, testDb } from "./helpers/database";
import { fakePainting } from "./helpers/painting-rows";

let projectId: string;
let classIds: string[];

async function approve(from: number, count: number) {
  const db = testDb();
  for (let n = from; n < from + count; n++) {
    await db.painting.create({ data: fakePainting(projectId, n, { status: "APPROVED", approvedLabelId: classIds[n % 2], approvedAt: new Date() }) });
  }
}

const itemsOf = (snapshotId: string) => testDb().datasetItem.findMany({ where: { snapshotId } });

beforeAll(async () => {
  await resetDatabase();
  const project = await testDb().project.create({
    data: { slug: "snap", name: "Snapshots", labelClasses: { create: [{ key: "HUMAN", name: "H", hotkey: "h", position: 0 }, { key: "AI", name: "A", hotkey: "a", position: 1 }] } },
    include: { labelClasses: { orderBy: { position: "asc" } } },
  });
  projectId = project.id;
  classIds = project.labelClasses.map((c) => c.id);
  await approve(0, 100);
});

describe("dataset snapshots", () => {
  it("freeze every approved painting with its label, hash and an 80/10/10 split", async () => {
    const snapshot = await snapshotDataset(testDb(), { projectId, seed: 1, kFolds: null });
    const items = await itemsOf(snapshot.id);
    expect(snapshot.itemCount).toBe(100);
    expect(snapshot.classCounts).toEqual({ HUMAN: 50, AI: 50 });
    expect(items.filter((i) => i.split === "TRAIN")).toHaveLength(80);
    expect(items.filter((i) => i.split === "TEST")).toHaveLength(10);
    expect(snapshot.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("keep the first snapshot's test split as the test split of later runs, whatever the seed", async () => {
    const db = testDb();
    const first = await db.datasetSnapshot.findFirstOrThrow({ where: { projectId }, orderBy: { createdAt: "asc" } });
    const firstTest = (await itemsOf(first.id)).filter((i) => i.split === "TEST").map((i) => i.paintingId).sort();
    await approve(100, 40);
    const later = await snapshotDataset(db, { projectId, seed: 99, kFolds: null });
    const laterItems = await itemsOf(later.id);
    expect(later.itemCount).toBe(140);
    const laterTest = new Set(laterItems.filter((i) => i.split === "TEST").map((i) => i.paintingId));
    for (const id of firstTest) expect(laterTest.has(id)).toBe(true);
    // The new paintings are split as usual, so the test split also grows a little.
    expect(laterTest.size).toBeGreaterThan(firstTest.length);
    expect(laterTest.size).toBeLessThanOrEqual(firstTest.length + 5);
  });

  it("is the same for the same data and seed", async () => {
    const db = testDb();
    const a = await snapshotDataset(db, { projectId, seed: 5, kFolds: null });
    const b = await snapshotDataset(db, { projectId, seed: 5, kFolds: null });
    expect(a.contentHash).toBe(b.contentHash);
    const splitOf = async (id: string) => (await itemsOf(id)).map((i) => `${i.paintingId}:${i.split}`).sort();
    expect(await splitOf(a.id)).toEqual(await splitOf(b.id));
  });
});

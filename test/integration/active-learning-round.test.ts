import { reloadConfig } from "@/server/config";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalDiskStorage } from "@/server/storage/local-disk-storage";
import { startTrainingRun } from "@/server/services/runs/start-training-run";
import { scoreNewPaintings, scorePaintings } from "@/worker/jobs/score-paintings";
import { trainRun } from "@/worker/jobs/train-run";
import { createTestUser, resetDatabase, testDb } from "./helpers/database";
import { seedStripePaintings } from "./helpers/synthetic-paintings";

const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "provenance-al-"));
const storage = createLocalDiskStorage({ rootDir: storageDir });
let projectId: string;
let modelVersionId: string;
let unlabeled: string[];

beforeAll(async () => {
  process.env.TFJS_BACKEND = "wasm";
  reloadConfig();
  await resetDatabase();
  const db = testDb();
  const manager = await createTestUser(db, "MANAGER");
  const project = await db.project.create({
    data: {
      slug: "al", name: "Active learning", uncertaintyStrategy: "ENTROPY", uncertaintyThreshold: 0,
      labelClasses: { create: [{ key: "HUMAN", name: "Human", hotkey: "h", position: 0 }, { key: "AI", name: "AI", hotkey: "a", position: 1 }] },
    },
  });
  projectId = project.id;
  await seedStripePaintings(db, storage, { projectId, perClass: 30 });
  unlabeled = await seedStripePaintings(db, storage, { projectId, perClass: 5, approved: false, firstSeed: 1000 });
  const run = await startTrainingRun(db, null, manager.id, { projectId, config: { preset: "tiny", epochs: 4, batchSize: 16, seed: 3 } });
  const result = await trainRun(db, storage, { runId: run.id, workerId: "test" });
  expect(result.status).toBe("SUCCEEDED");
  modelVersionId = result.modelVersionId!;
}, 300_000);

afterAll(() => fs.rmSync(storageDir, { recursive: true, force: true }));

describe("an active-learning round", () => {
  it("scores every painting against the model version and queues the unsure unapproved ones", async () => {
    const db = testDb();
    // A budget of 3 with threshold 0: exactly the three most uncertain unlabeled paintings.
    await db.project.update({ where: { id: projectId }, data: { labelingBudget: 3 } });
    const round = await scorePaintings(db, storage, { modelVersionId });
    expect(round.status).toBe("SUCCEEDED");
    expect(round.scored).toBe(70);
    expect(await db.prediction.count({ where: { modelVersionId } })).toBe(70);
    const predictions = await db.prediction.findMany({ where: { modelVersionId, paintingId: { in: unlabeled } }, orderBy: [{ uncertainty: "desc" }, { paintingId: "asc" }] });
    const entries = await db.reviewQueueEntry.findMany({ where: { projectId, reason: "MODEL_UNSURE", status: "OPEN" } });
    expect(entries.map((e) => e.paintingId).sort()).toEqual(predictions.slice(0, 3).map((p) => p.paintingId).sort());
    for (const entry of entries) expect(entry.modelVersionId).toBe(modelVersionId);
    for (const prediction of predictions) {
      const p = prediction.probabilities as Record<string, number>;
      expect(p.HUMAN! + p.AI!).toBeCloseTo(1, 5);
    }
    // The round's accuracy is measured on the project's fixed test set (first snapshot's TEST).
    const snapshot = await db.datasetSnapshot.findFirstOrThrow({ where: { projectId }, orderBy: { createdAt: "asc" } });
    const testItems = await db.datasetItem.findMany({ where: { snapshotId: snapshot.id, split: "TEST" }, include: { labelClass: true } });
    const testPredictions = await db.prediction.findMany({ where: { modelVersionId, paintingId: { in: testItems.map((i) => i.paintingId) } } });
    const correct = testItems.filter((i) => testPredictions.find((p) => p.paintingId === i.paintingId)?.predictedKey === i.labelClass.key).length;
    expect(testItems.length).toBeGreaterThan(0);
    expect(round.testAccuracy).toBeCloseTo(correct / testItems.length, 10);
  });

  it("re-scoring keeps a resolved entry resolved and drops entries no longer selected", async () => {
    const db = testDb();
    const reviewer = await createTestUser(db, "REVIEWER");
    const [first, ...rest] = await db.reviewQueueEntry.findMany({ where: { projectId, reason: "MODEL_UNSURE", status: "OPEN" }, orderBy: { id: "asc" } });
    const human = await db.labelClass.findFirstOrThrow({ where: { projectId, key: "HUMAN" } });
    await db.review.create({ data: { entryId: first!.id, paintingId: first!.paintingId, reviewerId: reviewer.id, decision: "APPROVE", finalLabelId: human.id, reasonCode: "BRUSHWORK" } });
    await db.reviewQueueEntry.update({ where: { id: first!.id }, data: { status: "RESOLVED", resolvedAt: new Date() } });
    await db.painting.update({ where: { id: first!.paintingId }, data: { status: "APPROVED", approvedLabelId: human.id } });

    // With a budget of 1, at most one unsure entry stays open; the others are dismissed.
    await db.project.update({ where: { id: projectId }, data: { labelingBudget: 1 } });
    const round = await scorePaintings(db, storage, { modelVersionId });
    expect(round.resolvedSincePrevious).toBe(1);
    const resolved = await db.reviewQueueEntry.findUniqueOrThrow({ where: { id: first!.id } });
    expect(resolved.status).toBe("RESOLVED");
    const open = await db.reviewQueueEntry.findMany({ where: { projectId, reason: "MODEL_UNSURE", status: "OPEN" } });
    expect(open).toHaveLength(1);
    expect(open[0]!.paintingId).not.toBe(first!.paintingId);
    const dismissed = await db.reviewQueueEntry.count({ where: { id: { in: rest.map((e) => e.id) }, status: "DISMISSED" } });
    expect(dismissed + open.filter((e) => rest.some((r) => r.id === e.id)).length).toBe(rest.length);
    expect(round.scored).toBe(70);
  });

  it("classifies new uploads with the newest model and only adds to the queue", async () => {
    const db = testDb();
    const openBefore = await db.reviewQueueEntry.findMany({ where: { projectId, status: "OPEN" }, select: { id: true } });
    const uploads = await seedStripePaintings(db, storage, { projectId, perClass: 2, approved: false, firstSeed: 2000 });
    await db.project.update({ where: { id: projectId }, data: { labelingBudget: null, uncertaintyThreshold: 0 } });
    const result = await scoreNewPaintings(db, storage, { projectId, paintingIds: uploads });
    expect(result).toEqual({ scored: 4, enqueued: 4 });
    expect(await db.prediction.count({ where: { modelVersionId, paintingId: { in: uploads } } })).toBe(4);
    // Entries of the last full pass stay open: a pass over a few uploads never dismisses.
    const stillOpen = await db.reviewQueueEntry.count({ where: { id: { in: openBefore.map((e) => e.id) }, status: "OPEN" } });
    expect(stillOpen).toBe(openBefore.length);
    expect(await db.activeLearningRound.count({ where: { projectId } })).toBe(2);
  });

  it("does nothing for a project without a model", async () => {
    const db = testDb();
    const other = await db.project.create({ data: { slug: "no-model", name: "No model" } });
    expect(await scoreNewPaintings(db, storage, { projectId: other.id, paintingIds: ["x"] })).toEqual({ scored: 0, enqueued: 0 });
  });
});

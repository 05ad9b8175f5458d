import { reloadConfig } from "@/server/config";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalDiskStorage } from "@/server/storage/local-disk-storage";
import { startTrainingRun } from "@/server/services/runs/start-training-run";
import { trainRun } from "@/worker/jobs/train-run";
import { PRESET_TRAINING } from "@/core/model/presets";
import { reapStaleRuns, STALE_AFTER_MS } from "@/worker/runs/reap-stale-runs";
import { createTestUser, resetDatabase, testDb } from "./helpers/database";
import { seedStripePaintings } from "./helpers/synthetic-paintings";

const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "provenance-train-"));
const storage = createLocalDiskStorage({ rootDir: storageDir });
let projectId: string;
let managerId: string;

beforeAll(async () => {
  process.env.TFJS_BACKEND = "wasm";
  reloadConfig();
  await resetDatabase();
  const db = testDb();
  managerId = (await createTestUser(db, "MANAGER")).id;
  const project = await db.project.create({
    data: {
      slug: "stripes", name: "Stripes",
      labelClasses: { create: [{ key: "HUMAN", name: "Human", hotkey: "h", position: 0 }, { key: "AI", name: "AI", hotkey: "a", position: 1 }] },
    },
  });
  projectId = project.id;
  await seedStripePaintings(db, storage, { projectId, perClass: 40 });
});

afterAll(() => fs.rmSync(storageDir, { recursive: true, force: true }));

describe("a tiny training run on learnable synthetic paintings", () => {
  it("trains, stores honest per-epoch rows, evaluations that sum to the splits, and a model version", async () => {
    const db = testDb();
    const run = await startTrainingRun(db, null, managerId, { projectId, config: { preset: "tiny", epochs: 10, batchSize: 16, patience: 0, seed: 7 } });
    const result = await trainRun(db, storage, { runId: run.id, workerId: "test" });
    const stored = await db.trainingRun.findUniqueOrThrow({ where: { id: run.id }, include: { epochs: true, evaluations: true, snapshot: true } });
    expect(stored.error).toBeNull();
    expect(result.status).toBe("SUCCEEDED");
    expect(stored.status).toBe("SUCCEEDED");
    expect(stored.backend).toMatch(/^wasm/);

    const splits = await db.datasetItem.groupBy({ by: ["split"], where: { snapshotId: stored.snapshotId! }, _count: { _all: true } });
    const size = (split: string) => splits.find((s) => s.split === split)?._count._all ?? 0;
    expect(size("TRAIN") + size("VALIDATION") + size("TEST")).toBe(80);
    expect(size("TRAIN")).toBe(64);

    // The run stores the values it used, the preset's defaults filled in.
    const config = stored.config as Record<string, unknown>;
    expect(config).toMatchObject({ preset: "tiny", epochs: 10, patience: 0, learningRate: PRESET_TRAINING.tiny.learningRate, decodeSize: PRESET_TRAINING.tiny.decodeSize });
    expect(typeof config.batchNorm).toBe("boolean");
    // 10 epochs of 4 steps: with 6 the batch-norm preset's 8-painting test split sometimes still
    // sat at chance (dropout is unseeded), which made this test fail now and then.
    expect(stored.epochs).toHaveLength(10);
    for (const epoch of stored.epochs) {
      expect(epoch.samplesSeen).toBe(size("TRAIN"));
      expect(epoch.expectedSamples).toBe(size("TRAIN"));
      expect(epoch.imagesPerSecond).toBeGreaterThan(0);
      expect(epoch.learningRate).toBeCloseTo(PRESET_TRAINING.tiny.learningRate);
    }
    const test = stored.evaluations.find((e) => e.split === "TEST" && e.fold === null)!;
    const matrix = test.confusionMatrix as number[][];
    expect(matrix.flat().reduce((a, b) => a + b, 0)).toBe(size("TEST"));
    expect(test.sampleCount).toBe(size("TEST"));
    // Chance is 0.5; the stripes are easy, so anything learnt lands far above it.
    expect(test.accuracy).toBeGreaterThanOrEqual(0.8);
    const validation = stored.evaluations.find((e) => e.split === "VALIDATION" && e.fold === null)!;
    expect((validation.confusionMatrix as number[][]).flat().reduce((a, b) => a + b, 0)).toBe(size("VALIDATION"));

    const model = await db.modelVersion.findUniqueOrThrow({ where: { runId: run.id } });
    expect(model.version).toBe(1);
    expect(await storage.exists(model.artifactKey)).toBe(true);
  }, 300_000);

  it("does not train a run twice when its job is delivered twice", async () => {
    const db = testDb();
    const run = await db.trainingRun.findFirstOrThrow({ where: { projectId, status: "SUCCEEDED" } });
    expect(await trainRun(db, storage, { runId: run.id, workerId: "second" })).toEqual({ status: "SKIPPED" });
    expect(await db.epochMetric.count({ where: { runId: run.id } })).toBe(10);
  });

  it("marks a run whose worker died as failed, never running forever", async () => {
    const db = testDb();
    const run = await db.trainingRun.create({
      data: { projectId, config: {}, preset: "tiny", seed: 1, status: "RUNNING", startedAt: new Date(), heartbeatAt: new Date(), workerId: "killed" },
    });
    expect(await reapStaleRuns(db)).not.toContain(run.id);
    const later = new Date(Date.now() + STALE_AFTER_MS + 1000);
    expect(await reapStaleRuns(db, later)).toContain(run.id);
    const reaped = await db.trainingRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(reaped.status).toBe("FAILED");
    expect(reaped.error).toMatch(/stopped responding/);
  });

  it("refuses to start without enough approved data per class", async () => {
    const db = testDb();
    const empty = await db.project.create({
      data: { slug: "empty", name: "Empty", labelClasses: { create: [{ key: "HUMAN", name: "H", hotkey: "h", position: 0 }, { key: "AI", name: "A", hotkey: "a", position: 1 }] } },
    });
    await expect(startTrainingRun(db, null, managerId, { projectId: empty.id })).rejects.toMatchObject({ code: "run/no_training_data" });
  });

  it("stops a running run when a manager cancels it", async () => {
    const db = testDb();
    const run = await startTrainingRun(db, null, managerId, { projectId, config: { preset: "tiny", epochs: 50, batchSize: 8, patience: 0 } });
    const training = trainRun(db, storage, { runId: run.id, workerId: "test" });
    // Ask to stop as soon as the first epoch row appears.
    for (let i = 0; i < 600 && (await db.epochMetric.count({ where: { runId: run.id } })) === 0; i++) await new Promise((r) => setTimeout(r, 200));
    await db.trainingRun.update({ where: { id: run.id }, data: { cancelRequested: true } });
    expect((await training).status).toBe("CANCELLED");
    const stored = await db.trainingRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(stored.status).toBe("CANCELLED");
    expect(await db.epochMetric.count({ where: { runId: run.id } })).toBeLessThan(50);
  }, 300_000);
});

// One fold convention for stored epochs and evaluations: null is the final model, 0..k-1 a
// cross-validation fold. The migration converts rows written under the old conventions (epochs:
// final 0, fold i as i + 1; evaluations: final -1, fold i as i), and the unique indexes still allow
// one final-model row per epoch and per split although PostgreSQL treats nulls as distinct.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluatePredictions } from "@/core/metrics/evaluate-predictions";
import { FINAL_MODEL_FOLD } from "@/core/metrics/model-fold";
import { createProject } from "@/server/services/projects/create-project";
import { saveEpochMetric } from "@/worker/runs/save-epoch-metric";
import { saveEvaluation } from "@/worker/runs/save-evaluation";
import { createTestUser, resetDatabase, testDb } from "./helpers/database";

const MIGRATIONS = path.resolve(import.meta.dirname, "../../prisma/migrations");
const FOLD_MIGRATION = "20261202100000_fold_null_is_final_model";
const SCRATCH = "fold_migration";
const migratedUrl = process.env.DATABASE_URL!;
const withDatabase = (name: string) => migratedUrl.replace(/\/[^/?]+(\?.*)?$/, `/${name}`);

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const migrationSql = (name: string) => fs.readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8");

describe("migration 20261202100000_fold_null_is_final_model", () => {
  beforeAll(async () => {
    await withClient(withDatabase("postgres"), async (admin) => {
      await admin.query(`DROP DATABASE IF EXISTS ${SCRATCH}`);
      await admin.query(`CREATE DATABASE ${SCRATCH}`);
    });
  });

  afterAll(async () => {
    await withClient(withDatabase("postgres"), (admin) => admin.query(`DROP DATABASE IF EXISTS ${SCRATCH} WITH (FORCE)`));
  });

  it("turns the final model's rows into fold null and renumbers epoch folds from 0", async () => {
    const earlier = fs.readdirSync(MIGRATIONS).filter((name) => /^\d{14}_/.test(name) && name < FOLD_MIGRATION).sort();
    await withClient(withDatabase(SCRATCH), async (client) => {
      for (const name of earlier) await client.query(migrationSql(name));
      // Rows as the old worker wrote them, for a run with two cross-validation folds. The run
      // itself is left out (foreign keys off for this session): only the fold columns matter.
      await client.query(`SET session_replication_role = replica`);
      const epoch = (id: string, fold: number, n: number) => client.query(
        `INSERT INTO "EpochMetric" (id, "runId", fold, epoch, "trainLoss", "trainAccuracy", "wallSeconds", "samplesSeen", "expectedSamples", "imagesPerSecond", "learningRate")
         VALUES ($1, 'run', $2, $3, 0.5, 0.5, 1, 8, 8, 8, 0.001)`, [id, fold, n]);
      const evaluation = (id: string, split: string, fold: number) => client.query(
        `INSERT INTO "EvaluationReport" (id, "runId", split, fold, "sampleCount", "classKeys", "confusionMatrix", "perClass", accuracy, "macroF1")
         VALUES ($1, 'run', $2, $3, 4, '[]', '[]', '[]', 0.5, 0.5)`, [id, split, fold]);
      for (const [id, fold, n] of [["final-1", 0, 1], ["final-2", 0, 2], ["cv0-1", 1, 1], ["cv0-2", 1, 2], ["cv1-1", 2, 1]] as const) await epoch(id, fold, n);
      for (const [id, split, fold] of [["final-test", "TEST", -1], ["final-val", "VALIDATION", -1], ["cv0", "VALIDATION", 0], ["cv1", "VALIDATION", 1]] as const) {
        await evaluation(id, split, fold);
      }

      await client.query(migrationSql(FOLD_MIGRATION));

      const epochs = await client.query<{ id: string; fold: number | null }>(`SELECT id, fold FROM "EpochMetric" ORDER BY id`);
      expect(Object.fromEntries(epochs.rows.map((r) => [r.id, r.fold]))).toEqual({ "final-1": null, "final-2": null, "cv0-1": 0, "cv0-2": 0, "cv1-1": 1 });
      const evaluations = await client.query<{ id: string; fold: number | null }>(`SELECT id, fold FROM "EvaluationReport" ORDER BY id`);
      expect(Object.fromEntries(evaluations.rows.map((r) => [r.id, r.fold]))).toEqual({ "final-test": null, "final-val": null, cv0: 0, cv1: 1 });

      // NULLS NOT DISTINCT: a second final-model row for the same epoch or split is refused.
      await expect(epoch("twin", null as unknown as number, 1)).rejects.toMatchObject({ code: "23505" });
      await expect(evaluation("twin", "TEST", null as unknown as number)).rejects.toMatchObject({ code: "23505" });
      await expect(epoch("cv0-3", 0, 3)).resolves.toBeDefined();
    });
  });
});

describe("saving a run's epochs and evaluations", () => {
  const db = testDb();
  let runId: string;

  beforeAll(async () => {
    await resetDatabase();
    const manager = await createTestUser(db, "MANAGER");
    const project = await createProject(db, manager.id, { name: "Folds" });
    runId = (await db.trainingRun.create({ data: { projectId: project.id, config: {}, preset: "tiny", seed: 1 } })).id;
  });

  const record = (epoch: number, trainLoss: number) => ({
    epoch, trainLoss, trainAccuracy: 0.5, valLoss: 0.7, valAccuracy: 0.5, wallSeconds: 1, samplesSeen: 8, expectedSamples: 8, imagesPerSecond: 8, learningRate: 0.001,
  });

  it("overwrites the final model's epoch when it is saved again, keeping folds apart", async () => {
    await saveEpochMetric(db, runId, FINAL_MODEL_FOLD, record(1, 0.9));
    await saveEpochMetric(db, runId, 0, record(1, 0.8));
    await saveEpochMetric(db, runId, FINAL_MODEL_FOLD, record(1, 0.6));
    const rows = await db.epochMetric.findMany({ where: { runId }, orderBy: { trainLoss: "asc" } });
    expect(rows.map((r) => [r.fold, r.epoch, r.trainLoss])).toEqual([[null, 1, 0.6], [0, 1, 0.8]]);
  });

  it("overwrites the final model's evaluation of a split when it is saved again", async () => {
    const evaluation = (right: boolean) => evaluatePredictions([[0.9, 0.1], [0.2, 0.8]], right ? [0, 1] : [1, 0], ["HUMAN", "AI"]);
    await saveEvaluation(db, runId, "TEST", FINAL_MODEL_FOLD, evaluation(false));
    await saveEvaluation(db, runId, "TEST", FINAL_MODEL_FOLD, evaluation(true));
    await saveEvaluation(db, runId, "VALIDATION", 1, evaluation(false));
    const rows = await db.evaluationReport.findMany({ where: { runId }, orderBy: { split: "asc" } });
    expect(rows.map((r) => [r.split, r.fold, r.accuracy])).toEqual([["VALIDATION", 1, 0], ["TEST", null, 1]]);
  });
});

// Issue 13's "done when": a real training run (the worker's train job on wasm, images through the
// import pipeline) scores its final model on every evaluation set of the project, and the report
// (JSON, CSV, GraphQL) carries those figures with their intervals and baseline. The set's paintings
// are in no split of the run, and active-learning scoring sends none of them to review.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/server/auth/viewer";
import { exportRunReport } from "@/server/http/export-run-report";
import { buildRunReport } from "@/server/services/runs/build-run-report";
import { startTrainingRun } from "@/server/services/runs/start-training-run";
import { createLocalDiskStorage } from "@/server/storage/local-disk-storage";
import { runImport } from "@/scripts/lib/import/run-import";
import { trainRun } from "@/worker/jobs/train-run";
import { scorePaintings } from "@/worker/jobs/score-paintings";
import { accuracyInterval } from "@/core/metrics/accuracy-interval";
import { createTestUser, resetDatabase, testDb } from "./helpers/database";
import { addMembers } from "./helpers/project-members";
import { asViewer, errorCodes, execute } from "./helpers/graphql";
import { seedStripePaintings, stripeImage } from "./helpers/synthetic-paintings";

const db = testDb();
const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "provenance-evalset-train-"));
const work = fs.mkdtempSync(path.join(os.tmpdir(), "provenance-evalset-files-"));
const storage = createLocalDiskStorage({ rootDir: storageDir });
let annotator: Viewer, reviewer: Viewer, manager: Viewer;
let projectId: string;
let setId: string;
let evaluationIds: string[];
let runId: string;

beforeAll(async () => {
  process.env.TFJS_BACKEND = "wasm";
  await resetDatabase();
  annotator = asViewer(await createTestUser(db, "ANNOTATOR"));
  reviewer = asViewer(await createTestUser(db, "REVIEWER"));
  manager = asViewer(await createTestUser(db, "MANAGER"));
  const project = await db.project.create({
    data: {
      slug: "stripes-external", name: "Stripes",
      labelClasses: { create: [{ key: "HUMAN", name: "Human", hotkey: "h", position: 0 }, { key: "AI", name: "AI", hotkey: "a", position: 1 }] },
    },
  });
  projectId = project.id;
  // Members, so the refusals below are about role, not membership.
  await addMembers(db, projectId, [annotator, reviewer]);
  await seedStripePaintings(db, storage, { projectId, perClass: 20 });
  // The external set: 5 + 5 stripe paintings of seeds the training pool never had, as files in
  // human/ and ai/ folders, imported by the command line's code path.
  for (const [kind, folder] of [[0, "human"], [1, "ai"]] as const) {
    fs.mkdirSync(path.join(work, folder), { recursive: true });
    for (let i = 0; i < 5; i++) fs.writeFileSync(path.join(work, folder, `${folder}-${i}.png`), await stripeImage(kind, 7000 + 2 * i + kind));
  }
  const summary = await runImport(db, storage, { path: work, project: project.slug, evaluationSet: "Other source" });
  expect(summary.created).toBe(10);
  setId = summary.evaluationSet!.id;
  evaluationIds = summary.results.flatMap((r) => (r.status === "created" ? [r.paintingId] : []));
  // An empty set has nothing to score and gets no report.
  await db.evaluationSet.create({ data: { projectId, name: "Empty" } });
}, 120_000);

afterAll(() => {
  fs.rmSync(storageDir, { recursive: true, force: true });
  fs.rmSync(work, { recursive: true, force: true });
});

describe("a run scored on the project's evaluation sets", () => {
  it("trains without the set's paintings and stores the final model's figures on the set", async () => {
    const run = await startTrainingRun(db, null, manager.id, { projectId, config: { preset: "tiny", epochs: 3, batchSize: 16, patience: 0, seed: 3 } });
    runId = run.id;
    const result = await trainRun(db, storage, { runId, workerId: "test" });
    const stored = await db.trainingRun.findUniqueOrThrow({ where: { id: runId } });
    expect(stored.error).toBeNull();
    expect(result.status).toBe("SUCCEEDED");

    const items = await db.datasetItem.findMany({ where: { snapshotId: stored.snapshotId! }, select: { paintingId: true } });
    expect(items).toHaveLength(40);
    expect(items.filter((item) => evaluationIds.includes(item.paintingId))).toEqual([]);

    const reports = await db.evaluationSetReport.findMany({ where: { runId } });
    expect(reports.map((r) => [r.evaluationSetId, r.setName, r.sampleCount])).toEqual([[setId, "Other source", 10]]);
    const matrix = reports[0]!.confusionMatrix as number[][];
    // Rows are the true classes from the import's folders: 5 human, 5 AI.
    expect(matrix.map((row) => row.reduce((a, b) => a + b, 0))).toEqual([5, 5]);
    const correct = matrix[0]![0]! + matrix[1]![1]!;
    expect(reports[0]!.accuracy).toBeCloseTo(correct / 10, 12);
    expect(reports[0]!.meanConfidenceWrong === null).toBe(correct === 10);
  }, 300_000);

  it("puts the set's accuracy, interval, baseline and AUC in the JSON report, the CSV and GraphQL", async () => {
    const report = (await buildRunReport(db, runId))!;
    expect(report.evaluationSets).toHaveLength(1);
    const figures = report.evaluationSets[0]!;
    const correct = figures.confusionMatrix[0]![0]! + figures.confusionMatrix[1]![1]!;
    const wilson = accuracyInterval(correct, 10)!;
    expect(figures).toMatchObject({
      evaluationSetId: setId, setName: "Other source", sampleCount: 10, classKeys: ["HUMAN", "AI"],
      majorityClassRate: 0.5, majorityClassKey: "HUMAN", singleClass: false, wrongCount: 10 - correct,
      accuracyInterval: { lower: wilson.lower, upper: wilson.upper },
    });
    expect(figures.rocAuc).not.toBeNull();
    expect(figures.rocAucInterval!.lower).toBeLessThanOrEqual(figures.rocAuc!);
    // A set the model is not shown to beat chance on is named in the run's warnings.
    const warned = report.warnings.some((w) => w.code === "evaluation_set/not_better_than_chance" && w.message.includes('"Other source" (n = 10)'));
    expect(warned).toBe(figures.notBetterThanChance);

    const csv = await (await exportRunReport({ db, viewer: reviewer }, new Request(`http://app.test/api/runs/${runId}/report?format=csv`), runId)).text();
    expect(csv).toContain(`evaluation-set,Other source,,,,,,sampleCount,10`);
    expect(csv).toContain(`evaluation-set,Other source,,,,,,majorityClassRate,0.5`);
    expect(csv).toMatch(/evaluation-set,Other source,,,,,,accuracyLower95,0\.\d+/);
    const json = await (await exportRunReport({ db, viewer: reviewer }, new Request(`http://app.test/api/runs/${runId}/report?format=json`), runId)).json();
    expect(json.evaluationSets[0].accuracyInterval).toEqual(figures.accuracyInterval);

    const query = `query($id: ID!) { trainingRun(id: $id) { evaluationSetReports { setName sampleCount accuracy accuracyInterval { lower upper } majorityClassRate rocAucInterval { lower } meanConfidenceWrong } } }`;
    const graphql = await execute<{ trainingRun: { evaluationSetReports: { setName: string; sampleCount: number; accuracy: number }[] } }>(reviewer, query, { id: runId });
    expect(graphql.errors).toBeUndefined();
    expect(graphql.data?.trainingRun.evaluationSetReports).toMatchObject([{ setName: "Other source", sampleCount: 10, accuracy: figures.accuracy }]);
    expect(errorCodes(await execute(annotator, query, { id: runId }))).toContain("FORBIDDEN");
  });

  it("scores paintings for active learning without touching the set", async () => {
    const model = await db.modelVersion.findUniqueOrThrow({ where: { runId } });
    const round = await scorePaintings(db, storage, { modelVersionId: model.id });
    expect(round.scored).toBe(40);
    expect(await db.prediction.count({ where: { paintingId: { in: evaluationIds } } })).toBe(0);
    expect(await db.reviewQueueEntry.count({ where: { paintingId: { in: evaluationIds } } })).toBe(0);
  }, 120_000);

  it("keeps a deleted set's figures under its name and releases its paintings unlabeled", async () => {
    const deleted = await execute<{ deleteEvaluationSet: { releasedPaintings: number } }>(manager,
      `mutation($id: ID!) { deleteEvaluationSet(id: $id) { releasedPaintings } }`, { id: setId });
    expect(deleted.data?.deleteEvaluationSet.releasedPaintings).toBe(10);
    const released = await db.painting.findMany({ where: { id: { in: evaluationIds } } });
    expect(released.every((p) => p.evaluationSetId === null && p.evaluationLabelId === null && p.status === "UNLABELED")).toBe(true);
    const report = (await buildRunReport(db, runId))!;
    expect(report.evaluationSets.map((r) => [r.evaluationSetId, r.setName, r.sampleCount])).toEqual([[null, "Other source", 10]]);
  });
});

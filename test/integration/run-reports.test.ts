// Model-quality reports through the real GraphQL server: the paintings behind a confusion-matrix
// cell, sending them to review, fold summaries, and who may do what.
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/server/auth/viewer";
import { createProject } from "@/server/services/projects/create-project";
import { seedFinishedRun, type SeededPainting } from "@/test/fixtures/finished-run";
import { PRESET_TRAINING } from "@/core/model/presets";
import { createTestUser, resetDatabase, testDb } from "./helpers/database";
import { addEveryWorker } from "./helpers/project-members";
import { asViewer, errorCodes, execute } from "./helpers/graphql";

const CELL = `query($runId: ID!, $split: DatasetSplit!, $actual: String!, $predicted: String!, $first: Int) {
  confusionCellPaintings(runId: $runId, split: $split, actualKey: $actual, predictedKey: $predicted, first: $first) {
    total unscored explanation modelVersion { version }
    paintings { painting { id thumbnailUrl } actualKey predictedKey confidence currentLabelKey inReview }
  } }`;
const SEND = `mutation($projectId: ID!, $ids: [ID!]!) { sendPaintingsToReview(projectId: $projectId, paintingIds: $ids) { queued modelDisagrees spotChecks } }`;

type Cell = { total: number; unscored: number; explanation: string | null; modelVersion: { version: number } | null;
  paintings: { painting: { id: string; thumbnailUrl: string }; predictedKey: string; confidence: number; currentLabelKey: string | null; inReview: boolean }[] };

const db = testDb();
let annotator: Viewer, reviewer: Viewer, manager: Viewer;
let projectId: string, otherProjectId: string;
let run: Awaited<ReturnType<typeof seedFinishedRun>>, otherRun: Awaited<ReturnType<typeof seedFinishedRun>>;

beforeAll(async () => {
  await resetDatabase();
  annotator = asViewer(await createTestUser(db, "ANNOTATOR"));
  reviewer = asViewer(await createTestUser(db, "REVIEWER"));
  manager = asViewer(await createTestUser(db, "MANAGER"));
  projectId = (await createProject(db, manager.id, { name: "Reports" })).id;
  otherProjectId = (await createProject(db, manager.id, { name: "Other reports" })).id;
  for (const id of [projectId, otherProjectId]) await addEveryWorker(db, id);
  run = await seedFinishedRun(db, { projectId, startedById: manager.id, tag: "a" });
  // Never scored, trained with folds, and one epoch ran dry.
  otherRun = await seedFinishedRun(db, { projectId: otherProjectId, predictions: false, folds: true, shortEpoch: true, tag: "b" });
});

const cell = (viewer: Viewer, runId: string, split: string, actual: string, predicted: string, first?: number) =>
  execute<{ confusionCellPaintings: Cell }>(viewer, CELL, { runId, split, actual, predicted, first });
const expected = (painting: (p: SeededPainting) => boolean) => run.paintings.filter(painting).map((p) => p.id).sort();

describe("confusionCellPaintings", () => {
  it("lists exactly the paintings of the cell, most confident first", async () => {
    for (const [split, actual, predicted, count] of [["TEST", "HUMAN", "AI", 1], ["TEST", "AI", "HUMAN", 2], ["TEST", "HUMAN", "HUMAN", 5], ["VALIDATION", "AI", "AI", 4]] as const) {
      const result = await cell(reviewer, run.runId, split, actual, predicted);
      expect(result.errors).toBeUndefined();
      const found = result.data!.confusionCellPaintings;
      const ids = expected((p) => p.split === split && p.actualKey === actual && p.predictedKey === predicted);
      expect(ids).toHaveLength(count);
      expect(found.paintings.map((p) => p.painting.id).sort()).toEqual(ids);
      expect(found).toMatchObject({ total: count, unscored: 0, explanation: null, modelVersion: { version: 1 } });
      const confidences = found.paintings.map((p) => p.confidence);
      expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
      expect(found.paintings.every((p) => p.predictedKey === predicted && p.currentLabelKey === actual)).toBe(true);
    }
  });

  it("answers an empty cell with no paintings, and caps the list at first", async () => {
    const empty = await cell(reviewer, run.runId, "VALIDATION", "AI", "HUMAN");
    expect(empty.data!.confusionCellPaintings).toMatchObject({ total: 0, paintings: [], explanation: null });
    const capped = await cell(reviewer, run.runId, "TEST", "HUMAN", "HUMAN", 2);
    expect(capped.data!.confusionCellPaintings.total).toBe(5);
    expect(capped.data!.confusionCellPaintings.paintings.map((p) => p.painting.thumbnailUrl)).toEqual(
      capped.data!.confusionCellPaintings.paintings.map((p) => `/api/paintings/${p.painting.id}/thumbnail`));
    expect(capped.data!.confusionCellPaintings.paintings).toHaveLength(2);
  });

  it("explains an empty list when the run's model has not scored the paintings yet", async () => {
    const result = await cell(reviewer, otherRun.runId, "TEST", "HUMAN", "AI");
    const found = result.data!.confusionCellPaintings;
    expect(found.paintings).toEqual([]);
    expect(found.unscored).toBe(6); // the TEST row of HUMAN: 5 + 1
    expect(found.explanation).toMatch(/has not scored 6 paintings/);
  });

  it("refuses an unknown class key or run with a clear code", async () => {
    expect(errorCodes(await cell(reviewer, run.runId, "TEST", "CAT", "AI"))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await cell(reviewer, "no-such-run", "TEST", "HUMAN", "AI"))).toEqual(["run/not_found"]);
  });
});

describe("sendPaintingsToReview", () => {
  it("queues a contradicted painting as MODEL_DISAGREES and an agreed one as a SPOT_CHECK", async () => {
    const wrong = run.paintings.find((p) => p.split === "TEST" && p.actualKey === "HUMAN" && p.predictedKey === "AI")!;
    const right = run.paintings.find((p) => p.split === "TEST" && p.actualKey === "AI" && p.predictedKey === "AI")!;
    const result = await execute(manager, SEND, { projectId, ids: [wrong.id, right.id, wrong.id] });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ sendPaintingsToReview: { queued: 2, modelDisagrees: 1, spotChecks: 1 } });
    const entries = await db.reviewQueueEntry.findMany({ where: { projectId, status: "OPEN" }, orderBy: { priority: "desc" } });
    expect(entries.map((e) => [e.paintingId, e.reason, e.modelVersionId])).toEqual([
      [wrong.id, "MODEL_DISAGREES", run.modelVersionId], [right.id, "SPOT_CHECK", run.modelVersionId],
    ]);
    const audit = await db.auditLog.findFirst({ where: { action: "review.send_from_report", actorId: manager.id } });
    expect(audit?.entityId).toBe(projectId);
    const after = await cell(reviewer, run.runId, "TEST", "HUMAN", "AI");
    expect(after.data!.confusionCellPaintings.paintings[0]!.inReview).toBe(true);
  });

  it("refuses ids from another project and writes nothing", async () => {
    const before = await db.reviewQueueEntry.count();
    const mine = run.paintings.find((p) => p.split === "TRAIN")!.id;
    const theirs = otherRun.paintings[0]!.id;
    const result = await execute(manager, SEND, { projectId, ids: [mine, theirs] });
    expect(errorCodes(result)).toEqual(["painting/not_found"]);
    expect(result.errors![0]!.message).toMatch(/1 of the paintings are not in this project/);
    expect(await db.reviewQueueEntry.count()).toBe(before);
    expect(errorCodes(await execute(manager, SEND, { projectId, ids: [] }))).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("reports by role", () => {
  const RUN = `query($id: ID!) { trainingRun(id: $id) { status crossValidation { folds accuracyMean accuracyStd } warnings { code severity epoch }
    evaluations { split fold accuracy accuracyInterval { lower upper } } snapshot { itemCount splitCounts } } }`;

  it("lets a reviewer read a report with its fold summary and warnings", async () => {
    const result = await execute<{ trainingRun: { crossValidation: { folds: number; accuracyMean: number; accuracyStd: number }; warnings: { code: string; severity: string; epoch: number }[];
      evaluations: { split: string; fold: number | null; accuracy: number; accuracyInterval: { lower: number; upper: number } }[]; snapshot: { itemCount: number; splitCounts: unknown } } }>(reviewer, RUN, { id: otherRun.runId });
    expect(result.errors).toBeUndefined();
    const report = result.data!.trainingRun;
    // Folds hold out 6/8 and 8/8 right: mean 0.875, sample sd sqrt(2 * 0.125^2 / 1) = 0.1767767.
    expect(report.crossValidation.folds).toBe(2);
    expect(report.crossValidation.accuracyMean).toBeCloseTo(0.875, 10);
    expect(report.crossValidation.accuracyStd).toBeCloseTo(0.1767767, 6);
    expect(report.warnings).toContainEqual({ code: "epoch/short", severity: "error", epoch: 2 });
    expect(report.snapshot).toEqual({ itemCount: 31, splitCounts: { TRAIN: 12, VALIDATION: 8, TEST: 11 } });
    const test = report.evaluations.find((e) => e.split === "TEST" && e.fold === null)!;
    expect(test.accuracy).toBeCloseTo(8 / 11, 12);
    expect(test.accuracyInterval.lower).toBeLessThan(test.accuracy);
    expect(test.accuracyInterval.upper).toBeGreaterThan(test.accuracy);
  });

  it("refuses a reviewer every manager action, and an annotator the runs list", async () => {
    const start = await execute(reviewer, `mutation($p: ID!) { startTrainingRun(input: { projectId: $p }) { id } }`, { p: projectId });
    const cancel = await execute(reviewer, `mutation($id: ID!) { cancelTrainingRun(id: $id) { id } }`, { id: run.runId });
    const send = await execute(reviewer, SEND, { projectId, ids: [run.paintings[0]!.id] });
    const score = await execute(reviewer, `mutation($p: ID!) { scorePaintings(projectId: $p) { id } }`, { p: projectId });
    for (const result of [start, cancel, send, score]) {
      expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
      expect(result.data).toBeNull();
    }
    const list = await execute(annotator, `query($p: ID!) { trainingRuns(projectId: $p) { id } }`, { p: projectId });
    expect(errorCodes(list)).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await cell(annotator, run.runId, "TEST", "HUMAN", "AI"))).toEqual(["FORBIDDEN"]);
    expect(await db.trainingRun.count()).toBe(2);
  });

  it("offers the start form its presets, defaults and bounds", async () => {
    const result = await execute<{ trainingOptions: { presets: { name: string; description: string }[]; defaults: { epochs: number }; limits: { field: string; min: number; max: number }[] } }>(
      reviewer, `{ trainingOptions { presets { name description } defaults { epochs } limits { field min max } } }`);
    expect(result.data!.trainingOptions.presets.map((p) => p.name)).toEqual(["tiny", "small", "full"]);
    expect(result.data!.trainingOptions.presets[2]!.description).toMatch(/224/);
    expect(result.data!.trainingOptions.defaults.epochs).toBe(PRESET_TRAINING.tiny.epochs);
    expect(result.data!.trainingOptions.limits).toContainEqual({ field: "epochs", min: 1, max: 200 });
  });
});

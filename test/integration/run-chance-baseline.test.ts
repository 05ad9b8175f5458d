// Baselines everywhere (issues #9, #13.5): stored runs with known confusion matrices, read back
// through the real GraphQL server and the report export, must show the majority-class baseline
// beside accuracy and flag a run that is not better than chance.
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/server/auth/viewer";
import { exportRunReport } from "@/server/http/export-run-report";
import { createProject } from "@/server/services/projects/create-project";
import { COLLAPSED_TEST, seedFinishedRun } from "@/test/fixtures/finished-run";
import { createTestUser, resetDatabase, testDb } from "./helpers/database";
import { addEveryWorker } from "./helpers/project-members";
import { asViewer, execute } from "./helpers/graphql";

const RUN = `query($id: ID!) { trainingRun(id: $id) { notBetterThanChance warnings { code severity message }
  evaluations { split fold sampleCount accuracy majorityClassRate majorityClassKey collapsedToClassKey notBetterThanChance rocAuc rocAucInterval { lower upper } } } }`;
type Evaluation = { split: string; fold: number | null; sampleCount: number; accuracy: number; majorityClassRate: number; majorityClassKey: string;
  collapsedToClassKey: string | null; notBetterThanChance: boolean; rocAuc: number | null; rocAucInterval: { lower: number; upper: number } | null };
type Run = { notBetterThanChance: boolean; warnings: { code: string; severity: string; message: string }[]; evaluations: Evaluation[] };

const db = testDb();
let reviewer: Viewer;
let collapsedProjectId: string;
let collapsed: Awaited<ReturnType<typeof seedFinishedRun>>, good: Awaited<ReturnType<typeof seedFinishedRun>>, noTest: Awaited<ReturnType<typeof seedFinishedRun>>;

beforeAll(async () => {
  await resetDatabase();
  reviewer = asViewer(await createTestUser(db, "REVIEWER"));
  const manager = await createTestUser(db, "MANAGER");
  const project = async (name: string) => {
    const { id } = await createProject(db, manager.id, { name });
    await addEveryWorker(db, id);
    return id;
  };
  collapsedProjectId = await project("Collapsed");
  collapsed = await seedFinishedRun(db, { projectId: collapsedProjectId, tag: "c", matrices: { TEST: COLLAPSED_TEST } });
  good = await seedFinishedRun(db, { projectId: await project("Good"), tag: "g", matrices: { TEST: [[30, 2], [2, 30]] } });
  // Judged on validation: no test report, and every validation prediction HUMAN.
  noTest = await seedFinishedRun(db, { projectId: await project("No test"), tag: "v", matrices: { VALIDATION: [[4, 0], [4, 0]] } });
  await db.evaluationReport.deleteMany({ where: { runId: noTest.runId, split: "TEST" } });
});

const readRun = async (id: string) => {
  const result = await execute<{ trainingRun: Run }>(reviewer, RUN, { id });
  expect(result.errors).toBeUndefined();
  return result.data!.trainingRun;
};
const finalTest = (run: { evaluations: Evaluation[] }) => run.evaluations.find((e) => e.split === "TEST" && e.fold === null)!;

describe("a run whose test predictions are all one class", () => {
  it("is flagged in GraphQL, the verdict first, with the baseline beside its accuracy", async () => {
    const run = await readRun(collapsed.runId);
    expect(run.notBetterThanChance).toBe(true);
    expect(run.warnings.slice(0, 2).map((w) => [w.code, w.severity])).toEqual([
      ["model/not_better_than_chance", "error"], ["model/collapsed_to_one_class", "error"],
    ]);
    // 6 of 11 right, and 6 of 11 are HUMAN: Wilson 95% 28.0%-78.7% against a 54.5% baseline.
    expect(run.warnings[0]!.message).toContain("Test accuracy 54.5% (n = 11, 95% CI 28.0%–78.7%) does not clear the majority-class baseline 54.5% (always HUMAN)");
    expect(run.warnings[1]!.message).toBe("All 11 test predictions are HUMAN: the model answers one class whatever the painting.");
    const test = finalTest(run);
    expect(test).toMatchObject({ sampleCount: 11, majorityClassKey: "HUMAN", collapsedToClassKey: "HUMAN", notBetterThanChance: true });
    expect(test.accuracy).toBeCloseTo(6 / 11, 12);
    expect(test.majorityClassRate).toBeCloseTo(6 / 11, 12);
    expect(test.rocAucInterval!.lower).toBeLessThanOrEqual(test.rocAuc!);
    expect(test.rocAucInterval!.upper).toBeGreaterThanOrEqual(test.rocAuc!);
    const list = await execute<{ trainingRuns: { id: string; notBetterThanChance: boolean }[] }>(reviewer,
      `query($p: ID!) { trainingRuns(projectId: $p) { id notBetterThanChance } }`, { p: collapsedProjectId });
    expect(list.data!.trainingRuns).toEqual([{ id: collapsed.runId, notBetterThanChance: true }]);
  });

  it("is flagged in the JSON and CSV report exports", async () => {
    const get = (format: string) =>
      exportRunReport({ db, viewer: reviewer }, new Request(`http://app.test/api/runs/${collapsed.runId}/report?format=${format}`), collapsed.runId);
    const json = await (await get("json")).json();
    expect(json.notBetterThanChance).toBe(true);
    expect(json.warnings.slice(0, 2).map((w: { code: string }) => w.code)).toEqual(["model/not_better_than_chance", "model/collapsed_to_one_class"]);
    expect(finalTest(json)).toMatchObject({ majorityClassRate: 6 / 11, majorityClassKey: "HUMAN", collapsedToClassKey: "HUMAN", notBetterThanChance: true });
    const lines = (await (await get("csv")).text()).split("\r\n");
    expect(lines).toContain("run,,,,,,,notBetterThanChance,true");
    expect(lines).toContain(`evaluation,TEST,final,,,,,majorityClassRate,${6 / 11}`);
    expect(lines).toContain("evaluation,TEST,final,,,,,collapsedToClassKey,HUMAN");
    expect(lines.some((line) => line.startsWith("warning:error,,,,,,,model/not_better_than_chance,"))).toBe(true);
    expect(lines).toContain("warning:error,,,,,,,model/collapsed_to_one_class,All 11 test predictions are HUMAN: the model answers one class whatever the painting.");
  });

  it("gives the rounds table the fixed test set's n, interval and baseline", async () => {
    await db.activeLearningRound.create({ data: { projectId: collapsedProjectId, modelVersionId: collapsed.modelVersionId, strategy: "ENTROPY", threshold: 0.3,
      status: "SUCCEEDED", progress: 1, scored: 31, testAccuracy: 6 / 11 } });
    const result = await execute<{ activeLearningRounds: { testFigures: { sampleCount: number; majorityClassRate: number; majorityClassKey: string; accuracyInterval: { lower: number; upper: number } } }[] }>(
      reviewer, `query($p: ID!) { activeLearningRounds(projectId: $p) { testFigures { sampleCount majorityClassRate majorityClassKey accuracyInterval { lower upper } } } }`, { p: collapsedProjectId });
    expect(result.errors).toBeUndefined();
    const figures = result.data!.activeLearningRounds[0]!.testFigures;
    expect(figures).toMatchObject({ sampleCount: 11, majorityClassKey: "HUMAN" });
    expect(figures.majorityClassRate).toBeCloseTo(6 / 11, 12);
    expect(figures.accuracyInterval.lower).toBeCloseTo(0.280088, 5);
    expect(figures.accuracyInterval.upper).toBeCloseTo(0.78729, 5);
  });
});

describe("runs that beat chance, and runs judged on validation", () => {
  it("does not flag a run whose test accuracy and AUC clear chance", async () => {
    const run = await readRun(good.runId);
    expect(run.notBetterThanChance).toBe(false);
    expect(run.warnings.filter((w) => w.code.startsWith("model/"))).toEqual([]);
    // 60 of 64 right (Wilson lower 85.0%) against a 50% baseline (a tie, so the first class).
    const test = finalTest(run);
    expect(test).toMatchObject({ sampleCount: 64, majorityClassRate: 0.5, majorityClassKey: "HUMAN", collapsedToClassKey: null, notBetterThanChance: false });
    expect(test.rocAucInterval!.lower).toBeGreaterThan(0.5);
  });

  it("judges a run without a test report on its validation split", async () => {
    const run = await readRun(noTest.runId);
    expect(run.evaluations.some((e) => e.split === "TEST")).toBe(false);
    expect(run.notBetterThanChance).toBe(true);
    expect(run.warnings.map((w) => w.code)).toContain("model/collapsed_to_one_class");
    expect(run.warnings.find((w) => w.code === "model/collapsed_to_one_class")!.message).toBe(
      "All 8 validation predictions are HUMAN: the model answers one class whatever the painting.");
  });
});

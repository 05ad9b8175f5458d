// The report and dataset export handlers, called with real Requests and a real database (the
// Next.js wiring is covered by the e2e spec).
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/server/auth/viewer";
import { exportDataset } from "@/server/http/export-dataset";
import { exportRunReport } from "@/server/http/export-run-report";
import { createProject } from "@/server/services/projects/create-project";
import { seedFinishedRun } from "@/test/fixtures/finished-run";
import { createTestUser, resetDatabase, testDb } from "./helpers/database";
import { addEveryWorker } from "./helpers/project-members";
import { asViewer } from "./helpers/graphql";

const db = testDb();
let annotator: Viewer, reviewer: Viewer, manager: Viewer;
let projectId: string, emptyProjectId: string;
let run: Awaited<ReturnType<typeof seedFinishedRun>>;

beforeAll(async () => {
  await resetDatabase();
  annotator = asViewer(await createTestUser(db, "ANNOTATOR"));
  reviewer = asViewer(await createTestUser(db, "REVIEWER"));
  manager = asViewer(await createTestUser(db, "MANAGER"));
  projectId = (await createProject(db, manager.id, { name: "Exports" })).id;
  emptyProjectId = (await createProject(db, manager.id, { name: "Never trained" })).id;
  for (const id of [projectId, emptyProjectId]) await addEveryWorker(db, id);
  run = await seedFinishedRun(db, { projectId, tag: "x", folds: true });
  // A file name a spreadsheet would run as a formula, and one that needs quoting.
  await db.painting.update({ where: { id: run.paintings[0]!.id }, data: { originalName: "=HYPERLINK(\"http://x\",\"y\").jpg" } });
  await db.painting.update({ where: { id: run.paintings[1]!.id }, data: { originalName: "a, b.jpg" } });
});

const get = (path: string) => new Request(`http://app.test${path}`);
const errorOf = async (response: Response) => [response.status, (await response.json()).error.code];

describe("GET /api/runs/:id/report", () => {
  const report = (viewer: Viewer | null, runId: string, query = "") => exportRunReport({ db, viewer }, get(`/api/runs/${runId}/report${query}`), runId);

  it("refuses visitors, annotators, unknown runs and unknown formats", async () => {
    expect(await errorOf(await report(null, run.runId))).toEqual([401, "UNAUTHENTICATED"]);
    expect(await errorOf(await report(annotator, run.runId))).toEqual([403, "FORBIDDEN"]);
    expect(await errorOf(await report(reviewer, "nope"))).toEqual([404, "run/not_found"]);
    expect(await errorOf(await report(reviewer, run.runId, "?format=xlsx"))).toEqual([400, "BAD_USER_INPUT"]);
  });

  it("gives a reviewer the whole report as JSON", async () => {
    const response = await report(reviewer, run.runId);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="run-${run.runId}-report.json"`);
    const body = await response.json();
    const test = body.evaluations.find((e: { split: string; fold: number | null }) => e.split === "TEST" && e.fold === null);
    expect(test.confusionMatrix).toEqual([[5, 1], [2, 3]]);
    expect(test.accuracyInterval.lower).toBeGreaterThan(0);
    // The baseline beside the accuracy: 6 of the 11 are HUMAN. 8/11 right has a Wilson lower bound
    // of 43.4%, under that 54.5%, so 11 test paintings cannot show this model beats chance.
    expect(test).toMatchObject({ majorityClassRate: 6 / 11, majorityClassKey: "HUMAN", collapsedToClassKey: null, notBetterThanChance: true });
    expect(test.rocAucInterval.lower).toBeLessThanOrEqual(0.5);
    expect(body.notBetterThanChance).toBe(true);
    expect(body.warnings[0].code).toBe("model/not_better_than_chance");
    expect(body.snapshot.splitCounts).toEqual({ TRAIN: 12, VALIDATION: 8, TEST: 11 });
    expect(body.epochs.filter((e: { fold: number | null }) => e.fold === null).map((e: { samplesSeen: number }) => e.samplesSeen)).toEqual([12, 12, 12]);
    expect(body.crossValidation.folds).toBe(2);
    // Both folds hold 4 of each class: the mean accuracy stands beside a 50% baseline.
    expect(body.crossValidation.majorityClassRateMean).toBe(0.5);
  });

  it("flattens the report into one long CSV table", async () => {
    const response = await report(reviewer, run.runId, "?format=csv");
    expect(response.headers.get("content-type")).toMatch(/text\/csv/);
    const lines = (await response.text()).split("\r\n");
    expect(lines[0]).toBe("section,split,fold,epoch,class,predicted,bin,metric,value");
    expect(lines).toContain("confusion,TEST,final,,AI,HUMAN,,count,2");
    expect(lines).toContain("epoch,,final,2,,,,samplesSeen,12");
    expect(lines).toContain("epoch,,final,2,,,,expectedSamples,12");
    expect(lines).toContain("evaluation,TEST,final,,HUMAN,,,support,6");
    expect(lines).toContain(`evaluation,TEST,final,,,,,majorityClassRate,${6 / 11}`);
    expect(lines).toContain("evaluation,TEST,final,,,,,majorityClassKey,HUMAN");
    const aucBounds = ["rocAucLower95", "rocAucUpper95"].map((metric) => Number(lines.find((line) => line.startsWith(`evaluation,TEST,final,,,,,${metric},`))?.split(",")[8]));
    expect(aucBounds[0]).toBeLessThan(aucBounds[1]!);
    expect(lines).toContain("snapshot,TEST,,,,,,items,11");
    expect(lines).toContain("config,,,,,,,freeze,all-conv");
  });
});

describe("GET /api/projects/:id/dataset", () => {
  const dataset = (viewer: Viewer | null, id: string, query = "") => exportDataset({ db, viewer }, get(`/api/projects/${id}/dataset${query}`), id);

  it("is for managers only", async () => {
    expect(await errorOf(await dataset(null, projectId))).toEqual([401, "UNAUTHENTICATED"]);
    expect(await errorOf(await dataset(reviewer, projectId))).toEqual([403, "FORBIDDEN"]);
    expect(await errorOf(await dataset(manager, "nope"))).toEqual([404, "project/not_found"]);
  });

  it("writes every approved painting with label, split and hashes as CSV, neutralising formulas", async () => {
    const response = await dataset(manager, projectId, "?format=csv");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="dataset-exports.csv"');
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe("paintingId,originalName,label,split,sha256,phash,approvedAt");
    expect(lines).toHaveLength(1 + run.paintings.length);
    const first = run.paintings[0]!;
    const painting = await db.painting.findUniqueOrThrow({ where: { id: first.id } });
    expect(lines).toContain(`${first.id},"'=HYPERLINK(""http://x"",""y"").jpg",${first.actualKey},${first.split},${painting.sha256},${painting.phash},${painting.approvedAt!.toISOString()}`);
    expect(lines.find((line) => line.startsWith(`${run.paintings[1]!.id},`))).toContain(',"a, b.jpg",');
  });

  it("streams JSON with the snapshot, and no splits for a project that never trained", async () => {
    const body = await (await dataset(manager, projectId, "?format=json")).json();
    expect(body.snapshot.id).toBe(run.snapshotId);
    expect(body.items).toHaveLength(run.paintings.length);
    const splits = body.items.reduce((acc: Record<string, number>, item: { split: string }) => ({ ...acc, [item.split]: (acc[item.split] ?? 0) + 1 }), {});
    expect(splits).toEqual({ TRAIN: 12, VALIDATION: 8, TEST: 11 });
    // An approved painting in a project with no snapshot yet.
    // fileFeatures left out: a JSON column reads back as null but is written as Prisma.DbNull.
    const { fileFeatures: _features, ...template } = await db.painting.findUniqueOrThrow({ where: { id: run.paintings[0]!.id } });
    const ai = await db.labelClass.findFirstOrThrow({ where: { projectId: emptyProjectId, key: "AI" } });
    await db.painting.create({ data: { ...template, id: "late", projectId: emptyProjectId, sha256: "late", approvedLabelId: ai.id } });
    const empty = await (await dataset(manager, emptyProjectId, "?format=json")).json();
    expect(empty.snapshot).toBeNull();
    expect(empty.items).toEqual([expect.objectContaining({ paintingId: "late", label: "AI", split: null })]);
  });
});

// External evaluation sets (issue 13): imported with their true label from the command line and
// the upload route, never approved, never in a snapshot or the dataset export, never served to
// annotators unless the set is opened to them, and managed through GraphQL by managers only.
// Scoring runs on them is in evaluation-set-scoring.test.ts.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/server/auth/viewer";
import { UPLOAD_GUARD_HEADER, uploadPaintings } from "@/server/http/upload-paintings";
import { listApprovedDataset } from "@/server/services/datasets/list-approved-dataset";
import { findOrCreateEvaluationSet } from "@/server/services/evaluation-sets/find-or-create-evaluation-set";
import { claimNextPainting } from "@/server/services/labeling/claim-next-painting";
import { labelingProgress } from "@/server/services/labeling/labeling-progress";
import { ImportUsageError } from "@/scripts/lib/import/import-usage-error";
import { formatImportSummary } from "@/scripts/lib/import/print-import-summary";
import { runImport } from "@/scripts/lib/import/run-import";
import { runWarnings } from "@/server/services/runs/run-warnings";
import { snapshotDataset } from "@/worker/data/snapshot-dataset";
import { createTestUser, resetDatabase, testDb } from "./helpers/database";
import { asViewer, errorCodes, execute } from "./helpers/graphql";
import { labelingProject, seedPaintings } from "./helpers/labeling-scenario";
import { patternJpeg, patternPng, tempStorage, type CountingStorage } from "./helpers/painting-files";

const db = testDb();
let storage: CountingStorage;
let work: string;
let annotator: Viewer, reviewer: Viewer, manager: Viewer;
let project: Awaited<ReturnType<typeof labelingProject>>;
let setId: string;

beforeAll(async () => {
  await resetDatabase();
  storage = tempStorage();
  work = fs.mkdtempSync(path.join(os.tmpdir(), "provenance-evalsets-"));
  annotator = asViewer(await createTestUser(db, "ANNOTATOR"));
  reviewer = asViewer(await createTestUser(db, "REVIEWER"));
  manager = asViewer(await createTestUser(db, "MANAGER"));
  project = await labelingProject(db, { labelsPerItem: 1 });
  // Approved training paintings, two per class: the pool a snapshot may take.
  await seedPaintings(db, project.id, 2, { status: "APPROVED", approvedLabelId: project.humanId, approvedAt: new Date() });
  await seedPaintings(db, project.id, 2, { status: "APPROVED", approvedLabelId: project.aiId, approvedAt: new Date() });
  const folder = (name: string) => fs.mkdirSync(path.join(work, name), { recursive: true });
  folder("dalle/human");
  folder("dalle/ai");
  folder("unsorted");
  for (let i = 0; i < 3; i++) {
    fs.writeFileSync(path.join(work, "dalle/human", `h${i}.jpg`), await patternJpeg(900 + i));
    fs.writeFileSync(path.join(work, "dalle/ai", `a${i}.png`), await patternPng(950 + i));
  }
  fs.writeFileSync(path.join(work, "unsorted", "x.jpg"), await patternJpeg(990));
});
afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
  fs.rmSync(storage.root, { recursive: true, force: true });
});

const SET_FIELDS = "id name openToAnnotators paintingCount classCounts { classKey count }";

describe("npm run import -- <folder> --evaluation-set <name>", () => {
  it("refuses files without a true label before importing anything", async () => {
    const attempt = runImport(db, storage, { path: path.join(work, "unsorted"), project: project.slug, evaluationSet: "DALL-E 3" });
    await expect(attempt).rejects.toBeInstanceOf(ImportUsageError);
    await expect(attempt).rejects.toThrow(/needs the true label of every file/);
    expect(await db.painting.count({ where: { projectId: project.id } })).toBe(4);
    expect(await db.evaluationSet.count({ where: { projectId: project.id } })).toBe(0);
  });

  it("imports labeled files into a new set: unlabeled and unapproved, the folder's label kept as truth", async () => {
    const summary = await runImport(db, storage, { path: path.join(work, "dalle"), project: project.slug, evaluationSet: "DALL-E 3" });
    expect(summary).toMatchObject({ created: 6, failed: 0, evaluationSet: { name: "DALL-E 3", created: true } });
    setId = summary.evaluationSet!.id;
    const rows = await db.painting.findMany({ where: { evaluationSetId: setId }, include: { evaluationLabel: true } });
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      expect([row.status, row.approvedLabelId, row.isGold]).toEqual(["UNLABELED", null, false]);
      expect(row.evaluationLabel?.key).toBe(row.originalName.startsWith("h") ? "HUMAN" : "AI");
    }
    const audit = await db.auditLog.count({ where: { action: "painting.import_evaluation", entityId: { in: rows.map((r) => r.id) } } });
    expect(audit).toBe(6);
    // Running it again changes nothing and finds the same set.
    const again = await runImport(db, storage, { path: path.join(work, "dalle"), project: project.slug, evaluationSet: "DALL-E 3" });
    expect(again).toMatchObject({ created: 0, duplicate: 6, evaluationSet: { id: setId, created: false, outsideSet: 0 } });
  });

  it("says so when a file is already in the project outside the set, and leaves it there", async () => {
    const outside = path.join(work, "outside");
    fs.mkdirSync(path.join(outside, "ai"), { recursive: true });
    fs.copyFileSync(path.join(work, "unsorted", "x.jpg"), path.join(outside, "ai", "x.jpg"));
    const ordinary = await runImport(db, storage, { path: path.join(work, "unsorted"), project: project.slug });
    const summary = await runImport(db, storage, { path: outside, project: project.slug, evaluationSet: "DALL-E 3" });
    expect(summary).toMatchObject({ duplicate: 1, evaluationSet: { outsideSet: 1 } });
    expect(formatImportSummary(summary, outside)).toMatch(/1 duplicate\(s\) were already in the project outside this set/);
    const paintingId = ordinary.results[0]!.status === "created" ? ordinary.results[0]!.paintingId : "";
    expect((await db.painting.findUniqueOrThrow({ where: { id: paintingId } })).evaluationSetId).toBeNull();
    await db.painting.delete({ where: { id: paintingId } });
  });
});

describe("kept out of training data", () => {
  it("leaves evaluation paintings out of snapshots and the dataset export, even once people approved them", async () => {
    // What annotators' consensus on a set opened to them would do to a painting.
    const approvedByPeople = await db.painting.findFirstOrThrow({ where: { evaluationSetId: setId } });
    await db.painting.update({ where: { id: approvedByPeople.id }, data: { status: "APPROVED", approvedLabelId: project.humanId, approvedAt: new Date() } });
    const snapshot = await snapshotDataset(db, { projectId: project.id, seed: 1, kFolds: null });
    const items = await db.datasetItem.findMany({ where: { snapshotId: snapshot.id } });
    expect(snapshot.itemCount).toBe(4);
    expect(items.map((item) => item.paintingId)).not.toContain(approvedByPeople.id);
    const exported = [];
    for await (const page of listApprovedDataset(db, project.id, snapshot.id)) exported.push(...page);
    expect(exported.map((row) => row.paintingId).sort()).toEqual(items.map((item) => item.paintingId).sort());
    await db.painting.update({ where: { id: approvedByPeople.id }, data: { status: "UNLABELED", approvedLabelId: null, approvedAt: null } });
  });

  it("warns when an evaluation painting is a near-duplicate of a painting in the run's snapshot", async () => {
    const snapshot = await snapshotDataset(db, { projectId: project.id, seed: 2, kFolds: null });
    const run = await db.trainingRun.create({ data: { projectId: project.id, config: {}, preset: "tiny", seed: 2, status: "SUCCEEDED", snapshotId: snapshot.id } });
    await db.epochMetric.create({
      data: { runId: run.id, epoch: 1, trainLoss: 0.6, trainAccuracy: 0.6, wallSeconds: 1, samplesSeen: 3, expectedSamples: 3, imagesPerSecond: 3, learningRate: 0.001 },
    });
    const matrix = [[2, 1], [1, 2]];
    await db.evaluationSetReport.create({
      data: { runId: run.id, evaluationSetId: setId, setName: "DALL-E 3", sampleCount: 6, classKeys: ["HUMAN", "AI"], confusionMatrix: matrix, perClass: [], accuracy: 4 / 6, macroF1: 4 / 6 },
    });
    const leaks = async () => (await runWarnings(db, run.id)).filter((w) => w.code === "evaluation_set/duplicate_leak");
    expect(await leaks()).toEqual([]);
    const twin = await db.painting.findFirstOrThrow({ where: { evaluationSetId: setId } });
    const trained = await db.datasetItem.findFirstOrThrow({ where: { snapshotId: snapshot.id } });
    await db.nearDuplicate.create({ data: { paintingAId: trained.paintingId, paintingBId: twin.id, distance: 3 } });
    expect((await leaks()).map((w) => w.message)).toEqual([expect.stringMatching(/^1 painting\(s\) of evaluation set "DALL-E 3" are near-duplicates/)]);
    await db.nearDuplicate.deleteMany({ where: { paintingBId: twin.id } });
    await db.trainingRun.delete({ where: { id: run.id } });
  });
});

describe("the labeling queue", () => {
  it("serves no evaluation painting while the set is closed, and serves them once a manager opens it", async () => {
    const progressBefore = await labelingProgress(db, { projectId: project.id, userId: annotator.id });
    expect(progressBefore.remaining).toBe(0);
    expect(await claimNextPainting(db, { projectId: project.id, userId: annotator.id, random: () => 1 })).toBeNull();

    const opened = await execute<{ updateEvaluationSet: { openToAnnotators: boolean } }>(manager,
      `mutation($input: UpdateEvaluationSetInput!) { updateEvaluationSet(input: $input) { ${SET_FIELDS} } }`,
      { input: { id: setId, openToAnnotators: true } });
    expect(opened.errors).toBeUndefined();
    expect(opened.data?.updateEvaluationSet.openToAnnotators).toBe(true);
    const claim = await claimNextPainting(db, { projectId: project.id, userId: annotator.id, random: () => 1 });
    expect(claim?.painting.evaluationSetId).toBe(setId);
    expect((await labelingProgress(db, { projectId: project.id, userId: annotator.id })).remaining).toBe(6);

    await db.itemClaim.deleteMany({ where: { userId: annotator.id } });
    await execute(manager, `mutation($input: UpdateEvaluationSetInput!) { updateEvaluationSet(input: $input) { id } }`,
      { input: { id: setId, openToAnnotators: false } });
    expect(await claimNextPainting(db, { projectId: project.id, userId: annotator.id, random: () => 1 })).toBeNull();
  });

  it("still serves ordinary paintings beside a closed set", async () => {
    const [ordinary] = await seedPaintings(db, project.id, 1);
    const claim = await claimNextPainting(db, { projectId: project.id, userId: annotator.id, random: () => 1 });
    expect(claim?.painting.id).toBe(ordinary);
    await db.painting.delete({ where: { id: ordinary } });
  });
});

describe("GraphQL", () => {
  const list = (viewer: Viewer) => execute<{ project: { evaluationSets: { name: string; paintingCount: number; classCounts: unknown }[] } }>(viewer,
    `query($id: ID!) { project(id: $id) { id evaluationSets { ${SET_FIELDS} } } }`, { id: project.id });
  const create = (viewer: Viewer, name: string) => execute<{ createEvaluationSet: { id: string; name: string } }>(viewer,
    `mutation($input: CreateEvaluationSetInput!) { createEvaluationSet(input: $input) { ${SET_FIELDS} } }`, { input: { projectId: project.id, name } });

  it("lists a project's sets with their class counts for reviewers, not for annotators", async () => {
    expect(errorCodes(await list(annotator))).toEqual(["FORBIDDEN"]);
    const result = await list(reviewer);
    expect(result.errors).toBeUndefined();
    expect(result.data?.project.evaluationSets).toEqual([{
      id: setId, name: "DALL-E 3", openToAnnotators: false, paintingCount: 6,
      classCounts: [{ classKey: "HUMAN", count: 3 }, { classKey: "AI", count: 3 }],
    }]);
  });

  it("lets managers create, rename and delete sets; reviewers and annotators are refused, names stay unique", async () => {
    expect(errorCodes(await create(reviewer, "Midjourney"))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await create(annotator, "Midjourney"))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await create(manager, " DALL-E 3 "))).toEqual(["evaluation_set/name_taken"]);
    expect(errorCodes(await create(manager, "   "))).toEqual(["BAD_USER_INPUT"]);
    const created = await create(manager, "Midjourney");
    expect(created.errors).toBeUndefined();
    const id = created.data!.createEvaluationSet.id;

    const rename = (viewer: Viewer, name: string) => execute<{ updateEvaluationSet: { name: string } }>(viewer,
      `mutation($input: UpdateEvaluationSetInput!) { updateEvaluationSet(input: $input) { name } }`, { input: { id, name } });
    expect(errorCodes(await rename(reviewer, "MJ v6"))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await rename(manager, "DALL-E 3"))).toEqual(["evaluation_set/name_taken"]);
    expect((await rename(manager, "MJ v6")).data?.updateEvaluationSet.name).toBe("MJ v6");
    expect(errorCodes(await execute(manager, `mutation { updateEvaluationSet(input: { id: "nope", name: "x" }) { id } }`))).toEqual(["evaluation_set/not_found"]);

    const remove = (viewer: Viewer) => execute<{ deleteEvaluationSet: { name: string; releasedPaintings: number } }>(viewer,
      `mutation($id: ID!) { deleteEvaluationSet(id: $id) { id name releasedPaintings } }`, { id });
    expect(errorCodes(await remove(reviewer))).toEqual(["FORBIDDEN"]);
    expect((await remove(manager)).data?.deleteEvaluationSet).toEqual({ id, name: "MJ v6", releasedPaintings: 0 });
    expect(await db.evaluationSet.count({ where: { id } })).toBe(0);
  });
});

describe("naming a new set from several imports at once", () => {
  it("creates it once; every import gets the same set", async () => {
    const found = await Promise.all(Array.from({ length: 6 }, () => findOrCreateEvaluationSet(db, manager.id, { projectId: project.id, name: "Raced" })));
    expect(new Set(found.map((f) => f.set.id)).size).toBe(1);
    expect(found.filter((f) => f.created)).toHaveLength(1);
    expect(await db.evaluationSet.count({ where: { projectId: project.id, name: "Raced" } })).toBe(1);
  });
});

describe("POST /api/projects/:id/uploads with an evaluation set", () => {
  function uploadRequest(files: [string, Buffer][], fields: Record<string, string>) {
    const form = new FormData();
    for (const [name, bytes] of files) form.append("files", new Blob([new Uint8Array(bytes)]), name);
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    return new Request("http://app.test/api/projects/x/uploads", { method: "POST", body: form, headers: { [UPLOAD_GUARD_HEADER]: "1" } });
  }
  const upload = async (viewer: Viewer, request: Request) => {
    const response = await uploadPaintings({ db, storage, viewer }, request, project.id);
    return { status: response.status, body: await response.json() };
  };

  it("puts a manager's files in the named set with the chosen label as truth, creating it when new", async () => {
    const { status, body } = await upload(manager, uploadRequest([["sd.jpg", await patternJpeg(1201)]], { label: "AI", evaluationSet: "Stable Diffusion" }));
    expect(status).toBe(200);
    expect(body.summary.created).toBe(1);
    const painting = await db.painting.findUniqueOrThrow({ where: { id: body.results[0].paintingId }, include: { evaluationSet: true, evaluationLabel: true } });
    expect([painting.evaluationSet?.name, painting.evaluationLabel?.key, painting.status, painting.approvedLabelId]).toEqual(["Stable Diffusion", "AI", "UNLABELED", null]);
    expect(body.evaluationSet).toEqual({ id: painting.evaluationSetId, name: "Stable Diffusion" });
  });

  it("refuses annotators, a set without a label, and gold with a set, importing nothing", async () => {
    const before = await db.painting.count({ where: { projectId: project.id } });
    const file: [string, Buffer] = ["x.jpg", await patternJpeg(1301)];
    expect(await upload(annotator, uploadRequest([file], { evaluationSet: "Stable Diffusion", label: "AI" }))).toMatchObject({ status: 403, body: { error: { code: "FORBIDDEN" } } });
    expect(await upload(manager, uploadRequest([file], { evaluationSet: "Stable Diffusion" }))).toMatchObject({ status: 400, body: { error: { code: "evaluation_set/label_required" } } });
    expect(await upload(manager, uploadRequest([file], { evaluationSet: "Stable Diffusion", label: "AI", gold: "true" }))).toMatchObject({ status: 400, body: { error: { code: "BAD_USER_INPUT" } } });
    expect(await db.painting.count({ where: { projectId: project.id } })).toBe(before);
  });
});

// Every project-scoped entry point refuses annotators and reviewers who are not members of the
// project (FORBIDDEN, or nothing for lists), writes nothing for them, and lets the same call
// through for a member of the same role: the refusal is about membership, not about role.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/server/auth/viewer";
import { exportDataset } from "@/server/http/export-dataset";
import { exportRunReport } from "@/server/http/export-run-report";
import { servePaintingImage } from "@/server/http/serve-painting-image";
import { serveSaliencyMap } from "@/server/http/serve-saliency-map";
import { saliencyKey } from "@/server/storage/storage-keys";
import { UPLOAD_GUARD_HEADER, uploadPaintings } from "@/server/http/upload-paintings";
import { createTestUser, resetDatabase, testDb } from "./helpers/database";
import { asViewer, errorCodes, execute } from "./helpers/graphql";
import { addPrediction, labelingProject, seedPaintings } from "./helpers/labeling-scenario";
import { patternJpeg, tempStorage, type CountingStorage } from "./helpers/painting-files";
import { openEntry, paintingWithLabels } from "./helpers/review-scenario";

const db = testDb();
let storage: CountingStorage;
let member: Viewer, stranger: Viewer, memberReviewer: Viewer, strangerReviewer: Viewer, manager: Viewer;
let ids: { projectId: string; paintingId: string; uploadedId: string; entryId: string; runId: string; modelVersionId: string };

beforeAll(async () => {
  await resetDatabase();
  storage = tempStorage();
  [member, stranger, memberReviewer, strangerReviewer, manager] = (await Promise.all(
    (["ANNOTATOR", "ANNOTATOR", "REVIEWER", "REVIEWER", "MANAGER"] as const).map((role) => createTestUser(db, role)),
  )).map(asViewer);
  const project = await labelingProject(db, {}, { members: "none" });
  await db.projectMember.createMany({ data: [member, memberReviewer].map((u) => ({ projectId: project.id, userId: u.id })) });
  // The strangers belong to a project of their own, so they are not people without any project.
  const theirs = await labelingProject(db, {}, { members: "none" });
  await db.projectMember.createMany({ data: [stranger, strangerReviewer].map((u) => ({ projectId: theirs.id, userId: u.id })) });
  const [paintingId] = await seedPaintings(db, project.id, 1);
  const disputed = await paintingWithLabels(db, project.id, [
    { annotatorId: member.id, labelClassId: project.humanId }, { annotatorId: (await createTestUser(db, "ANNOTATOR")).id, labelClassId: project.aiId },
  ]);
  const entry = await openEntry(db, { projectId: project.id, paintingId: disputed.id, reason: "DISAGREEMENT" });
  const prediction = await addPrediction(db, { projectId: project.id, paintingId: paintingId!, predictedKey: "AI", confidence: 0.9 });
  const model = await db.modelVersion.findUniqueOrThrow({ where: { id: prediction.modelVersionId } });
  const upload = await uploadPaintings({ db, storage, viewer: manager }, uploadRequest("real.jpg", await patternJpeg(7)), project.id);
  const uploadedId = (await upload.json()).results[0].paintingId as string;
  // A saliency blob under the key the worker uses, named on the prediction (access is what is
  // tested here, not the image, so any bytes do).
  const mapKey = saliencyKey(project.id, model.id, paintingId!);
  await storage.put(mapKey, await patternJpeg(3), "image/png");
  await db.prediction.update({ where: { id: prediction.id }, data: { saliencyKey: mapKey } });
  ids = { projectId: project.id, paintingId: paintingId!, uploadedId, entryId: entry.id, runId: model.runId, modelVersionId: model.id };
});
afterAll(() => fs.rmSync(storage.root, { recursive: true, force: true }));

function uploadRequest(name: string, bytes: Buffer) {
  const form = new FormData();
  form.append("files", new Blob([new Uint8Array(bytes)]), name);
  return new Request("http://app.test/api/projects/x/uploads", { method: "POST", body: form, headers: { [UPLOAD_GUARD_HEADER]: "1" } });
}

type Operation = [name: string, query: string, variables: () => Record<string, unknown>];

const ANNOTATOR_OPERATIONS: Operation[] = [
  ["nextLabelingTask", `query($p: ID!) { nextLabelingTask(projectId: $p) { painting { id } } }`, () => ({ p: ids.projectId })],
  ["myLabelingStats", `query($p: ID!) { myLabelingStats(projectId: $p) { labeled } }`, () => ({ p: ids.projectId })],
  ["myLabelingPace", `query($p: ID!) { myLabelingPace(projectId: $p) { labels } }`, () => ({ p: ids.projectId })],
  ["paintings", `query($p: ID!) { paintings(projectId: $p) { edges { node { id } } } }`, () => ({ p: ids.projectId })],
  ["painting", `query($id: ID!) { painting(id: $id) { id } }`, () => ({ id: ids.paintingId })],
  ["submitAnnotation", `mutation($input: SubmitAnnotationInput!) { submitAnnotation(input: $input) { duplicate } }`,
    () => ({ input: { paintingId: ids.paintingId, labelKey: "AI" } })],
  ["skipPainting", `mutation($id: ID!) { skipPainting(paintingId: $id) { painting { id } } }`, () => ({ id: ids.paintingId })],
  ["undoLastAnnotation", `mutation($p: ID!) { undoLastAnnotation(projectId: $p) { undoneLabel { key } } }`, () => ({ p: ids.projectId })],
];

const REVIEWER_OPERATIONS: Operation[] = [
  ["reviewQueue", `query($p: ID!) { reviewQueue(projectId: $p) { total entries { id } } }`, () => ({ p: ids.projectId })],
  ["reviewItem", `query($e: ID!) { reviewItem(entryId: $e) { entry { id } } }`, () => ({ e: ids.entryId })],
  ["projectAgreement", `query($p: ID!) { projectAgreement(projectId: $p) { ratings } }`, () => ({ p: ids.projectId })],
  ["trainingRuns", `query($p: ID!) { trainingRuns(projectId: $p) { id } }`, () => ({ p: ids.projectId })],
  ["trainingRun", `query($id: ID!) { trainingRun(id: $id) { id } }`, () => ({ id: ids.runId })],
  ["activeLearningRounds", `query($p: ID!) { activeLearningRounds(projectId: $p) { id } }`, () => ({ p: ids.projectId })],
  ["presetAvailability", `query($p: ID!) { presetAvailability(projectId: $p) { preset } }`, () => ({ p: ids.projectId })],
  ["confusionCellPaintings", `query($r: ID!) { confusionCellPaintings(runId: $r, split: TEST, actualKey: "HUMAN", predictedKey: "AI") { total } }`,
    () => ({ r: ids.runId })],
  ["claimNextReview", `mutation($p: ID!) { claimNextReview(projectId: $p) { id } }`, () => ({ p: ids.projectId })],
  ["resolveReview", `mutation($input: ResolveReviewInput!) { resolveReview(input: $input) { closedEntries } }`,
    () => ({ input: { entryId: ids.entryId, decision: "APPROVE", finalLabelKey: "AI", reasonCode: "OTHER" } })],
  ["releaseReviewClaim", `mutation($e: ID!) { releaseReviewClaim(entryId: $e) { id } }`, () => ({ e: ids.entryId })],
];

async function writesSoFar() {
  return [await db.itemClaim.count(), await db.annotation.count(), await db.labelSkip.count(), await db.review.count(),
    await db.reviewQueueEntry.count({ where: { claimedById: { not: null } } })];
}

describe("GraphQL: a non-member gets FORBIDDEN and no data", () => {
  const cases = [
    ...ANNOTATOR_OPERATIONS.map(([name, query, variables]) => ({ name, query, variables, role: "annotator" as const })),
    ...ANNOTATOR_OPERATIONS.map(([name, query, variables]) => ({ name, query, variables, role: "reviewer" as const })),
    ...REVIEWER_OPERATIONS.map(([name, query, variables]) => ({ name, query, variables, role: "reviewer" as const })),
  ];
  it.each(cases)("$name as a $role", async ({ query, variables, role }) => {
    const before = await writesSoFar();
    const result = await execute(role === "annotator" ? stranger : strangerReviewer, query, variables());
    expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
    expect(result.data).toBeNull();
    expect(await writesSoFar()).toEqual(before);
  });

  it("lists no project of others and answers null for one asked by id", async () => {
    for (const viewer of [stranger, strangerReviewer]) {
      const list = await execute<{ projects: { id: string }[] }>(viewer, `query { projects { id } }`);
      expect(list.data!.projects.map((p) => p.id)).not.toContain(ids.projectId);
      expect(list.data!.projects).toHaveLength(1);
      expect((await execute(viewer, `query($id: ID!) { project(id: $id) { id } }`, { id: ids.projectId })).data).toEqual({ project: null });
    }
  });
});

describe("GraphQL: a member of the same role is let through", () => {
  it.each([...ANNOTATOR_OPERATIONS, ...REVIEWER_OPERATIONS].map(([name, query, variables]) => ({ name, query, variables })))(
    "$name", async ({ name, query, variables }) => {
      const viewer = ANNOTATOR_OPERATIONS.some(([op]) => op === name) ? member : memberReviewer;
      expect(errorCodes(await execute(viewer, query, variables()))).not.toContain("FORBIDDEN");
    });
});

describe("GraphQL: liveWorkers", () => {
  it("shows every worker and whether it is busy, but another project's run id only to its members and managers", async () => {
    const busyId = `worker-busy-${Date.now()}`, idleId = `worker-idle-${Date.now()}`;
    for (const [id, runId] of [[busyId, ids.runId], [idleId, null]] as const) {
      await db.$executeRaw`
        INSERT INTO "WorkerNode" ("id", "hostname", "pid", "backend", "memoryBytes", "presets", "currentRunId", "startedAt", "heartbeatAt")
        VALUES (${id}, 'gpu-box', 1, 'wasm', 1024, ARRAY['tiny'], ${runId}, now(), now())`;
    }
    const seen = async (viewer: Viewer) => {
      const result = await execute<{ liveWorkers: { id: string; busy: boolean; currentRunId: string | null }[] }>(
        viewer, `query { liveWorkers { id busy currentRunId } }`);
      expect(result.errors).toBeUndefined();
      return result.data!.liveWorkers.filter((w) => w.id === busyId || w.id === idleId).sort((a, b) => a.id.localeCompare(b.id));
    };
    expect(await seen(strangerReviewer)).toEqual([{ id: busyId, busy: true, currentRunId: null }, { id: idleId, busy: false, currentRunId: null }]);
    expect(await seen(memberReviewer)).toEqual([{ id: busyId, busy: true, currentRunId: ids.runId }, { id: idleId, busy: false, currentRunId: null }]);
    expect((await seen(manager))[0]).toEqual({ id: busyId, busy: true, currentRunId: ids.runId });
    expect(errorCodes(await execute(member, `query { liveWorkers { id } }`))).toEqual(["FORBIDDEN"]);
  });
});

describe("HTTP routes", () => {
  const image = (viewer: Viewer, variant = "thumbnail") =>
    servePaintingImage({ db, storage, viewer }, new Request("http://app.test/"), { paintingId: ids.uploadedId, variant });
  const report = (viewer: Viewer) => exportRunReport({ db, viewer }, new Request("http://app.test/?format=json"), ids.runId);

  it("serves painting images (/api/paintings/:id/:variant) to members and managers only", async () => {
    for (const viewer of [stranger, strangerReviewer]) {
      const response = await image(viewer);
      expect(response.status).toBe(403);
      expect((await response.json()).error.code).toBe("FORBIDDEN");
    }
    expect((await image(member)).status).toBe(200);
    expect((await image(memberReviewer, "original")).status).toBe(200);
    expect((await image(manager, "large")).status).toBe(200);
  });

  it("serves saliency maps (/api/paintings/:id/saliency/:modelVersionId) to member reviewers and managers only", async () => {
    const saliency = (viewer: Viewer) =>
      serveSaliencyMap({ db, storage, viewer }, new Request("http://app.test/"), { paintingId: ids.paintingId, modelVersionId: ids.modelVersionId });
    const refused = await saliency(strangerReviewer);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe("FORBIDDEN");
    expect((await saliency(memberReviewer)).status).toBe(200);
    expect((await saliency(manager)).status).toBe(200);
  });

  it("exports a run's report (/api/runs/:id/report) to members and managers only", async () => {
    const refused = await report(strangerReviewer);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe("FORBIDDEN");
    expect((await report(memberReviewer)).status).toBe(200);
    expect((await report(manager)).status).toBe(200);
  });

  it("takes uploads (/api/projects/:id/uploads) from members only and stores nothing for others", async () => {
    const puts = storage.puts.length;
    const before = await db.painting.count();
    const refused = await uploadPaintings({ db, storage, viewer: stranger }, uploadRequest("x.jpg", await patternJpeg(8)), ids.projectId);
    expect(refused.status).toBe(403);
    expect(await db.painting.count()).toBe(before);
    expect(storage.puts.length).toBe(puts);
    const accepted = await uploadPaintings({ db, storage, viewer: member }, uploadRequest("y.jpg", await patternJpeg(9)), ids.projectId);
    expect(accepted.status).toBe(200);
  });

  it("exports the dataset (/api/projects/:id/dataset) to managers, who see every project", async () => {
    const request = () => new Request("http://app.test/?format=csv");
    expect((await exportDataset({ db, viewer: stranger }, request(), ids.projectId)).status).toBe(403);
    expect((await exportDataset({ db, viewer: manager }, request(), ids.projectId)).status).toBe(200);
  });
});

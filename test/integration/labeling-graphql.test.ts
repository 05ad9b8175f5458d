// The labeling API as clients see it: roles, blind labeling, pre-annotation modes, and an
// annotator's view of how their disputed labels were resolved.
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/server/auth/viewer";
import { submitAnnotation } from "@/server/services/labeling/submit-annotation";
import { resetDatabase, testDb } from "./helpers/database";
import { asViewer, errorCodes, execute } from "./helpers/graphql";
import { addPrediction, annotators, claimFor, labelingProject, seedPaintings } from "./helpers/labeling-scenario";

const db = testDb();
const TASK = `query($projectId: ID!, $prefetch: Boolean) {
  nextLabelingTask(projectId: $projectId, prefetch: $prefetch) {
    painting { id status approvedLabel { key } imageUrl history { kind actor { id } label { key } note } }
    claimExpiresAt labelClasses { key hotkey } upcomingImageUrl upcomingPainting { id status approvedLabel { key } imageUrl }
    suggestion { labelKey label { key } confidence modelVersion }
    progress { labeledByMe remaining }
  }
}`;
const SUBMIT = `mutation($input: SubmitAnnotationInput!) {
  submitAnnotation(input: $input) {
    duplicate annotation { label { key } confidence suggestionShown } suggestion { labelKey }
    next(prefetch: true) { painting { id } progress { labeledByMe remaining } }
  }
}`;

type Task = { painting: { id: string; status: string | null; history: { actor: { id: string } | null }[] }; suggestion: { labelKey: string } | null; upcomingImageUrl: string | null; upcomingPainting: unknown; progress: { labeledByMe: number; remaining: number } };
let ada: Viewer, ben: Viewer;

beforeAll(async () => {
  await resetDatabase();
  [ada, ben] = (await annotators(db, 2)).map(asViewer);
});

describe("who may label", () => {
  it("refuses a visitor with UNAUTHENTICATED and an unknown project with project/not_found", async () => {
    expect(errorCodes(await execute(null, TASK, { projectId: "x" }))).toEqual(["UNAUTHENTICATED"]);
    expect(errorCodes(await execute(null, SUBMIT, { input: { paintingId: "x", labelKey: "AI" } }))).toEqual(["UNAUTHENTICATED"]);
    expect(errorCodes(await execute(ada, TASK, { projectId: "no-such-project" }))).toEqual(["project/not_found"]);
    expect(errorCodes(await execute(ada, `query { myLabelingStats(projectId: "nope") { labeled } }`))).toEqual(["project/not_found"]);
  });
});

describe("blind labeling and pre-annotation", () => {
  it("shows neither other annotators' labels nor the model's prediction when pre-annotation is OFF", async () => {
    const project = await labelingProject(db, { labelsPerItem: 2, preAnnotation: "OFF" });
    const [painting, second] = await seedPaintings(db, project.id, 2);
    await claimFor(db, painting, ben.id);
    await submitAnnotation(db, { userId: ben.id, input: { paintingId: painting, labelKey: "AI", note: "ben-secret-note" } });
    await addPrediction(db, { projectId: project.id, paintingId: painting, predictedKey: "AI", confidence: 0.97 });

    const result = await execute<{ nextLabelingTask: Task }>(ada, TASK, { projectId: project.id, prefetch: true });
    expect(result.errors).toBeUndefined();
    const task = result.data!.nextLabelingTask;
    expect(task.painting).toMatchObject({ id: painting, status: null, approvedLabel: null, imageUrl: `/api/paintings/${painting}/large` });
    expect(task.painting.history.filter((event) => event.actor)).toEqual([]);
    expect(task.suggestion).toBeNull();
    expect(task.upcomingImageUrl).toBe(`/api/paintings/${second}/large`);
    // The painting shown next, before the server confirms a label, is as blind as this one.
    expect(task.upcomingPainting).toEqual({ id: second, status: null, approvedLabel: null, imageUrl: `/api/paintings/${second}/large` });
    expect(task.progress).toEqual({ labeledByMe: 0, remaining: 2 });
    expect(JSON.stringify(result)).not.toMatch(/ben-secret-note|0\.97/);

    const submitted = await execute<{ submitAnnotation: { suggestion: unknown; next: { painting: { id: string } } } }>(
      ada, SUBMIT, { input: { paintingId: painting, labelKey: "HUMAN" } });
    expect(submitted.data?.submitAnnotation.suggestion).toBeNull();
    expect(submitted.data?.submitAnnotation.next.painting.id).toBe(second);
  });

  it("shows the newest model's prediction before labeling (BEFORE_COMMIT) and records that it was shown", async () => {
    const project = await labelingProject(db, { preAnnotation: "BEFORE_COMMIT" });
    const [painting] = await seedPaintings(db, project.id, 1);
    await addPrediction(db, { projectId: project.id, paintingId: painting, predictedKey: "HUMAN", confidence: 0.6 });
    await addPrediction(db, { projectId: project.id, paintingId: painting, predictedKey: "AI", confidence: 0.8 });
    const task = await execute<{ nextLabelingTask: Task }>(ada, TASK, { projectId: project.id });
    expect(task.data?.nextLabelingTask.suggestion).toEqual({ labelKey: "AI", label: { key: "AI" }, confidence: 0.8, modelVersion: 2 });
    const submitted = await execute<{ submitAnnotation: { annotation: { suggestionShown: boolean } } }>(
      ada, SUBMIT, { input: { paintingId: painting, labelKey: "AI" } });
    expect(submitted.data?.submitAnnotation.annotation.suggestionShown).toBe(true);
  });

  it("shows the prediction only after the label is committed (AFTER_COMMIT)", async () => {
    const project = await labelingProject(db, { preAnnotation: "AFTER_COMMIT" });
    const [painting] = await seedPaintings(db, project.id, 1);
    await addPrediction(db, { projectId: project.id, paintingId: painting, predictedKey: "HUMAN", confidence: 0.9 });
    const task = await execute<{ nextLabelingTask: Task }>(ada, TASK, { projectId: project.id });
    expect(task.data?.nextLabelingTask.suggestion).toBeNull();
    const submitted = await execute<{ submitAnnotation: { annotation: { suggestionShown: boolean }; suggestion: { labelKey: string } } }>(
      ada, SUBMIT, { input: { paintingId: painting, labelKey: "AI", confidence: 3 } });
    expect(submitted.data?.submitAnnotation).toMatchObject({ annotation: { suggestionShown: false }, suggestion: { labelKey: "HUMAN" } });
  });
});

describe("keyboard flow and outcomes", () => {
  it("skips, undoes, and reports how a disputed label was resolved", async () => {
    const project = await labelingProject(db, { labelsPerItem: 2 });
    const [first, second] = await seedPaintings(db, project.id, 2);
    const skip = await execute<{ skipPainting: { painting: { id: string } } }>(ada, `mutation($id: ID!) { skipPainting(paintingId: $id) { painting { id } } }`, { id: first });
    expect(skip.data?.skipPainting.painting.id).toBe(second);
    await execute(ada, SUBMIT, { input: { paintingId: second, labelKey: "AI" } });
    const UNDO = `mutation($projectId: ID!) { undoLastAnnotation(projectId: $projectId) { undoneLabel { key } task { painting { id } } } }`;
    const undo = await execute(ada, UNDO, { projectId: project.id });
    expect(undo.data).toEqual({ undoLastAnnotation: { undoneLabel: { key: "AI" }, task: { painting: { id: second } } } });
    await execute(ada, SUBMIT, { input: { paintingId: second, labelKey: "AI" } });
    await claimFor(db, second, ben.id);
    await execute(ben, SUBMIT, { input: { paintingId: second, labelKey: "HUMAN" } });
    expect(errorCodes(await execute(ada, UNDO, { projectId: project.id }))).toEqual(["label/undo_too_late"]);

    const STATS = `query($projectId: ID!) { myLabelingStats(projectId: $projectId) {
      labeled agreed pending disputed disputes { painting { id } myLabel { key } resolution finalLabel { key } reviewComment } } }`;
    const pending = await execute(ada, STATS, { projectId: project.id });
    expect(pending.data?.myLabelingStats).toMatchObject({ labeled: 1, agreed: 0, disputed: 1, disputes: [{ painting: { id: second }, resolution: "PENDING", finalLabel: null }] });
    // A reviewer settles the dispute for HUMAN (written directly: the review workflow is tested elsewhere).
    const entry = await db.reviewQueueEntry.findFirstOrThrow({ where: { paintingId: second, reason: "DISAGREEMENT" } });
    const reviewer = await db.user.create({ data: { email: `r-${Date.now()}@test.local`, name: "R", role: "REVIEWER", passwordHash: "x" } });
    await db.review.create({ data: { entryId: entry.id, paintingId: second, reviewerId: reviewer.id, decision: "APPROVE", finalLabelId: project.humanId, reasonCode: "BRUSHWORK", comment: "impasto is real" } });
    await db.reviewQueueEntry.update({ where: { id: entry.id }, data: { status: "RESOLVED", resolvedAt: new Date() } });
    await db.painting.update({ where: { id: second }, data: { status: "APPROVED", approvedLabelId: project.humanId } });
    const resolved = await execute(ada, STATS, { projectId: project.id });
    expect(resolved.data?.myLabelingStats).toMatchObject({
      labeled: 1, agreed: 0, pending: 0, disputed: 1,
      disputes: [{ myLabel: { key: "AI" }, resolution: "OVERRULED", finalLabel: { key: "HUMAN" }, reviewComment: "impasto is real" }],
    });
    expect((await execute(ben, STATS, { projectId: project.id })).data?.myLabelingStats).toMatchObject({ agreed: 1, disputes: [{ resolution: "UPHELD" }] });
  });
});

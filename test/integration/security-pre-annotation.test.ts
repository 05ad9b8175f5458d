// With AFTER_COMMIT pre-annotation the model's suggestion appears once a label is committed. An
// annotator who then undoes and labels again has seen it: the new label must say so, or the
// hidden-vs-shown agreement figures count anchored labels as blind ones.
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/server/auth/viewer";
import { asViewer, execute } from "./helpers/graphql";
import { resetDatabase, testDb } from "./helpers/database";
import { addPrediction, annotators, labelingProject, seedPaintings } from "./helpers/labeling-scenario";

const db = testDb();
const TASK = `query($projectId: ID!) { nextLabelingTask(projectId: $projectId) { painting { id } } }`;
const SUBMIT = `mutation($input: SubmitAnnotationInput!) { submitAnnotation(input: $input) { annotation { suggestionShown } suggestion { labelKey } } }`;
const UNDO = `mutation($projectId: ID!) { undoLastAnnotation(projectId: $projectId) { undoneLabel { key } } }`;

let ada: Viewer;
beforeAll(async () => {
  await resetDatabase();
  [ada] = (await annotators(db, 1)).map(asViewer);
});

type Submitted = { submitAnnotation: { annotation: { suggestionShown: boolean }; suggestion: { labelKey: string } | null } };

describe("AFTER_COMMIT suggestions and undo", () => {
  it("records a relabel after seeing the suggestion as suggestion shown", async () => {
    const project = await labelingProject(db, { preAnnotation: "AFTER_COMMIT" });
    const [painting] = await seedPaintings(db, project.id, 1);
    await addPrediction(db, { projectId: project.id, paintingId: painting, predictedKey: "HUMAN", confidence: 0.9 });
    await execute(ada, TASK, { projectId: project.id });
    const first = await execute<Submitted>(ada, SUBMIT, { input: { paintingId: painting, labelKey: "AI" } });
    expect(first.data?.submitAnnotation).toEqual({ annotation: { suggestionShown: false }, suggestion: { labelKey: "HUMAN" } });
    expect((await execute(ada, UNDO, { projectId: project.id })).errors).toBeUndefined();
    const again = await execute<Submitted>(ada, SUBMIT, { input: { paintingId: painting, labelKey: "HUMAN" } });
    expect(again.data?.submitAnnotation.annotation.suggestionShown).toBe(true);
    const stored = await db.annotation.findFirstOrThrow({ where: { paintingId: painting, annotatorId: ada.id } });
    expect(stored.suggestionShown).toBe(true);
  });

  it("keeps a relabel blind when no suggestion was shown before the undo", async () => {
    const project = await labelingProject(db, { preAnnotation: "AFTER_COMMIT" });
    const [painting] = await seedPaintings(db, project.id, 1);
    await execute(ada, TASK, { projectId: project.id });
    await execute(ada, SUBMIT, { input: { paintingId: painting, labelKey: "AI" } });
    await execute(ada, UNDO, { projectId: project.id });
    const again = await execute<Submitted>(ada, SUBMIT, { input: { paintingId: painting, labelKey: "HUMAN" } });
    expect(again.data?.submitAnnotation.annotation.suggestionShown).toBe(false);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { modelAgreement } from "@/server/services/quality/model-agreement";
import { asViewer, errorCodes, execute } from "./helpers/graphql";
import { createTestUser, resetDatabase, testDb } from "./helpers/database";
import { fakePainting } from "./helpers/painting-rows";
import type { Viewer } from "@/server/auth/viewer";

let projectId: string;
let annotatorViewer: Viewer;
let managerViewer: Viewer;

beforeAll(async () => {
  await resetDatabase();
  const db = testDb();
  const annotator = await createTestUser(db, "ANNOTATOR");
  const manager = await createTestUser(db, "MANAGER");
  const project = await db.project.create({
    data: { slug: "anchoring", name: "Anchoring", labelClasses: { create: [{ key: "HUMAN", name: "H", hotkey: "h", position: 0 }, { key: "AI", name: "A", hotkey: "a", position: 1 }] } },
    include: { labelClasses: true },
  });
  projectId = project.id;
  const cls = Object.fromEntries(project.labelClasses.map((c) => [c.key, c.id]));
  const run = await db.trainingRun.create({ data: { projectId, config: {}, preset: "tiny", seed: 1, status: "SUCCEEDED" } });
  const model = await db.modelVersion.create({ data: { projectId, runId: run.id, version: 1, artifactKey: "m", classKeys: ["HUMAN", "AI"], inputSize: 64, preset: "tiny" } });
  const t0 = new Date("2026-06-01T10:00:00Z");
  const later = new Date("2026-06-01T11:00:00Z");
  // Model says AI for paintings 0-5. Labels: shown -> 3 of 3 agree; hidden -> 1 of 3 agree.
  // Painting 6 was labeled before any prediction existed: not counted.
  const cases: [number, "HUMAN" | "AI", boolean, Date][] = [
    [0, "AI", true, later], [1, "AI", true, later], [2, "AI", true, later],
    [3, "AI", false, later], [4, "HUMAN", false, later], [5, "HUMAN", false, later],
    [6, "AI", false, new Date("2026-06-01T09:00:00Z")],
  ];
  for (const [n, label, shown, at] of cases) {
    const painting = await db.painting.create({ data: fakePainting(projectId, n) });
    await db.prediction.create({ data: { paintingId: painting.id, modelVersionId: model.id, probabilities: { HUMAN: 0.2, AI: 0.8 }, predictedKey: "AI", confidence: 0.8, uncertainty: 0.2, createdAt: t0 } });
    await db.annotation.create({ data: { paintingId: painting.id, annotatorId: annotator.id, labelClassId: cls[label]!, suggestionShown: shown, createdAt: at } });
  }
  annotatorViewer = asViewer(annotator);
  managerViewer = asViewer(manager);
});

describe("agreement with the model, suggestion shown vs hidden", () => {
  it("compares each label with the prediction that existed when it was made", async () => {
    expect(await modelAgreement(testDb(), projectId)).toEqual({
      shown: { labels: 3, agreeing: 3, rate: 1 },
      hidden: { labels: 3, agreeing: 1, rate: 1 / 3 },
    });
  });

  it("is for managers only", async () => {
    const query = `query($id: ID!) { modelAgreement(projectId: $id) { shown { rate } hidden { rate } } }`;
    expect(errorCodes(await execute(annotatorViewer, query, { id: projectId }))).toEqual(["FORBIDDEN"]);
    const result = await execute<{ modelAgreement: { shown: { rate: number } } }>(managerViewer, query, { id: projectId });
    expect(result.data?.modelAgreement.shown.rate).toBe(1);
  });
});

// Paintings are served in an order of each annotator's own, never in import order: two folders
// uploaded one after the other (say, all human-made, then all AI-generated) must not reach an
// annotator as a run of one class. Real imports through sharp, real PostgreSQL.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importBatch, type BatchItem } from "@/server/services/paintings/import-batch";
import { claimNextPainting } from "@/server/services/labeling/claim-next-painting";
import { annotatorStart } from "@/server/services/labeling/serving-order";
import { submitAnnotation } from "@/server/services/labeling/submit-annotation";
import { createProject } from "@/server/services/projects/create-project";
import { createTestUser, resetDatabase, testDb } from "./helpers/database";
import { annotators, expireClaim, labelingProject, seedPaintings } from "./helpers/labeling-scenario";
import { patternPng, tempStorage, type CountingStorage } from "./helpers/painting-files";

const db = testDb();
let storage: CountingStorage;

beforeAll(async () => {
  await resetDatabase();
  storage = tempStorage();
});
afterAll(() => fs.rmSync(storage.root, { recursive: true, force: true }));

async function importFolder(projectId: string, uploadedById: string, folder: string, firstSeed: number) {
  const items: BatchItem[] = await Promise.all(Array.from({ length: 12 }, async (_, i) => {
    const bytes = await patternPng(firstSeed + i);
    return { name: `${folder}-${i}.png`, read: async () => bytes };
  }));
  const results = await importBatch(db, storage, items, { projectId, source: "IMPORT", uploadedById, concurrency: 1 });
  return new Set(results.map((result) => (result.status === "failed" ? "" : result.paintingId)));
}

describe("serving order", () => {
  it("serves in queue-key order from the annotator's own start, and import order leaves no trace in the keys", async () => {
    const manager = await createTestUser(db, "MANAGER");
    const project = await createProject(db, manager.id, { name: "Two folders" });
    const human = await importFolder(project.id, manager.id, "human", 100);
    const ai = await importFolder(project.id, manager.id, "ai", 200);
    expect([human.size, ai.size]).toEqual([12, 12]);
    const [ada] = await annotators(db, 1);
    const served: string[] = [];
    for (let i = 0; i < 8; i++) {
      const claim = await claimNextPainting(db, { projectId: project.id, userId: ada!.id, random: () => 1 });
      served.push(claim!.painting.id);
      await submitAnnotation(db, { userId: ada!.id, input: { paintingId: claim!.painting.id, labelKey: "HUMAN" } });
    }
    expect(new Set(served).size).toBe(8);
    // Served in queue-key order around the circle from the annotator's own start: exactly that,
    // not a chance property of this draw.
    const keys = await db.painting.findMany({ where: { projectId: project.id }, select: { id: true, queueKey: true } });
    const start = annotatorStart(ada!.id);
    const around = (key: number) => (key >= start ? key - start : key - start + 1);
    expect(served).toEqual(keys.sort((a, b) => around(a.queueKey) - around(b.queueKey)).slice(0, 8).map((row) => row.id));
    // Import order leaves no trace in the keys: the second folder's keys are not all above the
    // first's (by chance 1 in C(24,12), about 1 in 2.7 million).
    const keyOf = new Map(keys.map((row) => [row.id, row.queueKey]));
    const humanKeys = [...human].map((id) => keyOf.get(id)!);
    const aiKeys = [...ai].map((id) => keyOf.get(id)!);
    expect(Math.min(...aiKeys) < Math.max(...humanKeys) && Math.min(...humanKeys) < Math.max(...aiKeys)).toBe(true);
  });

  it("keeps each annotator's order: an abandoned painting comes back first to the same annotator", async () => {
    const project = await labelingProject(db);
    await seedPaintings(db, project.id, 20);
    const [ada] = await annotators(db, 1);
    const first = await claimNextPainting(db, { projectId: project.id, userId: ada!.id });
    await expireClaim(db, first!.painting.id);
    expect((await claimNextPainting(db, { projectId: project.id, userId: ada!.id }))?.painting.id).toBe(first!.painting.id);
  });

  it("serves the newest model's least sure paintings first when the project asks for it", async () => {
    const project = await labelingProject(db, { labelsPerItem: 1 });
    await db.project.update({ where: { id: project.id }, data: { servingOrder: "UNCERTAINTY_FIRST" } });
    const ids = await seedPaintings(db, project.id, 6);
    const score = async (version: number, uncertainty: Record<number, number>) => {
      const run = await db.trainingRun.create({ data: { projectId: project.id, status: "SUCCEEDED", config: {}, preset: "tiny", seed: version } });
      const model = await db.modelVersion.create({
        data: { projectId: project.id, runId: run.id, version, artifactKey: `m/${version}`, classKeys: ["HUMAN", "AI"], inputSize: 64, preset: "tiny" },
      });
      await db.prediction.createMany({
        data: Object.entries(uncertainty).map(([index, value]) => ({
          paintingId: ids[Number(index)]!, modelVersionId: model.id, probabilities: {}, predictedKey: "HUMAN", confidence: 1 - value, uncertainty: value,
        })),
      });
    };
    await score(1, { 0: 0.9, 1: 0.05 }); // an older model's opinion no longer counts
    await score(2, { 1: 0.4, 3: 0.1, 5: 0.3 });
    const [ada] = await annotators(db, 1);
    const served: string[] = [];
    for (let i = 0; i < 6; i++) {
      const claim = await claimNextPainting(db, { projectId: project.id, userId: ada!.id });
      served.push(claim!.painting.id);
      await submitAnnotation(db, { userId: ada!.id, input: { paintingId: claim!.painting.id, labelKey: "AI" } });
    }
    expect(served.slice(0, 3)).toEqual([ids[1], ids[5], ids[3]]);
    expect(new Set(served.slice(3))).toEqual(new Set([ids[0], ids[2], ids[4]]));
  });
});

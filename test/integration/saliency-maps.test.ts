// Where the model looks: a real (tiny, untrained) VGG19 stored like a trained one, the worker's
// scoring pass over real images, Grad-CAM maps stored for the paintings that entered review, the
// route serving them to reviewers only, and the review item pointing at them.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as tf from "@tensorflow/tfjs";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/server/auth/viewer";
import { serveSaliencyMap } from "@/server/http/serve-saliency-map";
import { createLocalDiskStorage } from "@/server/storage/local-disk-storage";
import { modelKey } from "@/server/storage/storage-keys";
import { selectBackend } from "@/worker/backend/select-backend";
import { scorePaintings } from "@/worker/jobs/score-paintings";
import { storageHandler } from "@/worker/model/storage-io";
import { buildVgg19 } from "@/worker/model/vgg19";
import { createTestUser, resetDatabase, testDb } from "./helpers/database";
import { addMembers } from "./helpers/project-members";
import { asViewer, errorCodes, execute } from "./helpers/graphql";
import { seedStripePaintings } from "./helpers/synthetic-paintings";

const db = testDb();
const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "provenance-saliency-"));
const storage = createLocalDiskStorage({ rootDir: storageDir });
let annotator: Viewer, reviewer: Viewer;
let modelVersionId: string;
let paintingIds: string[];

const ITEM = `query($entryId: ID!) { reviewItem(entryId: $entryId) { painting { id } prediction { modelVersion saliencyUrl } } }`;
const get = (viewer: Viewer | null, paintingId: string, versionId = modelVersionId) =>
  serveSaliencyMap({ db, storage, viewer }, new Request(`http://test/api/paintings/${paintingId}/saliency/${versionId}`), { paintingId, modelVersionId: versionId });

beforeAll(async () => {
  process.env.TFJS_BACKEND = "wasm";
  await resetDatabase();
  annotator = asViewer(await createTestUser(db, "ANNOTATOR"));
  reviewer = asViewer(await createTestUser(db, "REVIEWER"));
  const project = await db.project.create({
    data: {
      slug: "saliency", name: "Saliency", uncertaintyThreshold: 0, labelingBudget: 2,
      labelClasses: { create: [{ key: "HUMAN", name: "Human", hotkey: "h", position: 0 }, { key: "AI", name: "AI", hotkey: "a", position: 1 }] },
    },
  });
  paintingIds = await seedStripePaintings(db, storage, { projectId: project.id, perClass: 3, approved: false });
  // Members, so the refusals below are about role, not membership.
  await addMembers(db, project.id, [annotator, reviewer]);
  await selectBackend();
  const model = buildVgg19({ inputSize: 32, widthDivisor: 16, numClasses: 2, dropout: 0.5, seed: 5, denseUnits: 64 });
  await model.save(storageHandler(storage, (file) => modelKey(project.id, 1, file)));
  model.dispose();
  const run = await db.trainingRun.create({ data: { projectId: project.id, config: {}, preset: "tiny", seed: 5, status: "SUCCEEDED" } });
  modelVersionId = (await db.modelVersion.create({
    data: { projectId: project.id, runId: run.id, version: 1, artifactKey: modelKey(project.id, 1, "model.json"), classKeys: ["HUMAN", "AI"], inputSize: 32, preset: "tiny" },
  })).id;
}, 120_000);

afterAll(() => {
  fs.rmSync(storageDir, { recursive: true, force: true });
  tf.disposeVariables();
});

describe("saliency maps", () => {
  it("are computed when scoring, for the paintings that enter review", async () => {
    const round = await scorePaintings(db, storage, { modelVersionId });
    expect(round.status).toBe("SUCCEEDED");
    const queued = (await db.reviewQueueEntry.findMany({ where: { status: "OPEN" } })).map((entry) => entry.paintingId).sort();
    expect(queued).toHaveLength(2);
    const predictions = await db.prediction.findMany({ where: { modelVersionId } });
    expect(predictions).toHaveLength(paintingIds.length);
    const withMaps = predictions.filter((p) => p.saliencyKey).map((p) => p.paintingId).sort();
    expect(withMaps).toEqual(queued);
    const png = await storage.get(predictions.find((p) => p.saliencyKey)!.saliencyKey!);
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height, meta.channels]).toEqual(["png", 56, 56, 4]);
  });

  it("are served to reviewers with the image headers, refused to annotators", async () => {
    const [paintingId] = (await db.prediction.findMany({ where: { modelVersionId, saliencyKey: { not: null } } })).map((p) => p.paintingId);
    const response = await get(reviewer, paintingId!);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toBe("private, max-age=31536000, immutable");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await sharp(Buffer.from(await response.arrayBuffer())).metadata()).width).toBe(56);
    const refused = await get(annotator, paintingId!);
    expect([refused.status, (await refused.json()).error.code]).toEqual([403, "FORBIDDEN"]);
    expect((await get(null, paintingId!)).status).toBe(401);
    const unqueued = (await db.prediction.findFirstOrThrow({ where: { modelVersionId, saliencyKey: null } })).paintingId;
    expect((await get(reviewer, unqueued)).status).toBe(404);
    expect((await get(reviewer, paintingId!, "no\0such")).status).toBe(404);
  });

  it("is on the review item for reviewers (null when absent); annotators cannot ask", async () => {
    const entries = await db.reviewQueueEntry.findMany({ where: { status: "OPEN" } });
    const result = await execute<{ reviewItem: { painting: { id: string }; prediction: { saliencyUrl: string | null } } }>(reviewer, ITEM, { entryId: entries[0]!.id });
    expect(result.errors).toBeUndefined();
    expect(result.data!.reviewItem.prediction.saliencyUrl).toBe(`/api/paintings/${entries[0]!.paintingId}/saliency/${modelVersionId}`);
    expect(errorCodes(await execute(annotator, ITEM, { entryId: entries[0]!.id }))).toEqual(["FORBIDDEN"]);
    await db.prediction.updateMany({ where: { paintingId: entries[0]!.paintingId }, data: { saliencyKey: null } });
    const without = await execute<{ reviewItem: { prediction: { saliencyUrl: string | null } } }>(reviewer, ITEM, { entryId: entries[0]!.id });
    expect(without.data!.reviewItem.prediction.saliencyUrl).toBeNull();
  });
});

// The product on each blob-store driver: a painting imported through the real pipeline (sharp,
// content-addressed keys, database row) is served back through the image route, and a TensorFlow.js
// model saved through the worker's storage handler loads back with the same weights.
import * as tf from "@tensorflow/tfjs";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { servePaintingImage } from "@/server/http/serve-painting-image";
import { importPainting } from "@/server/services/paintings/import-painting";
import { createProject } from "@/server/services/projects/create-project";
import { modelKey } from "@/server/storage/storage-keys";
import { storageHandler } from "@/worker/model/storage-io";
import { createTestUser, resetDatabase, testDb } from "./helpers/database";
import { patternJpeg } from "./helpers/painting-files";
import { STORAGE_DRIVERS, type OpenStorage } from "./helpers/storage-drivers";

const db = testDb();

beforeAll(async () => {
  await resetDatabase();
  await tf.setBackend("cpu");
});

describe.each(STORAGE_DRIVERS)("the product on the $name driver", (driver) => {
  let opened: OpenStorage;

  beforeAll(async () => {
    opened = await driver.open();
  });
  afterAll(async () => {
    await opened?.close();
  });

  it("imports a painting and serves its derivatives back from storage", { timeout: 60_000 }, async () => {
    const { storage } = opened;
    const manager = await createTestUser(db, "MANAGER");
    const project = await createProject(db, manager.id, { name: `Storage ${driver.name}` });
    const bytes = await patternJpeg(31, 640, 480);
    const input = { projectId: project.id, bytes, originalName: "scan.jpg", source: "IMPORT" as const, uploadedById: manager.id };

    const { status, painting } = await importPainting(db, storage, input);
    expect(status).toBe("created");
    const training = await sharp(await storage.get(painting.trainingKey)).metadata();
    expect([training.format, training.width, training.height]).toEqual(["png", 224, 224]);

    const viewer = { id: manager.id, email: manager.email, name: manager.name, role: manager.role };
    const response = await servePaintingImage({ db, storage, viewer }, new Request("http://app.test/"), {
      paintingId: painting.id,
      variant: "thumbnail",
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/jpeg");
    const served = Buffer.from(await response.arrayBuffer());
    expect(served.equals(await storage.get(painting.thumbnailKey))).toBe(true);
    expect((await sharp(served).metadata()).format).toBe("jpeg");

    // The same bytes again are a duplicate: found by hash, nothing rewritten.
    expect((await importPainting(db, storage, input)).status).toBe("duplicate");
  });

  it("saves a TensorFlow.js model through the storage handler and loads it back", { timeout: 60_000 }, async () => {
    const { storage } = opened;
    const keyOf = (file: string) => modelKey("project-1", `1-run-${driver.name}`, file);
    const model = tf.sequential({
      layers: [tf.layers.dense({ inputShape: [8], units: 16, activation: "relu" }), tf.layers.dense({ units: 2, activation: "softmax" })],
    });
    await model.save(storageHandler(storage, keyOf));
    expect(await storage.exists(keyOf("model.json"))).toBe(true);
    expect(await storage.exists(keyOf("weights.bin"))).toBe(true);

    const loaded = await tf.loadLayersModel(storageHandler(storage, keyOf));
    const input = tf.randomUniform([4, 8], 0, 1, "float32", 7);
    const [expected, actual] = [model, loaded].map((m) => Array.from((m.predict(input) as tf.Tensor).dataSync()));
    expect(actual).toEqual(expected);
    input.dispose();
    model.dispose();
    loaded.dispose();
  });
});

// Grad-CAM heat maps for a model version's predictions, so reviewers see where the model looked.
// Computed for the paintings people are asked about (open review entries), since a map per
// painting of a large project would cost a backward pass each for images nobody opens. Each map
// is a small PNG in blob storage, its key on the Prediction row.
import * as tf from "@tensorflow/tfjs";
import { rootLogger } from "@/server/logging/logger";
import type { Db } from "@/server/db/client";
import type { ModelVersion } from "@/server/db/generated/client";
import { decodeTrainingImage } from "@/server/images/training-tensor-input";
import type { BlobStorage } from "@/server/storage/storage";
import { saliencyKey } from "@/server/storage/storage-keys";
import { selectBackend } from "@/worker/backend/select-backend";
import { makeGradCam } from "@/worker/model/grad-cam";
import { renderHeatMap } from "@/worker/model/render-heat-map";
import { storageHandler } from "@/worker/model/storage-io";

/** Maps per scoring pass at most; the most urgent entries first. */
export const MAX_SALIENCY_MAPS = 500;

/** Paintings with an open review entry and a prediction of this version but no map yet. */
export async function paintingsNeedingSaliency(db: Db, modelVersionId: string): Promise<string[]> {
  const rows = await db.prediction.findMany({
    where: { modelVersionId, saliencyKey: null, painting: { reviewEntries: { some: { status: "OPEN" } } } },
    select: { paintingId: true },
    take: MAX_SALIENCY_MAPS,
  });
  return rows.map((row) => row.paintingId);
}

export async function computeSaliencyMaps(db: Db, storage: BlobStorage, { modelVersion, paintingIds }: { modelVersion: ModelVersion; paintingIds: string[] }) {
  if (paintingIds.length === 0) return { computed: 0, failed: 0 };
  await selectBackend();
  const model = await tf.loadLayersModel(storageHandler(storage, (file) => modelVersion.artifactKey.replace(/model\.json$/, file)));
  const classKeys = modelVersion.classKeys as string[];
  let computed = 0;
  let failed = 0;
  try {
    const gradCam = makeGradCam(model);
    const predictions = await db.prediction.findMany({
      where: { modelVersionId: modelVersion.id, paintingId: { in: paintingIds } },
      select: { id: true, paintingId: true, predictedKey: true, painting: { select: { trainingKey: true } } },
    });
    for (const prediction of predictions) {
      try {
        // The whole training view at the model's input size, the painting squashed to a square
        // like every training copy, so the map lines up with the painting when stretched over it.
        const pixels = await decodeTrainingImage(await storage.get(prediction.painting.trainingKey), { size: modelVersion.inputSize });
        const input = tf.tensor4d(pixels, [1, modelVersion.inputSize, modelVersion.inputSize, 3]);
        const classIndex = classKeys.indexOf(prediction.predictedKey);
        const cam = gradCam(input, classIndex >= 0 ? { classIndex } : {});
        input.dispose();
        const key = saliencyKey(modelVersion.projectId, modelVersion.id, prediction.paintingId);
        await storage.put(key, await renderHeatMap(cam), "image/png");
        await db.prediction.update({ where: { id: prediction.id }, data: { saliencyKey: key } });
        computed += 1;
      } catch (error) {
        // One unreadable image must not cost the round or the other maps; the page says "none".
        failed += 1;
        rootLogger().error({ err: error, paintingId: prediction.paintingId, modelVersionId: modelVersion.id }, "saliency map failed");
      }
    }
  } finally {
    model.dispose();
  }
  return { computed, failed };
}

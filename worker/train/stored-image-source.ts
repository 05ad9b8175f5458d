// Batch sources that read each painting's stored training copy when its batch comes up, so the
// worker holds a batch of images, never the dataset. Training sees a random window (and mirror)
// of the image decoded at `decodeSize`; evaluation sees the grid of windows that covers it, as
// extra rows the evaluator averages (Batch.views).
import * as tf from "@tensorflow/tfjs";
import { decodeTrainingPixels } from "@/server/images/training-tensor-input";
import { type Crop, cropInto, gridCrops, randomCrop } from "@/worker/data/crop-image";
import type { BatchSource } from "./batch-source";

export type StoredImages = {
  /** The stored training copy (224x224 PNG) of sample `index`. */
  read(index: number): Promise<Uint8Array>;
  labels: readonly number[];
  numClasses: number;
};

export type ViewSize = { decodeSize: number; inputSize: number };

/** Random windows for training: a fresh position and mirror per sample per epoch. */
export function trainingSource(images: StoredImages, size: ViewSize, { random, flip = true }: { random: () => number; flip?: boolean }): BatchSource {
  return imageSource(images, size, () => [randomCrop(random, size.decodeSize, size.inputSize, { flip })]);
}

/** Every window of the covering grid, in order, for validation, test and scoring. */
export function evaluationSource(images: StoredImages, size: ViewSize): BatchSource {
  const crops = gridCrops(size.decodeSize, size.inputSize);
  return imageSource(images, size, () => crops);
}

function imageSource(images: StoredImages, { decodeSize, inputSize }: ViewSize, cropsFor: () => Crop[]): BatchSource {
  const pixels = inputSize * inputSize * 3;
  return {
    size: images.labels.length,
    numClasses: images.numClasses,
    labels: images.labels,
    async load(indices) {
      const decoded = await Promise.all(indices.map(async (index) => decodeTrainingPixels(await images.read(index), { size: decodeSize })));
      // Crops are drawn after the awaits, in sample order, so a seeded run is reproducible
      // whatever order the decodes finish in.
      const crops = indices.map(() => cropsFor());
      const views = crops[0]?.length ?? 1;
      const buffer = new Float32Array(indices.length * views * pixels);
      decoded.forEach((image, row) => crops[row]!.forEach((crop, v) => cropInto(image, decodeSize, inputSize, crop, buffer, (row * views + v) * pixels)));
      return tf.tidy(() => ({
        x: tf.tensor4d(buffer, [indices.length * views, inputSize, inputSize, 3]),
        y: tf.oneHot(tf.tensor1d(indices.map((i) => images.labels[i]!), "int32"), images.numClasses).toFloat() as tf.Tensor2D,
        views,
      }));
    },
  };
}

// Child of bench/streaming-memory.ts: one epoch of stored paintings through the training data
// path and one evaluation pass, then its own peak RSS. Run alone, so the figure is this path's.
import * as tf from "@tensorflow/tfjs";
import { createLocalDiskStorage } from "@/server/storage/local-disk-storage";
import { selectBackend } from "@/worker/backend/select-backend";
import { epochBatches } from "@/worker/data/epoch-batches";
import { seededRandom } from "@/core/random/seeded-random";
import { PRESET_TRAINING, resolvePreset } from "@/core/model/presets";
import { buildVgg19 } from "@/worker/model/vgg19";
import { predictSource } from "@/worker/train/evaluate-model";
import { prefetchBatches } from "@/worker/train/prefetch-batches";
import { evaluationSource, trainingSource } from "@/worker/train/stored-image-source";

const [rootDir, count] = [process.argv[2]!, Number(process.argv[3])];
await selectBackend("wasm");
const storage = createLocalDiskStorage({ rootDir });
const config = resolvePreset("tiny", { numClasses: 2, seed: 1 });
const { batchSize, decodeSize } = PRESET_TRAINING.tiny;
const view = { inputSize: config.inputSize, decodeSize };
const images = { read: (i: number) => storage.get(`bench/${i}.png`), labels: Array.from({ length: count }, (_, i) => i % 2), numClasses: 2 };
const model = buildVgg19(config);
const started = performance.now();
const source = trainingSource(images, view, { random: seededRandom(1) });
let seen = 0;
for await (const { batch } of prefetchBatches(source, epochBatches(count, batchSize, { seed: 1, epoch: 0 }).batches)) {
  tf.tidy(() => (model.predict(batch.x) as tf.Tensor).dataSync());
  seen += batch.y.shape[0];
  tf.dispose([batch.x, batch.y]);
}
// Evaluation reads a tenth, as a validation split would.
const heldOut = { ...images, labels: images.labels.slice(0, Math.ceil(count / 10)) };
await predictSource(model, evaluationSource(heldOut, view));
const seconds = (performance.now() - started) / 1000;
if (seen !== count) throw new Error(`saw ${seen} of ${count}`);
console.log(`RESULT ${JSON.stringify({ n: count, peakRssMb: process.resourceUsage().maxRSS / 1024, seconds, imagesPerSecond: count / seconds, tensors: tf.memory().numTensors })}`);

// One measurement for bench/train-throughput.ts, in its own process so that an out-of-memory
// abort of the 4 GB wasm heap, or a pure-JS case that runs for minutes, cannot take the others
// down. Usage: tsx bench/lib/train-throughput-case.ts <backend> <case> <batch> [warmup].
// Prints one RESULT line.
import * as tf from "@tensorflow/tfjs";
import { selectBackend } from "@/worker/backend/select-backend";
import { DEFAULT_AUGMENTATION } from "@/worker/data/augment";
import { seededRandom } from "@/core/random/seeded-random";
import { countFlops } from "@/worker/model/count-flops";
import { resolvePreset } from "@/core/model/presets";
import { type Vgg19Config } from "@/core/model/vgg19-config";
import { applyVgg19ConvBase, buildVgg19 } from "@/worker/model/vgg19";
import { tensorSource } from "@/worker/train/batch-source";
import { trainEpoch } from "@/worker/train/train-epoch";

export type CaseName = "matmul" | "matmul-conv1x1" | "tiny-train" | "full-step" | "conv-base-step" | "conv-base-forward";
export type CaseResult = { seconds: number; runs: number; batch: number; flopsPerRun: number; note?: string };

const FULL: Vgg19Config = { ...resolvePreset("full", { numClasses: 2, seed: 1 }) };
const TIMED_SECONDS = Number(process.env.BENCH_TIMED_SECONDS ?? 15);

/** Median seconds of `run` after `warmup` untimed calls, timed until the budget (1 to 10 runs). */
async function timeRuns(run: () => Promise<void>, warmup: number): Promise<{ seconds: number; runs: number }> {
  for (let i = 0; i < warmup; i++) await run();
  const times: number[] = [];
  const started = performance.now();
  while (times.length === 0 || ((performance.now() - started) / 1000 < TIMED_SECONDS && times.length < 10)) {
    const t = performance.now();
    await run();
    times.push((performance.now() - t) / 1000);
  }
  times.sort((a, b) => a - b);
  return { seconds: times[Math.floor(times.length / 2)], runs: times.length };
}

function randomBatch(batch: number, size: number, numClasses: number) {
  const random = seededRandom(batch);
  const x = tf.tensor4d(Float32Array.from({ length: batch * size * size * 3 }, random), [batch, size, size, 3]);
  const y = tf.oneHot(tf.tensor1d(Array.from({ length: batch }, (_, i) => i % numClasses), "int32"), numClasses).toFloat() as tf.Tensor2D;
  return { x, y };
}

/** One Adam step through the product's own epoch loop (augmentation included) on one batch. */
async function trainStep(model: tf.LayersModel, batch: number, size: number, warmup: number) {
  const source = tensorSource(randomBatch(batch, size, 2));
  const optimizer = tf.train.adam(0.001);
  const random = seededRandom(1);
  return timeRuns(async () => {
    await trainEpoch({ model, optimizer, source, epoch: 0, batchSize: batch, seed: 1, augment: DEFAULT_AUGMENTATION, random });
  }, warmup);
}

function convBase(inputSize: number, head: boolean): tf.LayersModel {
  const input = tf.input({ shape: [inputSize, inputSize, 3] });
  let x = applyVgg19ConvBase(input, { widthDivisor: 1, seed: 1 });
  if (head) x = tf.layers.dense({ units: 2, activation: "softmax" }).apply(tf.layers.flatten().apply(x)) as tf.SymbolicTensor;
  return tf.model({ inputs: input, outputs: x });
}

const convMacs = countFlops(FULL).convMultiplyAdds;

const CASES: Record<CaseName, (batch: number, warmup: number) => Promise<CaseResult>> = {
  async matmul(n, warmup) {
    const a = tf.randomUniform([n, n]) as tf.Tensor2D;
    const timing = await timeRuns(async () => void (await tf.matMul(a, a).data()), warmup);
    return { ...timing, batch: n, flopsPerRun: 2 * n ** 3, note: `${n}x${n} float32 matMul` };
  },
  // The same product as a 1x1 convolution: on wasm this reaches XNNPACK's threaded GEMM, where
  // tfjs's BatchMatMul runs XNNPACK without the thread pool.
  async "matmul-conv1x1"(n, warmup) {
    const a = tf.randomUniform([1, 1, n, n]) as tf.Tensor4D;
    const timing = await timeRuns(async () => void (await tf.conv2d(a, a, 1, "valid").data()), warmup);
    return { ...timing, batch: n, flopsPerRun: 2 * n ** 3, note: `${n}x${n} product as a 1x1 conv2d` };
  },
  async "tiny-train"(batch, warmup) {
    const config = resolvePreset("tiny", { numClasses: 2, seed: 1 });
    const timing = await trainStep(buildVgg19(config), batch, config.inputSize, warmup);
    return { ...timing, batch, flopsPerRun: 6 * countFlops(config).multiplyAdds * batch, note: "tiny preset, Adam step" };
  },
  async "full-step"(batch, warmup) {
    const timing = await trainStep(buildVgg19(FULL), batch, 224, warmup);
    return { ...timing, batch, flopsPerRun: 6 * countFlops(FULL).multiplyAdds * batch, note: "full VGG19 224, Adam step" };
  },
  async "conv-base-step"(batch, warmup) {
    const timing = await trainStep(convBase(224, true), batch, 224, warmup);
    return { ...timing, batch, flopsPerRun: 6 * (convMacs + 25088 * 2) * batch, note: "conv base + Dense(2) at 224, Adam step" };
  },
  async "conv-base-forward"(batch, warmup) {
    const model = convBase(224, false);
    const { x } = randomBatch(batch, 224, 2);
    const timing = await timeRuns(async () => {
      const out = model.predict(x) as tf.Tensor;
      await out.data();
      out.dispose();
    }, warmup);
    return { ...timing, batch, flopsPerRun: 2 * convMacs * batch, note: "conv base forward at 224" };
  },
};

const [backend, name, batchArg, warmupArg = "1"] = process.argv.slice(2);
if (!backend || !(name in CASES) || !batchArg) {
  console.error(`usage: train-throughput-case.ts <backend> <${Object.keys(CASES).join("|")}> <batch> [warmup]`);
  process.exit(2);
}
const selected = await selectBackend(backend);
try {
  const result = await CASES[name as CaseName](Number(batchArg), Number(warmupArg));
  console.log(`RESULT ${JSON.stringify({ backend: selected.name, threads: selected.threads, ...result })}`);
} catch (error) {
  console.log(`RESULT ${JSON.stringify({ backend: selected.name, error: (error as Error).message.split("\n")[0] })}`);
}

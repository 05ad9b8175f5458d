import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { augmentBatch, augmentationMatrix, sampleAugmentation } from "@/worker/data/augment";
import { seededRandom } from "@/core/random/seeded-random";

const size = { height: 5, width: 5 };
const none = { angle: 0, scale: 1, dx: 0, dy: 0, flip: false };
const off = { rotationDegrees: 0, zoom: 0, shift: 0, horizontalFlip: false };

beforeAll(async () => {
  await tf.setBackend("cpu");
});

/** A 5x5 single-pixel image, repeated over 3 channels. */
function dot(row: number, col: number): tf.Tensor4D {
  const values = new Float32Array(25 * 3);
  for (let c = 0; c < 3; c++) values[(row * 5 + col) * 3 + c] = 1;
  return tf.tensor4d(values, [1, 5, 5, 3]);
}

function brightest(image: tf.Tensor4D): [number, number] {
  const index = tf.tidy(() => image.slice([0, 0, 0, 0], [1, 5, 5, 1]).reshape([25]).argMax().dataSync()[0]);
  return [Math.floor(index / 5), index % 5];
}

const apply = (image: tf.Tensor4D, params: typeof none) =>
  tf.image.transform(image, tf.tensor2d([augmentationMatrix(params, size)]), "nearest", "constant") as tf.Tensor4D;

describe("augmentationMatrix", () => {
  it("is the identity with no augmentation, and a mirror when flipped", () => {
    expect(augmentationMatrix(none, size)).toEqual([1, 0, 0, 0, 1, 0, 0, 0]);
    expect(augmentationMatrix({ ...none, flip: true }, size)).toEqual([-1, 0, 4, 0, 1, 0, 0, 0]);
  });

  it("moves pixels as hand-computed: flip, shift, 90 degree rotation, 2x zoom", () => {
    expect(brightest(apply(dot(1, 0), { ...none, flip: true }))).toEqual([1, 4]);
    expect(brightest(apply(dot(1, 1), { ...none, dx: 2, dy: 1 }))).toEqual([2, 3]);
    // Output (x, y) samples input R(90)(p - c) + c with c = (2, 2): output (x 0, y 2) has
    // p - c = (-2, 0), rotated to (0, -2), so it reads input (x 2, y 0), where the dot is.
    expect(brightest(apply(dot(0, 2), { ...none, angle: Math.PI / 2 }))).toEqual([2, 0]);
    // Zooming out to half size about the centre (2, 2) moves a dot 2 pixels from it to 1 pixel.
    expect(brightest(apply(dot(2, 4), { ...none, scale: 0.5 }))).toEqual([2, 3]);
  });
});

describe("sampleAugmentation", () => {
  it("stays inside the configured ranges", () => {
    const random = seededRandom(3);
    const options = { rotationDegrees: 20, zoom: 0.1, shift: 0.2, horizontalFlip: true };
    const samples = Array.from({ length: 500 }, () => sampleAugmentation(random, options, { height: 50, width: 100 }));
    expect(Math.max(...samples.map((s) => Math.abs(s.angle)))).toBeLessThanOrEqual((20 * Math.PI) / 180);
    expect(Math.min(...samples.map((s) => s.scale))).toBeGreaterThanOrEqual(0.9);
    expect(Math.max(...samples.map((s) => s.scale))).toBeLessThanOrEqual(1.1);
    expect(Math.max(...samples.map((s) => Math.abs(s.dx)))).toBeLessThanOrEqual(20);
    expect(Math.max(...samples.map((s) => Math.abs(s.dy)))).toBeLessThanOrEqual(10);
    const flips = samples.filter((s) => s.flip).length;
    expect(flips).toBeGreaterThan(200);
    expect(flips).toBeLessThan(300);
  });
});

describe("augmentBatch", () => {
  const images = tf.randomUniform([4, 16, 16, 3], 0, 1, "float32", 11) as tf.Tensor4D;

  it("keeps shape and [0, 1] range, and is reproducible from the seed", () => {
    const a = augmentBatch(images, { random: seededRandom(1) });
    const b = augmentBatch(images, { random: seededRandom(1) });
    const c = augmentBatch(images, { random: seededRandom(2) });
    expect(a.shape).toEqual([4, 16, 16, 3]);
    expect(a.min().dataSync()[0]).toBeGreaterThanOrEqual(0);
    expect(a.max().dataSync()[0]).toBeLessThanOrEqual(1);
    expect(Array.from(a.dataSync())).toEqual(Array.from(b.dataSync()));
    expect(Array.from(a.dataSync())).not.toEqual(Array.from(c.dataSync()));
    expect(Array.from(a.dataSync())).not.toEqual(Array.from(images.dataSync()));
    tf.dispose([a, b, c]);
  });

  it("augments every image of the batch, not only the first", () => {
    const out = augmentBatch(images, { random: seededRandom(4), options: { ...off, horizontalFlip: true, shift: 0.2 } });
    const perImage = tf.tidy(() => out.sub(images).abs().max([1, 2, 3]).dataSync());
    expect(Array.from(perImage).every((d) => d > 0.01)).toBe(true);
    out.dispose();
  });

  it("changes nothing when every augmentation is off", () => {
    const out = augmentBatch(images, { random: seededRandom(1), options: off });
    const diff = tf.tidy(() => out.sub(images).abs().max().dataSync()[0]);
    expect(diff).toBeLessThan(1e-6);
    out.dispose();
  });
});

import { describe, expect, it } from "vitest";
import { cropInto, gridCrops, randomCrop } from "@/worker/data/crop-image";

// A 3x3 RGB image whose pixel (x, y) has red = 10*y + x, green = 100, blue = 255.
const image = Uint8Array.from({ length: 27 }, (_, i) => {
  const pixel = Math.floor(i / 3);
  return [10 * Math.floor(pixel / 3) + (pixel % 3), 100, 255][i % 3]!;
});
const reds = (out: Float32Array) => Array.from(out.filter((_, i) => i % 3 === 0), (v) => Math.round(v * 255));

describe("cropInto", () => {
  it("copies the window as [0, 1] floats", () => {
    const out = new Float32Array(12);
    cropInto(image, 3, 2, { x: 1, y: 1, flip: false }, out);
    expect(reds(out)).toEqual([11, 12, 21, 22]);
    expect(out[1]).toBeCloseTo(100 / 255);
    expect(out[2]).toBe(1);
  });

  it("mirrors left-right and writes at an offset", () => {
    const out = new Float32Array(15);
    cropInto(image, 3, 2, { x: 0, y: 0, flip: true }, out, 3);
    expect(reds(out.subarray(3))).toEqual([1, 0, 11, 10]);
    expect(out[0]).toBe(0);
  });

  it("refuses a window outside the image", () => {
    expect(() => cropInto(image, 3, 2, { x: 2, y: 0, flip: false }, new Float32Array(12))).toThrow(RangeError);
    expect(() => cropInto(image, 3, 4, { x: 0, y: 0, flip: false }, new Float32Array(48))).toThrow(RangeError);
  });
});

describe("gridCrops", () => {
  it("covers the image corner to corner", () => {
    expect(gridCrops(128, 64).map(({ x, y }) => [x, y])).toEqual([[0, 0], [64, 0], [0, 64], [64, 64]]);
    // 224 / 64 -> 4 per side, steps of 160/3 rounded.
    expect(gridCrops(224, 64).slice(0, 4).map(({ x }) => x)).toEqual([0, 53, 107, 160]);
    expect(gridCrops(64, 64)).toEqual([{ x: 0, y: 0, flip: false }]);
  });
});

describe("randomCrop", () => {
  it("stays inside and uses every position", () => {
    let state = 0;
    const random = () => (state = (state + 0.37) % 1);
    const seen = new Set<number>();
    for (let i = 0; i < 200; i++) {
      const { x, y } = randomCrop(random, 5, 3);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y + 3).toBeLessThanOrEqual(5);
      seen.add(x);
    }
    expect([...seen].sort()).toEqual([0, 1, 2]);
    expect(randomCrop(() => 0.9, 4, 4)).toEqual({ x: 0, y: 0, flip: false });
  });
});

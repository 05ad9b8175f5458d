import { describe, expect, it } from "vitest";
import { DEFAULT_IMAGE_LIMITS, readImageLimits } from "@/server/images/image-limits";

describe("readImageLimits", () => {
  it("uses the defaults when nothing is set, or set empty", () => {
    expect(readImageLimits({})).toEqual(DEFAULT_IMAGE_LIMITS);
    expect(readImageLimits({ IMAGE_MAX_BYTES: "", IMAGE_MAX_PIXELS: "" })).toEqual(DEFAULT_IMAGE_LIMITS);
    expect(DEFAULT_IMAGE_LIMITS).toEqual({ maxBytes: 41_943_040, maxPixels: 80_000_000, maxDimension: 20_000 });
  });

  it("takes overrides from the environment", () => {
    expect(readImageLimits({ IMAGE_MAX_BYTES: "1048576", IMAGE_MAX_PIXELS: "25000000", IMAGE_MAX_DIMENSION: "8000" })).toEqual({
      maxBytes: 1_048_576,
      maxPixels: 25_000_000,
      maxDimension: 8000,
    });
  });

  it("refuses values that are not positive integers, naming the variable", () => {
    expect(() => readImageLimits({ IMAGE_MAX_BYTES: "40MB" })).toThrow(/IMAGE_MAX_BYTES/);
    expect(() => readImageLimits({ IMAGE_MAX_PIXELS: "-5" })).toThrow(/IMAGE_MAX_PIXELS/);
    expect(() => readImageLimits({ IMAGE_MAX_PIXELS: "1.5" })).toThrow(/IMAGE_MAX_PIXELS/);
  });
});

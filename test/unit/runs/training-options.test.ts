import { describe, expect, it } from "vitest";
import { parseTrainingConfig } from "@/server/services/runs/training-config";
import { trainingOptions } from "@/server/services/runs/training-options";

describe("start-a-run form options", () => {
  const options = trainingOptions();

  it("describes every preset and uses the server's own defaults", () => {
    expect(options.presets.map((p) => [p.name, p.inputSize])).toEqual([["tiny", 64], ["small", 128], ["full", 224]]);
    expect(options.presets.every((p) => p.description.length > 20)).toBe(true);
    expect(options.defaults).toEqual(parseTrainingConfig({}));
  });

  it("reads each number's bounds from the validation schema", () => {
    const limits = Object.fromEntries(options.limits.map((l) => [l.field, l]));
    expect(limits.epochs).toEqual({ field: "epochs", min: 1, max: 200, integer: true });
    expect(limits.kFolds).toEqual({ field: "kFolds", min: 2, max: 10, integer: true });
    expect(limits.learningRate).toMatchObject({ max: 1, integer: false });
    // The bounds are the ones the server enforces: just past them is refused.
    expect(() => parseTrainingConfig({ epochs: limits.epochs!.max! + 1 })).toThrow();
    expect(() => parseTrainingConfig({ batchSize: limits.batchSize!.min! - 1 })).toThrow();
  });
});

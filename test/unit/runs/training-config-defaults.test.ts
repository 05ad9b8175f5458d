import { describe, expect, it } from "vitest";
import { parseTrainingConfig } from "@/server/services/runs/training-config";
import { MODEL_PRESETS, PRESET_TRAINING } from "@/core/model/presets";

describe("training config defaults per preset", () => {
  it("resolves every empty field to the preset's measured default", () => {
    const tiny = parseTrainingConfig({});
    const { augmentation: _augmentation, ...fields } = PRESET_TRAINING.tiny;
    expect(tiny).toMatchObject({ preset: "tiny", ...fields, batchNorm: MODEL_PRESETS.tiny.batchNorm });
    expect(tiny).not.toHaveProperty("augmentation");
  });

  it("keeps the research's recipe for full", () => {
    expect(parseTrainingConfig({ preset: "full" })).toMatchObject({
      epochs: 10, batchSize: 16, learningRate: 0.001, patience: 3, batchNorm: false, decodeSize: 224, maxTrainingMinutes: 0,
    });
  });

  it("lets a user's value win and is idempotent on a stored config", () => {
    const chosen = parseTrainingConfig({ learningRate: 0.01, batchNorm: false, epochs: null, maxTrainingMinutes: 0 });
    expect(chosen).toMatchObject({ learningRate: 0.01, batchNorm: false, epochs: PRESET_TRAINING.tiny.epochs, maxTrainingMinutes: 0 });
    expect(parseTrainingConfig(chosen)).toEqual(chosen);
  });

  it("refuses windows larger than the decoded image", () => {
    expect(() => parseTrainingConfig({ preset: "small", decodeSize: 64 })).toThrow(/decodeSize/);
    expect(() => parseTrainingConfig({ decodeSize: 256 })).toThrow();
  });
});

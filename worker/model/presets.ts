// Named model sizes. `full` is the research's network; the others exist because VGG19 at 224 on
// two CPU cores trains at well under one image per second (ENVIRONMENT.md). Every run stores the
// resolved configuration it used (see `resolvePreset`), never just the name.
import type { Vgg19Config } from "./vgg19";

export type ModelPresetName = "full" | "small" | "tiny";
export type ModelPreset = Omit<Vgg19Config, "numClasses" | "seed"> & { name: ModelPresetName; description: string };

const INITIALIZER = "heNormal" as const;

export const MODEL_PRESETS: Readonly<Record<ModelPresetName, ModelPreset>> = {
  full: {
    name: "full",
    inputSize: 224,
    widthDivisor: 1,
    denseUnits: 4096,
    dropout: 0.5,
    initializer: INITIALIZER,
    description: "VGG19 as published: 224x224, 64-512 filters, two 4096 dense layers (needs a GPU to train)",
  },
  small: {
    name: "small",
    inputSize: 128,
    widthDivisor: 4,
    denseUnits: 4096,
    dropout: 0.5,
    initializer: INITIALIZER,
    description: "VGG19 layout at 128x128 with a quarter of the widths (16-128 filters, 1024 dense)",
  },
  tiny: {
    name: "tiny",
    inputSize: 64,
    widthDivisor: 16,
    denseUnits: 4096,
    dropout: 0.5,
    initializer: INITIALIZER,
    description: "VGG19 layout at 64x64 with 1/16 of the widths (4-32 filters, 256 dense); CPU-friendly",
  },
};

export function isModelPresetName(value: string): value is ModelPresetName {
  return Object.hasOwn(MODEL_PRESETS, value);
}

/** The full configuration a run records, with the preset's name beside it. */
export function resolvePreset(
  name: string,
  { numClasses, seed }: { numClasses: number; seed?: number },
): Vgg19Config & { preset: ModelPresetName } {
  if (!isModelPresetName(name)) {
    throw new Error(`unknown model preset "${name}"; use one of ${Object.keys(MODEL_PRESETS).join(", ")}`);
  }
  const { name: preset, description: _description, ...config } = MODEL_PRESETS[name];
  return { ...config, numClasses, seed, preset };
}

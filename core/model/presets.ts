// Named model sizes. `full` is the research's network; the others exist because VGG19 at 224 on
// two CPU cores trains at well under one image per second (measured with the wasm backend: about
// 0.33 images/s for the conv base with a small head). Every run stores the
// resolved configuration it used (see `resolvePreset` and parseTrainingConfig), never just the name.
import type { Vgg19Config } from "./vgg19-config";

export type ModelPresetName = "full" | "small" | "tiny";
export type ModelPreset = Omit<Vgg19Config, "numClasses" | "seed"> & { name: ModelPresetName; description: string };

/**
 * What a run of each preset gets for every field the user left empty. `full` keeps the research's
 * recipe. The narrow CPU presets were measured on real paintings (worker/model/README.md): at
 * Adam 0.001 without batch norm they sat at ln 2 and early stopping ended them there.
 * - decodeSize: the stored 224 px copy is decoded at this size and the network sees an
 *   inputSize window of it (random in training, a covering grid averaged in evaluation).
 * - augmentation "crop": random window + mirror, no interpolation (keeps generator traces);
 *   "affine": the research's rotation/zoom/shift/flip.
 * - maxTrainingMinutes: a time budget besides the epoch count; 0 means none.
 */
export type PresetTraining = {
  epochs: number;
  batchSize: number;
  learningRate: number;
  patience: number;
  decodeSize: number;
  augmentation: "crop" | "affine";
  maxTrainingMinutes: number;
};

const INITIALIZER = "heNormal" as const;

export const MODEL_PRESETS: Readonly<Record<ModelPresetName, ModelPreset>> = {
  full: {
    name: "full",
    inputSize: 224,
    widthDivisor: 1,
    denseUnits: 4096,
    dropout: 0.5,
    initializer: INITIALIZER,
    batchNorm: false,
    description: "VGG19 as published: 224x224, 64-512 filters, two 4096 dense layers (needs a GPU to train)",
  },
  small: {
    name: "small",
    inputSize: 128,
    widthDivisor: 4,
    denseUnits: 4096,
    dropout: 0.5,
    initializer: INITIALIZER,
    batchNorm: true,
    description: "VGG19-BN layout at 128x128 with a quarter of the widths (16-128 filters, 1024 dense)",
  },
  tiny: {
    name: "tiny",
    inputSize: 64,
    widthDivisor: 16,
    denseUnits: 4096,
    dropout: 0.5,
    initializer: INITIALIZER,
    batchNorm: true,
    description: "VGG19-BN layout, 64x64 windows of the painting at 1/16 of the widths (4-32 filters, 256 dense); CPU-friendly",
  },
};

export const PRESET_TRAINING: Readonly<Record<ModelPresetName, PresetTraining>> = {
  full: { epochs: 10, batchSize: 16, learningRate: 0.001, patience: 3, decodeSize: 224, augmentation: "affine", maxTrainingMinutes: 0 },
  small: { epochs: 30, batchSize: 16, learningRate: 0.001, patience: 6, decodeSize: 224, augmentation: "crop", maxTrainingMinutes: 25 },
  tiny: { epochs: 30, batchSize: 16, learningRate: 0.001, patience: 6, decodeSize: 128, augmentation: "crop", maxTrainingMinutes: 25 },
};

export function isModelPresetName(value: string): value is ModelPresetName {
  return Object.hasOwn(MODEL_PRESETS, value);
}

/** The full network configuration a run records, with the preset's name beside it. */
export function resolvePreset(
  name: string,
  { numClasses, seed, batchNorm }: { numClasses: number; seed?: number; batchNorm?: boolean },
): Vgg19Config & { preset: ModelPresetName } {
  if (!isModelPresetName(name)) {
    throw new Error(`unknown model preset "${name}"; use one of ${Object.keys(MODEL_PRESETS).join(", ")}`);
  }
  const { name: preset, description: _description, ...config } = MODEL_PRESETS[name];
  return { ...config, ...(batchNorm === undefined ? {} : { batchNorm }), numClasses, seed, preset };
}

// What a manager may choose for a training run. Fields left empty (null) take the preset's
// defaults (PRESET_TRAINING in core/model/presets.ts): `full` keeps the research's recipe
// (Adam at 0.001, 10 epochs, patience 3); the CPU presets use what was measured to learn on real
// paintings. parseTrainingConfig returns resolved values, so a run stores what it really used.
import { z } from "zod";
import { MODEL_PRESETS, PRESET_TRAINING } from "@/core/model/presets";

export const TRAINING_PRESETS = ["tiny", "small", "full"] as const;
export const TRAINING_BACKENDS = ["auto", "tensorflow-gpu", "tensorflow", "wasm", "cpu"] as const;
export const FREEZE_MODES = ["all-conv", "except-last-block", "none"] as const;

export const trainingConfigSchema = z.object({
  preset: z.enum(TRAINING_PRESETS).default("tiny"),
  epochs: z.number().int().min(1).max(200).nullable().default(null),
  batchSize: z.number().int().min(1).max(256).nullable().default(null),
  learningRate: z.number().positive().max(1).nullable().default(null),
  /**
   * Epochs without a better validation loss (the mean of the last 3 epochs') before stopping; 0
   * turns early stopping off. Epochs still at the chance loss (ln of the class count) do not count:
   * narrow nets sit there a while.
   */
  patience: z.number().int().min(0).max(50).nullable().default(null),
  /** Stops after the epoch that would take training past this budget; 0 means no budget. */
  maxTrainingMinutes: z.number().min(0).max(7 * 24 * 60).nullable().default(null),
  /** Batch normalisation after every convolution (VGG19-BN); null: the preset's choice. */
  batchNorm: z.boolean().nullable().default(null),
  /** Side the stored 224 px copy is decoded at before taking input-sized windows; null: the preset's. */
  decodeSize: z.number().int().min(32).max(224).nullable().default(null),
  seed: z.number().int().min(0).max(2 ** 31 - 1).default(42),
  /** Cross-validation folds over train+validation; null trains once on the 80/10/10 split. */
  kFolds: z.number().int().min(2).max(10).nullable().default(null),
  augment: z.boolean().default(true),
  /** Name of a converted TensorFlow.js VGG19 under PRETRAINED_MODELS_DIR; nothing is downloaded. */
  pretrainedModel: z.string().regex(/^[a-zA-Z0-9._-]{1,64}$/).refine((name) => name !== "." && name !== "..", "Not a folder name.").nullable().default(null),
  freeze: z.enum(FREEZE_MODES).default("all-conv"),
  backend: z.enum(TRAINING_BACKENDS).default("auto"),
}).refine((config) => !config.pretrainedModel || config.preset === "full", {
  // Converted ImageNet weights have VGG19's real widths; the narrowed presets cannot hold them.
  message: "Pretrained weights need the full preset (VGG19's real widths).",
  path: ["pretrainedModel"],
}).refine((config) => config.decodeSize === null || config.decodeSize >= MODEL_PRESETS[config.preset].inputSize, {
  message: "decodeSize must be at least the preset's input size (windows are cut from the decoded image).",
  path: ["decodeSize"],
});

type PresetDefaulted = "epochs" | "batchSize" | "learningRate" | "patience" | "maxTrainingMinutes" | "batchNorm" | "decodeSize";
export type TrainingConfigInput = z.infer<typeof trainingConfigSchema>;
export type TrainingConfig = Omit<TrainingConfigInput, PresetDefaulted> & {
  [K in Exclude<PresetDefaulted, "batchNorm">]: number;
} & { batchNorm: boolean };

/** Input with nulls from GraphQL treated as "use the default". */
export function parseTrainingConfig(input: Record<string, unknown> | null | undefined): TrainingConfig {
  const cleaned = Object.fromEntries(Object.entries(input ?? {}).filter(([, value]) => value !== null && value !== undefined));
  const parsed = trainingConfigSchema.parse(cleaned);
  const preset = PRESET_TRAINING[parsed.preset];
  return {
    ...parsed,
    epochs: parsed.epochs ?? preset.epochs,
    batchSize: parsed.batchSize ?? preset.batchSize,
    learningRate: parsed.learningRate ?? preset.learningRate,
    patience: parsed.patience ?? preset.patience,
    maxTrainingMinutes: parsed.maxTrainingMinutes ?? preset.maxTrainingMinutes,
    batchNorm: parsed.batchNorm ?? MODEL_PRESETS[parsed.preset].batchNorm ?? false,
    decodeSize: parsed.decodeSize ?? preset.decodeSize,
  };
}

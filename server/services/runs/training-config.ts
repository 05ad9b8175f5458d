// What a manager may choose for a training run, with the research's defaults: Adam at 0.001,
// categorical cross-entropy, 10 epochs, 80/10/10 split, early stopping on validation loss.
import { z } from "zod";

export const TRAINING_PRESETS = ["tiny", "small", "full"] as const;
export const TRAINING_BACKENDS = ["auto", "tensorflow-gpu", "tensorflow", "wasm", "cpu"] as const;
export const FREEZE_MODES = ["all-conv", "except-last-block", "none"] as const;

export const trainingConfigSchema = z.object({
  preset: z.enum(TRAINING_PRESETS).default("tiny"),
  epochs: z.number().int().min(1).max(200).default(10),
  batchSize: z.number().int().min(1).max(256).default(16),
  learningRate: z.number().positive().max(1).default(0.001),
  /** Epochs without a better validation loss before stopping; 0 turns early stopping off. */
  patience: z.number().int().min(0).max(50).default(3),
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
});

export type TrainingConfig = z.infer<typeof trainingConfigSchema>;

/** Input with nulls from GraphQL treated as "use the default". */
export function parseTrainingConfig(input: Record<string, unknown> | null | undefined): TrainingConfig {
  const cleaned = Object.fromEntries(Object.entries(input ?? {}).filter(([, value]) => value !== null && value !== undefined));
  return trainingConfigSchema.parse(cleaned);
}

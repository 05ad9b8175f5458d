// What the "start a run" form offers: the model presets with their descriptions, the defaults a
// run gets for every field left empty, and each number's bounds. All of it is read from the
// presets and the Zod schema the server validates with, so the form can never drift from them.
import { z } from "zod";
import { MODEL_PRESETS } from "@/core/model/presets";
import { parseTrainingConfig, TRAINING_PRESETS, trainingConfigSchema } from "./training-config";

export type NumberLimit = { field: string; min: number | null; max: number | null; integer: boolean };

const NUMBER_FIELDS = ["epochs", "batchSize", "learningRate", "patience", "seed", "kFolds", "maxTrainingMinutes"] as const;

export function trainingOptions() {
  return {
    presets: TRAINING_PRESETS.map((name) => ({
      name,
      description: MODEL_PRESETS[name].description,
      inputSize: MODEL_PRESETS[name].inputSize,
      defaults: parseTrainingConfig({ preset: name }),
    })),
    // Resolved for the default preset; another preset resolves its own (parseTrainingConfig).
    defaults: parseTrainingConfig({}),
    limits: NUMBER_FIELDS.map((field) => numberLimit(field, trainingConfigSchema.shape[field])),
  };
}

function numberLimit(field: string, schema: z.ZodType): NumberLimit {
  let inner: z.ZodType = schema;
  // Peel .default() and .nullable() to reach the number's own checks.
  while (inner instanceof z.ZodDefault || inner instanceof z.ZodNullable) inner = inner.unwrap() as z.ZodType;
  if (!(inner instanceof z.ZodNumber)) throw new Error(`training option ${field} is not a number`);
  return { field, min: inner.minValue, max: inner.maxValue, integer: inner.isInt };
}

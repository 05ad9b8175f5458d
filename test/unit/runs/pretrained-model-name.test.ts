// pretrainedModel names a sub-folder of PRETRAINED_MODELS_DIR; it must never step out of it.
import { describe, expect, it } from "vitest";
import { trainingConfigSchema } from "@/server/services/runs/training-config";

const parse = (pretrainedModel: string) => trainingConfigSchema.safeParse({ preset: "full", pretrainedModel });

describe("pretrainedModel names", () => {
  it("refuses . and .., which name the folder itself and its parent", () => {
    for (const name of [".", ".."]) expect(parse(name).success).toBe(false);
  });

  it("refuses separators and empty names", () => {
    for (const name of ["../x", "a/b", "a\\b", "", "x".repeat(65)]) expect(parse(name).success).toBe(false);
  });

  it("accepts ordinary folder names, dots inside included", () => {
    for (const name of ["vgg19-imagenet", "vgg19_v1.2", ".hidden-but-named", "a..b"]) expect(parse(name).success).toBe(true);
  });
});

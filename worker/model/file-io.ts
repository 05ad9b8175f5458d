// tf.io handlers for a layers model stored as files (model.json + binary weights), the layout
// tensorflowjs_converter writes and tfjs-node's `file://` handler reads. tfjs-node cannot be
// installed on every machine (its install script downloads libtensorflow, which fails offline)
// and the pure-JS package has no file handler, so
// one handler is written here over any place that can read and write named files: a directory
// (fileSystemHandler) or the product's blob storage (storage-io.ts).
import fs from "node:fs/promises";
import path from "node:path";
import * as tf from "@tensorflow/tfjs";

const MODEL_FILE = "model.json";
const WEIGHTS_FILE = "weights.bin";

type ModelJson = {
  modelTopology: object;
  weightsManifest: tf.io.WeightsManifestConfig;
  format?: string;
  generatedBy?: string;
  convertedBy?: string | null;
  trainingConfig?: tf.io.TrainingConfig;
  userDefinedMetadata?: tf.io.ModelArtifacts["userDefinedMetadata"];
};

/** Where a model's files live; `describe` names a file in error messages. */
export type ModelFiles = {
  read(file: string): Promise<Buffer>;
  write(file: string, data: Buffer): Promise<void>;
  describe(file: string): string;
};

export function modelFilesHandler(files: ModelFiles): tf.io.IOHandler {
  return {
    async save(artifacts) {
      if (artifacts.modelTopology instanceof ArrayBuffer) {
        throw new Error("only layers models (JSON topology) can be saved");
      }
      const weights = artifacts.weightData ? new tf.io.CompositeArrayBuffer(artifacts.weightData).slice() : new ArrayBuffer(0);
      const modelJson: ModelJson = {
        modelTopology: artifacts.modelTopology ?? {},
        format: artifacts.format,
        generatedBy: artifacts.generatedBy,
        convertedBy: artifacts.convertedBy,
        trainingConfig: artifacts.trainingConfig,
        userDefinedMetadata: artifacts.userDefinedMetadata,
        weightsManifest: [{ paths: [WEIGHTS_FILE], weights: artifacts.weightSpecs ?? [] }],
      };
      // Weights first, so a model.json always has its weights beside it.
      await files.write(WEIGHTS_FILE, Buffer.from(weights));
      await files.write(MODEL_FILE, Buffer.from(JSON.stringify(modelJson)));
      return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
    },
    async load() {
      const modelJson = await readModelJsonFrom(files);
      const { weightSpecs, weightData } = await readWeightsFrom(files, modelJson.weightsManifest);
      return {
        modelTopology: modelJson.modelTopology,
        format: modelJson.format,
        generatedBy: modelJson.generatedBy,
        convertedBy: modelJson.convertedBy ?? undefined,
        trainingConfig: modelJson.trainingConfig,
        userDefinedMetadata: modelJson.userDefinedMetadata,
        weightSpecs,
        weightData,
      };
    },
  };
}

export function directoryFiles(dir: string): ModelFiles {
  return {
    read: (file) => fs.readFile(path.join(dir, file)),
    async write(file, data) {
      await fs.mkdir(dir, { recursive: true });
      await fs.writeFile(path.join(dir, file), data);
    },
    describe: (file) => path.join(dir, file),
  };
}

export function fileSystemHandler(dir: string): tf.io.IOHandler {
  return modelFilesHandler(directoryFiles(dir));
}

export async function readModelJson(dir: string): Promise<ModelJson> {
  return readModelJsonFrom(directoryFiles(dir));
}

export async function readWeights(dir: string, manifest: tf.io.WeightsManifestConfig) {
  return readWeightsFrom(directoryFiles(dir), manifest);
}

async function readModelJsonFrom(files: ModelFiles): Promise<ModelJson> {
  let text: string;
  try {
    text = (await files.read(MODEL_FILE)).toString("utf8");
  } catch (error) {
    throw new Error(`no model at ${files.describe(MODEL_FILE)}: ${(error as Error).message}`);
  }
  const json = JSON.parse(text) as Partial<ModelJson>;
  if (!json.modelTopology || !Array.isArray(json.weightsManifest)) {
    throw new Error(`${files.describe(MODEL_FILE)} is not a tfjs layers model (needs modelTopology and weightsManifest)`);
  }
  return json as ModelJson;
}

/** All weight groups, shard files concatenated in manifest order, as one buffer. */
async function readWeightsFrom(
  files: ModelFiles,
  manifest: tf.io.WeightsManifestConfig,
): Promise<{ weightSpecs: tf.io.WeightsManifestEntry[]; weightData: ArrayBuffer }> {
  const weightSpecs = manifest.flatMap((group) => group.weights);
  const shards = await Promise.all(manifest.flatMap((group) => group.paths).map((file) => files.read(file)));
  const all = Buffer.concat(shards);
  return { weightSpecs, weightData: all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength) as ArrayBuffer };
}

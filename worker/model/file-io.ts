// A tf.io handler for a directory on disk (model.json + binary weight files), the layout
// tensorflowjs_converter writes and tfjs-node's `file://` handler reads. tfjs-node cannot be
// installed on every machine (ENVIRONMENT.md), and the pure-JS package has no file system handler.
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

export function fileSystemHandler(dir: string): tf.io.IOHandler {
  return {
    async save(artifacts) {
      if (artifacts.modelTopology instanceof ArrayBuffer) {
        throw new Error("fileSystemHandler saves JSON model topologies only (layers models)");
      }
      await fs.mkdir(dir, { recursive: true });
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
      // Weights first, so a model.json on disk always has its weights beside it.
      await fs.writeFile(path.join(dir, WEIGHTS_FILE), Buffer.from(weights));
      await fs.writeFile(path.join(dir, MODEL_FILE), JSON.stringify(modelJson));
      return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
    },
    async load() {
      const modelJson = await readModelJson(dir);
      const { weightSpecs, weightData } = await readWeights(dir, modelJson.weightsManifest);
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

export async function readModelJson(dir: string): Promise<ModelJson> {
  const file = path.join(dir, MODEL_FILE);
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    throw new Error(`no model at ${file}: ${(error as Error).message}`);
  }
  const json = JSON.parse(text) as Partial<ModelJson>;
  if (!json.modelTopology || !Array.isArray(json.weightsManifest)) {
    throw new Error(`${file} is not a tfjs layers model (needs modelTopology and weightsManifest)`);
  }
  return json as ModelJson;
}

/** All weight groups, shard files concatenated in manifest order, as one buffer. */
export async function readWeights(
  dir: string,
  manifest: tf.io.WeightsManifestConfig,
): Promise<{ weightSpecs: tf.io.WeightsManifestEntry[]; weightData: ArrayBuffer }> {
  const weightSpecs = manifest.flatMap((group) => group.weights);
  const shards = await Promise.all(
    manifest.flatMap((group) => group.paths).map((file) => fs.readFile(path.join(dir, file))),
  );
  const all = Buffer.concat(shards);
  return { weightSpecs, weightData: all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength) as ArrayBuffer };
}

// Saves and loads a layers model through the product's blob storage (model.json + weights.bin
// under one key prefix), so model artifacts live wherever paintings do.
import * as tf from "@tensorflow/tfjs";
import type { BlobStorage } from "@/server/storage/storage";

export function storageHandler(storage: BlobStorage, keyOf: (file: string) => string): tf.io.IOHandler {
  return {
    async save(artifacts) {
      if (artifacts.modelTopology instanceof ArrayBuffer) throw new Error("only layers models (JSON topology) can be saved");
      const weights = artifacts.weightData ? new tf.io.CompositeArrayBuffer(artifacts.weightData).slice() : new ArrayBuffer(0);
      const modelJson = {
        modelTopology: artifacts.modelTopology,
        format: artifacts.format,
        generatedBy: artifacts.generatedBy,
        convertedBy: artifacts.convertedBy,
        userDefinedMetadata: artifacts.userDefinedMetadata,
        weightsManifest: [{ paths: ["weights.bin"], weights: artifacts.weightSpecs ?? [] }],
      };
      // Weights first: a model.json in storage always has its weights.
      await storage.put(keyOf("weights.bin"), Buffer.from(weights), "application/octet-stream");
      await storage.put(keyOf("model.json"), Buffer.from(JSON.stringify(modelJson)), "application/json");
      return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
    },
    async load(): Promise<tf.io.ModelArtifacts> {
      const modelJson = JSON.parse((await storage.get(keyOf("model.json"))).toString("utf8"));
      const weights = await storage.get(keyOf("weights.bin"));
      const manifest = modelJson.weightsManifest as tf.io.WeightsManifestConfig;
      return {
        modelTopology: modelJson.modelTopology,
        format: modelJson.format,
        generatedBy: modelJson.generatedBy,
        convertedBy: modelJson.convertedBy ?? undefined,
        userDefinedMetadata: modelJson.userDefinedMetadata,
        weightSpecs: manifest.flatMap((group) => group.weights),
        weightData: new Uint8Array(weights).buffer,
      };
    },
  };
}

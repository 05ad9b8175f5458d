// Saves and loads a layers model through the product's blob storage (model.json + weights.bin
// under one key prefix), so model artifacts live wherever paintings do.
import type * as tf from "@tensorflow/tfjs";
import type { BlobStorage } from "@/server/storage/storage";
import { modelFilesHandler } from "./file-io";

export function storageHandler(storage: BlobStorage, keyOf: (file: string) => string): tf.io.IOHandler {
  return modelFilesHandler({
    read: (file) => storage.get(keyOf(file)),
    write: (file, data) => storage.put(keyOf(file), data, file.endsWith(".json") ? "application/json" : "application/octet-stream"),
    describe: (file) => `storage key ${keyOf(file)}`,
  });
}

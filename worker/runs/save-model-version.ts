// Stores the trained model as the project's next version (TensorFlow.js layers format in blob
// storage). Versions are numbered per project; two runs finishing together retry on the clash.
import type * as tf from "@tensorflow/tfjs";
import type { Db } from "@/server/db/client";
import { isUniqueViolation } from "@/server/db/prisma-errors";
import type { BlobStorage } from "@/server/storage/storage";
import { modelKey } from "@/server/storage/storage-keys";
import { storageHandler } from "@/worker/model/storage-io";

type SaveInput = { projectId: string; runId: string; classKeys: string[]; inputSize: number; preset: string };

export async function saveModelVersion(db: Db, storage: BlobStorage, model: tf.LayersModel, input: SaveInput) {
  const existing = await db.modelVersion.findUnique({ where: { runId: input.runId } });
  if (existing) return existing;
  for (let attempt = 0; attempt < 5; attempt++) {
    const latest = await db.modelVersion.findFirst({ where: { projectId: input.projectId }, orderBy: { version: "desc" } });
    const version = (latest?.version ?? 0) + 1;
    // The run id in the key keeps two racing runs from writing the same files.
    const prefix = `${version}-${input.runId}`;
    await model.save(storageHandler(storage, (file) => modelKey(input.projectId, prefix, file)));
    try {
      return await db.modelVersion.create({
        data: { ...input, version, artifactKey: modelKey(input.projectId, prefix, "model.json") },
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error("could not allocate a model version number after 5 attempts");
}

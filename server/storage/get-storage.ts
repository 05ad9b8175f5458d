import { z } from "zod";
import { createLocalDiskStorage } from "./local-disk-storage";
import type { BlobStorage } from "./storage";
import { StorageError } from "./storage-error";

export const DEFAULT_STORAGE_DIR = "./.data/storage";
const DRIVERS = ["local"] as const;

const emptyAsUnset = (value: unknown) => (value === "" ? undefined : value);
const envSchema = z.object({
  STORAGE_DRIVER: z.preprocess(emptyAsUnset, z.string().trim().toLowerCase().default("local")),
  STORAGE_DIR: z.preprocess(emptyAsUnset, z.string().default(DEFAULT_STORAGE_DIR)),
});

// One instance per configuration, so every caller in a process shares it (an S3 driver will hold
// a client with its connection pool).
const instances = new Map<string, BlobStorage>();

/** The configured blob store: STORAGE_DRIVER (default "local") and its settings. */
export function getStorage({ env = process.env }: { env?: Record<string, string | undefined> } = {}): BlobStorage {
  const { STORAGE_DRIVER: driver, STORAGE_DIR: dir } = envSchema.parse(env);
  const cacheKey = `${driver}\0${dir}`;
  const cached = instances.get(cacheKey);
  if (cached) return cached;

  let storage: BlobStorage;
  switch (driver) {
    case "local":
      storage = createLocalDiskStorage({ rootDir: dir });
      break;
    default:
      throw new StorageError(
        "storage/unknown_driver",
        `STORAGE_DRIVER "${driver}" is not supported; use one of: ${DRIVERS.join(", ")}.`,
      );
  }
  instances.set(cacheKey, storage);
  return storage;
}

import { createHash } from "node:crypto";
import { z } from "zod";
import { getConfig, type Config } from "../config";
import { createLocalDiskStorage } from "./local-disk-storage";
import { parseS3Config, type S3StorageConfig } from "./s3-config";
import { createS3Storage } from "./s3-storage";
import type { BlobStorage } from "./storage";
import { StorageError } from "./storage-error";

export const DEFAULT_STORAGE_DIR = "./.data/storage";
const DRIVERS = ["local", "s3"] as const;

const emptyAsUnset = (value: unknown) => (value === "" ? undefined : value);
const envSchema = z.object({
  STORAGE_DRIVER: z.preprocess(emptyAsUnset, z.string().trim().toLowerCase().default("local")),
  STORAGE_DIR: z.preprocess(emptyAsUnset, z.string().default(DEFAULT_STORAGE_DIR)),
});

// One instance per configuration, so every caller in a process shares it (the S3 driver holds a
// client with its connection pool).
const instances = new Map<string, BlobStorage>();

/**
 * The configured blob store: STORAGE_DRIVER "local" (default, files under STORAGE_DIR) or "s3"
 * (S3_* variables, see s3-config.ts). Throws StorageError on an unknown driver or a bad S3 setting.
 */
export function getStorage({ env = storageEnv(getConfig()) }: { env?: Record<string, string | undefined> } = {}): BlobStorage {
  const { STORAGE_DRIVER: driver, STORAGE_DIR: dir } = envSchema.parse(env);
  switch (driver) {
    case "local":
      return cached(`local\0${dir}`, () => createLocalDiskStorage({ rootDir: dir }));
    case "s3": {
      const config = parseS3Config(env);
      return cached(`s3\0${s3CacheKey(config)}`, () => createS3Storage(config));
    }
    default:
      throw new StorageError(
        "storage/unknown_driver",
        `STORAGE_DRIVER "${driver}" is not supported; use one of: ${DRIVERS.join(", ")}.`,
      );
  }
}

// The configuration's storage variables as the strings the drivers' own parsers take.
function storageEnv(config: Config): Record<string, string | undefined> {
  const { STORAGE_DRIVER, STORAGE_DIR, S3_BUCKET, S3_REGION, S3_ENDPOINT, S3_FORCE_PATH_STYLE, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY } = config;
  return { STORAGE_DRIVER, STORAGE_DIR, S3_BUCKET, S3_REGION, S3_ENDPOINT, S3_FORCE_PATH_STYLE, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY };
}

function cached(cacheKey: string, create: () => BlobStorage): BlobStorage {
  let storage = instances.get(cacheKey);
  if (!storage) {
    storage = create();
    instances.set(cacheKey, storage);
  }
  return storage;
}

// Every setting that changes where or as whom requests go; the secret only as a digest, so it is
// not kept in clear beside the client that already holds it.
function s3CacheKey({ bucket, region, endpoint, forcePathStyle, credentials }: S3StorageConfig): string {
  const secret = credentials ? createHash("sha256").update(credentials.secretAccessKey).digest("hex") : "";
  return JSON.stringify([bucket, region, endpoint ?? "", forcePathStyle, credentials?.accessKeyId ?? "", secret]);
}

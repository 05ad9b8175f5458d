// The blob-store drivers that integration tests run the same cases against: the local disk in a
// temporary folder, and the S3 driver against a real S3-protocol server (s3-server.ts), built
// from STORAGE_DRIVER=s3 and its S3_* variables exactly as the product builds it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createLocalDiskStorage } from "@/server/storage/local-disk-storage";
import { parseS3Config } from "@/server/storage/s3-config";
import { createS3Storage } from "@/server/storage/s3-storage";
import type { BlobStorage } from "@/server/storage/storage";
import { startS3Server } from "./s3-server";

export type OpenStorage = { storage: BlobStorage; close(): Promise<void> };
export type StorageDriverUnderTest = { name: string; open(): Promise<OpenStorage> };

export const STORAGE_DRIVERS: StorageDriverUnderTest[] = [
  {
    name: "local",
    async open() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "provenance-storage-"));
      const storage = createLocalDiskStorage({ rootDir: path.join(dir, "blobs"), webRoot: path.join(dir, "public") });
      return { storage, close: async () => fs.rmSync(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: "s3",
    async open() {
      const server = await startS3Server();
      const storage = createS3Storage(parseS3Config(server.env));
      return {
        storage,
        async close() {
          storage.close();
          await server.stop();
        },
      };
    },
  },
];

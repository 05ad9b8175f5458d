import { Readable } from "node:stream";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import type { S3StorageConfig } from "./s3-config";
import { toStorageError } from "./s3-storage-error";
import type { BlobStorage } from "./storage";
import { StorageError } from "./storage-error";
import { assertPutAllowed, assertValidStorageKey } from "./storage-keys";

/** The S3 driver, plus `close` to release its connection pool (tests, short-lived tools). */
export type S3Storage = BlobStorage & { close(): void };

/**
 * Blobs as objects in one S3 bucket (AWS, MinIO or any S3-compatible server), under the same keys
 * the local driver uses as paths. Keys and content types are checked before any request, exactly
 * as the local driver checks them. A PUT replaces an object atomically on S3, so `put` is a
 * single PutObject: readers see the old object or the new one, never a mix.
 */
export function createS3Storage(config: S3StorageConfig): S3Storage {
  const { bucket } = config;
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    credentials: config.credentials,
    // Bounded so an unreachable store fails a request within seconds instead of hanging a page or
    // a training run; requestTimeout is idle time on the socket, not the length of an upload.
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
    maxAttempts: 3,
  });

  async function call<T>(operation: string, key: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw toStorageError(error, operation, key);
    }
  }

  async function getBody(operation: string, key: string) {
    assertValidStorageKey(key);
    return call(operation, key, async () => {
      const { Body } = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      if (!Body) throw new StorageError("storage/unavailable", `S3 ${operation} ${key} returned no body.`);
      return Body;
    });
  }

  return {
    async put(key, data, contentType) {
      const served = assertPutAllowed(key, contentType);
      await call("put", key, () =>
        client.send(
          new PutObjectCommand({ Bucket: bucket, Key: key, Body: data, ContentType: served, ContentLength: data.length }),
        ),
      );
    },

    async get(key) {
      const body = await getBody("get", key);
      // Reading the body can fail too (a connection dropped mid-transfer): same mapping.
      return call("get", key, async () => Buffer.from(await body.transformToByteArray()));
    },

    async stream(key) {
      const body = await getBody("stream", key);
      // Under Node the SDK hands back the HTTP response itself, already a Readable.
      if (!(body instanceof Readable)) {
        throw new StorageError("storage/unavailable", `S3 stream ${key}: the response body is not a Node stream.`);
      }
      return body;
    },

    async exists(key) {
      assertValidStorageKey(key);
      try {
        await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        return true;
      } catch (error) {
        const mapped = toStorageError(error, "exists", key);
        if (mapped.code === "storage/not_found") return false;
        throw mapped;
      }
    },

    async delete(key) {
      assertValidStorageKey(key);
      // S3 answers 204 whether or not the key existed, which is the idempotence promised.
      await call("delete", key, () => client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key })));
    },

    close() {
      client.destroy();
    },
  };
}

// What only the S3 driver has: choosing it from the environment, and its failures against a real
// S3-protocol server (refused credentials, a missing bucket, a server that is gone), each reported
// as a StorageError whose message says what to check without repeating any secret.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getStorage } from "@/server/storage/get-storage";
import { parseS3Config } from "@/server/storage/s3-config";
import { createS3Storage, type S3Storage } from "@/server/storage/s3-storage";
import { StorageError } from "@/server/storage/storage-error";
import { startS3Server, type S3TestServer } from "./helpers/s3-server";

const SECRET = "never-in-a-message-0123456789";
let server: S3TestServer;
const opened: S3Storage[] = [];
const open = (env: Record<string, string>) => {
  const storage = createS3Storage(parseS3Config(env));
  opened.push(storage);
  return storage;
};

async function failure(promise: Promise<unknown>): Promise<StorageError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(StorageError);
  return error as StorageError;
}

beforeAll(async () => {
  server = await startS3Server({ buckets: ["provenance-test", "provenance-other"] });
});
afterAll(async () => {
  for (const storage of opened) storage.close();
  await server?.stop();
});

describe("getStorage with STORAGE_DRIVER=s3", () => {
  it("stores through the configured bucket and shares one driver per configuration", { timeout: 20_000 }, async () => {
    const storage = getStorage({ env: server.env });
    await storage.put("models/p/1/model.json", Buffer.from('{"a":1}'), "application/json");
    expect((await open(server.env).get("models/p/1/model.json")).toString()).toBe('{"a":1}');

    expect(getStorage({ env: { ...server.env } })).toBe(storage);
    const other = getStorage({ env: { ...server.env, S3_BUCKET: "provenance-other" } });
    expect(other).not.toBe(storage);
    expect(await other.exists("models/p/1/model.json")).toBe(false);
    expect(getStorage({ env: { ...server.env, S3_SECRET_ACCESS_KEY: "rotated" } })).not.toBe(storage);
    // The local driver stays the default.
    expect(getStorage({ env: { STORAGE_DIR: ".test-data/storage-default" } })).not.toBe(storage);
  });

  it("refuses to start with settings missing, naming each one", () => {
    const attempt = () => getStorage({ env: { STORAGE_DRIVER: "s3", S3_SECRET_ACCESS_KEY: SECRET } });
    expect(attempt).toThrow(StorageError);
    expect(attempt).toThrow(/S3_BUCKET is missing; S3_REGION is missing; S3_ACCESS_KEY_ID is missing/);
    expect(attempt).not.toThrow(new RegExp(SECRET));
  });
});

describe("S3 failures", () => {
  it("reports refused credentials as storage/unavailable without the secret", { timeout: 30_000 }, async () => {
    const storage = open({ ...server.env, S3_ACCESS_KEY_ID: "intruder", S3_SECRET_ACCESS_KEY: SECRET });
    const attempts = [
      () => storage.get("a/b.png"),
      () => storage.put("a/b.png", Buffer.from("x"), "image/png"),
      // HEAD answers carry no error body: only the status says what went wrong.
      () => storage.exists("a/b.png"),
    ];
    const messages: string[] = [];
    for (const attempt of attempts) {
      const error = await failure(attempt());
      expect(error.code).toBe("storage/unavailable");
      messages.push(error.message);
    }
    expect(messages).toEqual([
      "S3 get a/b.png failed: InvalidAccessKeyId, HTTP 403 (check the S3 credentials and the bucket's policy).",
      "S3 put a/b.png failed: InvalidAccessKeyId, HTTP 403 (check the S3 credentials and the bucket's policy).",
      "S3 exists a/b.png failed: HTTP 403 (check the S3 credentials and the bucket's policy).",
    ]);
  });

  it("reports a missing bucket as storage/unavailable, not as a missing blob", { timeout: 30_000 }, async () => {
    const storage = open({ ...server.env, S3_BUCKET: "no-such-bucket" });
    const error = await failure(storage.get("a/b.png"));
    expect(error.code).toBe("storage/unavailable");
    expect(error.message).toMatch(/bucket does not exist/);
  });

  it("reports a server that is gone as storage/unavailable within seconds", { timeout: 60_000 }, async () => {
    const gone = await startS3Server();
    const storage = open(gone.env);
    await storage.put("a/b.png", Buffer.from("x"), "image/png");
    await gone.stop();
    const started = Date.now();
    const error = await failure(storage.get("a/b.png"));
    expect(error.code).toBe("storage/unavailable");
    expect(error.message).toMatch(/S3 get a\/b\.png failed: ECONNREFUSED/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});

// The BlobStorage contract (server/storage/storage.ts), one set of cases run against every driver:
// the local disk and S3 against a real S3-protocol server. A driver that passes here can stand in
// for the other anywhere in the product.
import { createHash, randomBytes } from "node:crypto";
import { buffer } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BlobStorage } from "@/server/storage/storage";
import { STORAGE_DRIVERS, type OpenStorage } from "./helpers/storage-drivers";

const INVALID_KEYS = ["../secret.txt", "a/../../secret.txt", "/etc/passwd", "..\\secret.txt", "", "a//b.png", "./a.png", "a/.tmp-x", "a/b/", "a\0b.png"];
const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");
// Every byte value, so an encoding slip (text vs binary) cannot go unnoticed.
const allBytes = () => Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256));

describe.each(STORAGE_DRIVERS)("BlobStorage contract: $name driver", (driver) => {
  let opened: OpenStorage;
  let storage: BlobStorage;

  beforeAll(async () => {
    opened = await driver.open();
    storage = opened.storage;
  });
  afterAll(async () => {
    await opened?.close();
  });

  it("round-trips bytes exactly and reports existence", { timeout: 20_000 }, async () => {
    const key = "paintings/ab/abc/original.png";
    expect(await storage.exists(key)).toBe(false);
    await storage.put(key, allBytes(), "image/png");
    expect(await storage.exists(key)).toBe(true);
    expect((await storage.get(key)).equals(allBytes())).toBe(true);
  });

  it("replaces a blob on overwrite, with a shorter one too", { timeout: 20_000 }, async () => {
    const key = "models/p/1/weights.bin";
    await storage.put(key, Buffer.alloc(4096, 1), "application/octet-stream");
    await storage.put(key, Buffer.from("second"), "application/octet-stream");
    expect((await storage.get(key)).toString()).toBe("second");
  });

  it("answers storage/not_found for a missing key, in get and stream", { timeout: 20_000 }, async () => {
    await expect(storage.get("models/p/9/model.json")).rejects.toMatchObject({ code: "storage/not_found" });
    await expect(storage.stream!("models/p/9/model.json")).rejects.toMatchObject({ code: "storage/not_found" });
    // A prefix of a stored key is not a blob.
    await storage.put("models/p/2/model.json", Buffer.from("{}"), "application/json; charset=utf-8");
    await expect(storage.get("models/p/2")).rejects.toMatchObject({ code: "storage/not_found" });
    expect(await storage.exists("models/p/2")).toBe(false);
  });

  it("deletes idempotently", { timeout: 20_000 }, async () => {
    const key = "paintings/cd/cde/thumb.webp";
    await storage.put(key, Buffer.from("thumb"), "image/webp");
    await storage.delete(key);
    await storage.delete(key);
    await storage.delete("paintings/ef/never/thumb.webp");
    expect(await storage.exists(key)).toBe(false);
    await expect(storage.get(key)).rejects.toMatchObject({ code: "storage/not_found" });
  });

  it("streams the same bytes it stores", { timeout: 20_000 }, async () => {
    const key = "models/p/3/weights.bin";
    const data = randomBytes(2 * 1024 * 1024 + 17);
    await storage.put(key, data, "application/octet-stream");
    expect((await buffer(await storage.stream!(key))).equals(data)).toBe(true);
  });

  it("refuses invalid keys in every method before touching the store", { timeout: 20_000 }, async () => {
    for (const key of INVALID_KEYS) {
      const refused = { code: "storage/invalid_key" };
      await expect(storage.put(key, Buffer.from("x"), "application/octet-stream")).rejects.toMatchObject(refused);
      await expect(storage.get(key)).rejects.toMatchObject(refused);
      await expect(storage.stream!(key)).rejects.toMatchObject(refused);
      await expect(storage.exists(key)).rejects.toMatchObject(refused);
      await expect(storage.delete(key)).rejects.toMatchObject(refused);
    }
  });

  it("refuses a content type that contradicts the key", { timeout: 20_000 }, async () => {
    await expect(storage.put("a/thumb.webp", Buffer.from("x"), "image/png")).rejects.toMatchObject({
      code: "storage/content_type_mismatch",
    });
    expect(await storage.exists("a/thumb.webp")).toBe(false);
  });

  it("round-trips an 8 MB blob through get and stream", { timeout: 60_000 }, async () => {
    const key = "models/p/4/weights.bin";
    const data = randomBytes(8 * 1024 * 1024);
    await storage.put(key, data, "application/octet-stream");
    expect(sha256(await storage.get(key))).toBe(sha256(data));
    expect(sha256(await buffer(await storage.stream!(key)))).toBe(sha256(data));
  });

  it("leaves one whole version when puts race on a key, and readers never see a mix", { timeout: 90_000 }, async () => {
    const key = "models/p/5/weights.bin";
    // Same size, different bytes: a torn write shows up as bytes from two versions.
    const versions = Array.from({ length: 6 }, (_, v) => Buffer.alloc(1024 * 1024, v + 1));
    const whole = new Set(versions.map(sha256));
    await storage.put(key, versions[0], "application/octet-stream");
    for (let round = 0; round < 3; round++) {
      const reads: string[] = [];
      const reader = async () => {
        for (let i = 0; i < 4; i++) reads.push(sha256(await storage.get(key)));
      };
      await Promise.all([...versions.map((data) => storage.put(key, data, "application/octet-stream")), reader(), reader()]);
      expect(whole.has(sha256(await storage.get(key)))).toBe(true);
      expect(reads.filter((digest) => !whole.has(digest))).toEqual([]);
    }
  });
});

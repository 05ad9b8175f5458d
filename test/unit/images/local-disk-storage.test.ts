import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { text } from "node:stream/consumers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLocalDiskStorage } from "@/server/storage/local-disk-storage";
import type { BlobStorage } from "@/server/storage/storage";

let dir: string;
let storage: BlobStorage;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "provenance-storage-"));
  storage = createLocalDiskStorage({ rootDir: path.join(dir, "blobs"), webRoot: path.join(dir, "public") });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("local disk storage", () => {
  it("round-trips, replaces, streams and deletes a blob", async () => {
    const key = "paintings/ab/abc/original.jpg";
    expect(await storage.exists(key)).toBe(false);
    await storage.put(key, Buffer.from("first"), "image/jpeg");
    await storage.put(key, Buffer.from("second"), "image/jpeg");
    expect((await storage.get(key)).toString()).toBe("second");
    expect(await storage.exists(key)).toBe(true);
    expect(await text(await storage.stream!(key))).toBe("second");
    // No temporary file is left beside the blob.
    expect(await readdir(path.join(dir, "blobs/paintings/ab/abc"))).toEqual(["original.jpg"]);
    await storage.delete(key);
    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
  });

  it("reports a missing blob as storage/not_found", async () => {
    await expect(storage.get("models/p/1/model.json")).rejects.toMatchObject({ code: "storage/not_found" });
    await expect(storage.stream!("models/p/1/model.json")).rejects.toMatchObject({ code: "storage/not_found" });
    await storage.put("models/p/1/model.json", Buffer.from("{}"), "application/json; charset=utf-8");
    await expect(storage.get("models/p/1")).rejects.toMatchObject({ code: "storage/not_found" });
  });

  it("refuses path traversal in every method and writes nothing outside the root", async () => {
    await writeFile(path.join(dir, "secret.txt"), "secret");
    for (const key of ["../secret.txt", "a/../../secret.txt", "/etc/passwd", "..\\secret.txt"]) {
      await expect(storage.get(key)).rejects.toMatchObject({ code: "storage/invalid_key" });
      await expect(storage.put(key, Buffer.from("x"), "application/octet-stream")).rejects.toMatchObject({
        code: "storage/invalid_key",
      });
      await expect(storage.exists(key)).rejects.toMatchObject({ code: "storage/invalid_key" });
      await expect(storage.delete(key)).rejects.toMatchObject({ code: "storage/invalid_key" });
    }
    expect((await readdir(dir)).sort()).toEqual(["secret.txt"]);
  });

  it("refuses a content type that contradicts the key", async () => {
    await expect(storage.put("a/thumb.webp", Buffer.from("x"), "image/png")).rejects.toMatchObject({
      code: "storage/content_type_mismatch",
    });
  });

  it("refuses a root inside the web root", () => {
    expect(() => createLocalDiskStorage({ rootDir: path.join(dir, "public/blobs"), webRoot: path.join(dir, "public") })).toThrow(
      /inside the web root/,
    );
  });
});

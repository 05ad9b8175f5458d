import { describe, expect, it } from "vitest";
import { getStorage } from "@/server/storage/get-storage";
import { StorageError } from "@/server/storage/storage-error";
import { assertValidStorageKey, contentTypeForKey, modelKey, paintingKeys } from "@/server/storage/storage-keys";

const sha = "ab" + "0123456789abcdef".repeat(3) + "0123456789abcd";

describe("storage keys", () => {
  it("lays paintings out by SHA-256 with a two-character fan-out", () => {
    expect(paintingKeys(sha, "jpeg")).toEqual({
      original: `paintings/ab/${sha}/upload.jpg`,
      large: `paintings/ab/${sha}/large.jpg`,
      thumbnail: `paintings/ab/${sha}/thumb.jpg`,
      training: `paintings/ab/${sha}/train224.png`,
    });
    expect(paintingKeys(sha, "webp").original).toMatch(/upload\.webp$/);
    expect(() => paintingKeys("../" + sha.slice(3), "png")).toThrow(StorageError);
    expect(() => paintingKeys(sha.toUpperCase(), "png")).toThrow(StorageError);
  });

  it("lays models out by project and version", () => {
    expect(modelKey("cproj1", 3, "model.json")).toBe("models/cproj1/3/model.json");
    expect(() => modelKey("..", 3, "model.json")).toThrow(StorageError);
    expect(() => modelKey("p", 3, "../../etc/passwd")).toThrow(StorageError);
  });

  it("refuses traversal, absolute, hidden and odd keys", () => {
    for (const key of ["../x", "a/../../x", "/etc/passwd", "a//b", "a/./b", "a\\..\\b", ".env", "a/.tmp-1", "", "a/b/", "a\0b", "x".repeat(513)]) {
      expect(() => assertValidStorageKey(key), JSON.stringify(key)).toThrow(StorageError);
    }
    expect(() => assertValidStorageKey("paintings/ab/x/original.jpg")).not.toThrow();
  });

  it("derives the content type from the extension", () => {
    expect(contentTypeForKey("a/original.jpg")).toBe("image/jpeg");
    expect(contentTypeForKey("a/thumb.webp")).toBe("image/webp");
    expect(contentTypeForKey("a/train224.png")).toBe("image/png");
    expect(contentTypeForKey("models/p/1/model.json")).toBe("application/json");
    expect(contentTypeForKey("models/p/1/weights")).toBe("application/octet-stream");
  });
});

describe("getStorage", () => {
  it("defaults to local disk and reuses one instance per configuration", () => {
    const env = { STORAGE_DIR: "./.data/test-storage-keys" };
    expect(getStorage({ env })).toBe(getStorage({ env: { ...env, STORAGE_DRIVER: "local" } }));
  });

  it("names the supported drivers when the driver is unknown", () => {
    expect(() => getStorage({ env: { STORAGE_DRIVER: "gcs" } })).toThrow(/"gcs" is not supported; use one of: local, s3/);
  });
});

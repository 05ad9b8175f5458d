import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import sharp from "sharp";
import { TEXT_CAP } from "@/server/images/evidence/evidence-limits";
import { readPngChunks } from "@/server/images/evidence/read-png-chunks";
import {
  A1111_PARAMETERS, c2paManifestStore, COMFY_PROMPT, iTXt, plainPng, pngChunk, tEXt, withPngChunks, xmpPacket, zTXt, TRAINED_ALGORITHMIC,
} from "@/test/fixtures/evidence-files";

describe("readPngChunks", () => {
  it("reads tEXt, zTXt and iTXt (plain and deflated) text, and the file still decodes", async () => {
    const png = withPngChunks(await plainPng(), [
      tEXt("parameters", A1111_PARAMETERS), zTXt("prompt", COMFY_PROMPT), iTXt("workflow", "{\"nodes\":[\"é\"]}", true), iTXt("Title", "Ünïcode"),
    ]);
    expect((await sharp(png).metadata()).width).toBe(48);
    const metadata = readPngChunks(png);
    expect(metadata.textChunks).toEqual([
      { keyword: "parameters", text: A1111_PARAMETERS, truncated: false },
      { keyword: "prompt", text: COMFY_PROMPT, truncated: false },
      { keyword: "workflow", text: "{\"nodes\":[\"é\"]}", truncated: false },
      { keyword: "Title", text: "Ünïcode", truncated: false },
    ]);
    expect(metadata.truncated).toBe(false);
  });

  it("takes XMP from iTXt XML:com.adobe.xmp, C2PA from caBX and EXIF from eXIf", async () => {
    const exif = Buffer.from("II*\0\x08\0\0\0\0\0", "latin1");
    const store = c2paManifestStore("Firefly");
    const metadata = readPngChunks(withPngChunks(await plainPng(), [iTXt("XML:com.adobe.xmp", xmpPacket(TRAINED_ALGORITHMIC)), pngChunk("caBX", store), pngChunk("eXIf", exif)]));
    expect(metadata.xmp).toContain("trainedAlgorithmicMedia");
    expect(Buffer.from(metadata.jumbf!)).toEqual(store);
    expect(Buffer.from(metadata.exif!)).toEqual(exif);
    expect(metadata.textChunks).toEqual([]);
  });

  it("caps a huge text chunk at 16 KiB and says it was cut", async () => {
    const huge = "x".repeat(5 * 1024 * 1024);
    const metadata = readPngChunks(withPngChunks(await plainPng(), [tEXt("parameters", huge)]));
    expect(metadata.textChunks[0]!.text.length).toBe(TEXT_CAP);
    expect(metadata.textChunks[0]!.truncated).toBe(true);
  });

  it("inflates only a bounded prefix of a compressed bomb", async () => {
    const bomb = Buffer.alloc(64 * 1024 * 1024, 0x61); // 64 MiB of "a" deflates to ~64 KiB
    const chunk = pngChunk("zTXt", Buffer.concat([Buffer.from("parameters\0\0", "latin1"), deflateSync(bomb)]));
    const before = process.memoryUsage().arrayBuffers;
    const metadata = readPngChunks(withPngChunks(await plainPng(), [chunk]));
    expect(metadata.textChunks[0]).toMatchObject({ keyword: "parameters", truncated: true });
    expect(metadata.textChunks[0]!.text).toBe("a".repeat(TEXT_CAP));
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(32 * 1024 * 1024);
  });

  it("stops at a chunk that runs past the file and marks the result truncated", async () => {
    const png = withPngChunks(await plainPng(), [tEXt("parameters", "steps 20")]);
    const cut = png.subarray(0, 33 + 12 + 5);
    expect(readPngChunks(cut)).toMatchObject({ textChunks: [], truncated: true });
  });

  it("drops NULs that PostgreSQL would refuse", async () => {
    const chunk = pngChunk("iTXt", Buffer.from("Comment\0\0\0\0\0a\0b", "latin1"));
    expect(readPngChunks(withPngChunks(await plainPng(), [chunk])).textChunks[0]!.text).toBe("ab");
  });
});

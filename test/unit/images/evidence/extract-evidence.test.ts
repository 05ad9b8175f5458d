import { describe, expect, it } from "vitest";
import sharp from "sharp";
import { extractEvidence } from "@/server/images/evidence/extract-evidence";
import { A1111_PARAMETERS, c2paManifestStore, jpegWithC2pa, jpegWithExif, plainPng, tEXt, withPngChunks, xmpPacket, TRAINED_ALGORITHMIC, pngWithC2pa } from "@/test/fixtures/evidence-files";

describe("extractEvidence", () => {
  it("combines every signal of a file, whatever its name would say", async () => {
    const png = withPngChunks(await plainPng(), [tEXt("parameters", A1111_PARAMETERS)]);
    expect(extractEvidence(png)).toMatchObject({ container: "png", hasGeneratorParameters: true, hasC2pa: false, truncated: false });
    expect(extractEvidence(await jpegWithExif())).toMatchObject({ container: "jpeg", exifSoftware: "Adobe Photoshop 25.0", exifMake: "Canon", hasGps: true });
    expect(extractEvidence(await jpegWithC2pa("Adobe Firefly"))).toMatchObject({ hasC2pa: true, c2paClaimGenerator: "Adobe Firefly" });
    expect(extractEvidence(await pngWithC2pa("ComfyUI"))).toMatchObject({ container: "png", hasC2pa: true, c2paClaimGenerator: "ComfyUI" });
  });

  it("reads WebP EXIF and XMP chunks", async () => {
    const webp = await sharp(await plainPng()).webp().withExif({ IFD0: { Software: "Midjourney" } }).withXmp(xmpPacket(TRAINED_ALGORITHMIC)).toBuffer();
    expect(extractEvidence(webp)).toMatchObject({ container: "webp", exifSoftware: "Midjourney", digitalSourceType: TRAINED_ALGORITHMIC, hasXmp: true });
  });

  it("finds a C2PA store in a WebP C2PA chunk (RIFF size fixed up, odd length padded)", async () => {
    const webp = await sharp(await plainPng()).webp().toBuffer();
    const store = c2paManifestStore("Bing Image Creator");
    const header = Buffer.alloc(8);
    header.write("C2PA", 0, "latin1");
    header.writeUInt32LE(store.length, 4);
    const withStore = Buffer.concat([webp, header, store, Buffer.alloc(store.length % 2)]);
    withStore.writeUInt32LE(withStore.length - 8, 4);
    expect(extractEvidence(withStore)).toMatchObject({ container: "webp", hasC2pa: true, c2paClaimGenerator: "Bing Image Creator", truncated: false });
  });

  it("does not count an ordinary text chunk or an empty parameters chunk as generator parameters", async () => {
    const png = withPngChunks(await plainPng(), [tEXt("Title", "Sunflowers"), tEXt("parameters", "  ")]);
    expect(extractEvidence(png).hasGeneratorParameters).toBe(false);
    expect(extractEvidence(Buffer.from("not an image")).container).toBe("unknown");
  });
});

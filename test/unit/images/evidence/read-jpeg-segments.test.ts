import { describe, expect, it } from "vitest";
import { readJpegSegments } from "@/server/images/evidence/read-jpeg-segments";
import { c2paManifestStore, jpegWithC2pa, jpegWithExif, jpegWithXmp, plainJpeg } from "@/test/fixtures/evidence-files";

describe("readJpegSegments", () => {
  it("finds EXIF (from the TIFF header on) and XMP written by sharp", async () => {
    const exif = readJpegSegments(await jpegWithExif());
    expect(String.fromCharCode(...exif.exif!.subarray(0, 2))).toMatch(/II|MM/);
    expect((await jpegWithXmp()).includes("trainedAlgorithmicMedia")).toBe(true);
    expect(readJpegSegments(await jpegWithXmp()).xmp).toContain("trainedAlgorithmicMedia");
  });

  it("reassembles a C2PA store from APP11 packets", async () => {
    const store = c2paManifestStore("Adobe Firefly");
    expect(Buffer.from(readJpegSegments(await jpegWithC2pa("Adobe Firefly")).jumbf!)).toEqual(store);
    expect(Buffer.from(readJpegSegments(await jpegWithC2pa("Adobe Firefly", { split: true })).jumbf!)).toEqual(store);
  });

  it("finds nothing in a plain JPEG and stops at a segment that runs past the file", async () => {
    const plain = await plainJpeg();
    expect(readJpegSegments(plain)).toMatchObject({ exif: null, xmp: null, jumbf: null, truncated: false });
    const broken = Buffer.concat([plain.subarray(0, 2), Buffer.from([0xff, 0xe1, 0xff, 0xff, 0x45])]);
    expect(readJpegSegments(broken).truncated).toBe(true);
  });
});

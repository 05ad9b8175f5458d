import { describe, expect, it } from "vitest";
import { parseExif } from "@/server/images/evidence/parse-exif";
import { readJpegSegments } from "@/server/images/evidence/read-jpeg-segments";
import { jpegWithExif } from "@/test/fixtures/evidence-files";

// A big-endian TIFF block written by hand: IFD0 with Software ("GIMP", 5 bytes, so at an offset).
function bigEndianBlock(): Buffer {
  const block = Buffer.alloc(40);
  block.write("MM", 0, "latin1");
  block.writeUInt16BE(42, 2);
  block.writeUInt32BE(8, 4);
  block.writeUInt16BE(1, 8);
  block.writeUInt16BE(0x0131, 10);
  block.writeUInt16BE(2, 12);
  block.writeUInt32BE(5, 14);
  block.writeUInt32BE(26, 18);
  block.write("GIMP\0", 26, "latin1");
  return block;
}

describe("parseExif", () => {
  it("reads IFD0 Make, Model, Software, DateTime and the GPS position sharp wrote", async () => {
    const signals = parseExif(readJpegSegments(await jpegWithExif()).exif!);
    expect(signals).toMatchObject({ make: "Canon", model: "EOS R5", software: "Adobe Photoshop 25.0", dateTime: "2024:05:01 10:20:30", hasGps: true });
    expect(signals.gpsLatitude).toBeCloseTo(48 + 51 / 60 + 30 / 3600, 6);
    expect(signals.gpsLongitude).toBeCloseTo(2 + 17 / 60 + 24 / 3600, 6);
  });

  it("reads big-endian blocks and strings stored at an offset", () => {
    expect(parseExif(bigEndianBlock())).toMatchObject({ software: "GIMP", make: null, hasGps: false, gpsLatitude: null });
  });

  it("returns nulls for garbage and for offsets pointing outside the block", () => {
    expect(parseExif(Buffer.from("not exif at all"))).toMatchObject({ software: null, hasGps: false });
    const block = bigEndianBlock();
    block.writeUInt32BE(0xfffffff0, 18);
    expect(parseExif(block).software).toBeNull();
    const ifdOutside = bigEndianBlock();
    ifdOutside.writeUInt32BE(0x7fffffff, 4);
    expect(parseExif(ifdOutside).software).toBeNull();
  });
});

// Evidence extraction's share of import: extractEvidence (byte scanning) against processImage (the
// decode/derivatives import already does) on the same 1024 px JPEGs carrying EXIF, XMP and a C2PA
// store, and on a PNG with a 4 MB text chunk. Prints figures and their ratio from the same run,
// asserts nothing.   npx tsx bench/evidence-extraction.ts [count]
import { extractEvidence } from "@/server/images/evidence/extract-evidence";
import { processImage } from "@/server/images/process-image";
import { c2paManifestStore, tEXt, withPngChunks, xmpPacket, TRAINED_ALGORITHMIC } from "@/test/fixtures/evidence-files";
import sharp from "sharp";
import { makeJpeg } from "./import-throughput-pipeline";

const COUNT = Number(process.argv[2] ?? 12);

function withApp11(jpeg: Buffer, store: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from("JP\0\x01\0\0\0\x01", "latin1"), store]);
  const header = Buffer.from([0xff, 0xeb, 0, 0]);
  header.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), header, body, jpeg.subarray(2)]);
}

async function timeEach(images: Buffer[], work: (bytes: Buffer) => unknown): Promise<number> {
  const started = performance.now();
  for (const bytes of images) await work(bytes);
  return (performance.now() - started) / images.length;
}

const jpegs: Buffer[] = [];
for (let i = 0; i < COUNT; i++) {
  const tagged = await sharp(await makeJpeg(i + 1)).withExif({ IFD0: { Software: "bench", Make: "m", Model: "n" } }).withXmp(xmpPacket(TRAINED_ALGORITHMIC)).jpeg({ quality: 90 }).toBuffer();
  jpegs.push(withApp11(tagged, c2paManifestStore("bench generator")));
}
const png = withPngChunks(await sharp(await makeJpeg(99)).png().toBuffer(), [tEXt("parameters", "x".repeat(4 * 1024 * 1024))]);

await timeEach(jpegs.slice(0, 2), extractEvidence); // warm-up
await timeEach(jpegs.slice(0, 2), (bytes) => processImage(bytes, { maxBytes: 64 * 1024 * 1024 }));
const extract = await timeEach(jpegs, extractEvidence);
const process_ = await timeEach(jpegs, (bytes) => processImage(bytes, { maxBytes: 64 * 1024 * 1024 }));
const extractPng = await timeEach([png, png, png], extractEvidence);
const processPng = await timeEach([png], (bytes) => processImage(bytes, { maxBytes: 64 * 1024 * 1024 }));
console.log(`1024 px JPEG (${(jpegs[0]!.length / 1024).toFixed(0)} KB, EXIF+XMP+C2PA), ${COUNT} images:`);
console.log(`  extractEvidence ${extract.toFixed(3)} ms/image, processImage ${process_.toFixed(1)} ms/image, ratio ${(extract / process_).toExponential(2)}`);
console.log(`1024 px PNG with a 4 MB parameters chunk:`);
console.log(`  extractEvidence ${extractPng.toFixed(3)} ms/image, processImage ${processPng.toFixed(1)} ms/image, ratio ${(extractPng / processPng).toExponential(2)}`);

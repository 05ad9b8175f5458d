// Hostile zips against the command-line import: entries sharing one compressed record (a
// "non-recursive zip bomb": 20 entries x 30 MiB from a few KB), and entry names carrying terminal
// escape sequences into the printed summary.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { crc32, deflateRawSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatImportSummary } from "@/scripts/lib/import/print-import-summary";
import { runImport } from "@/scripts/lib/import/run-import";
import { createProject } from "@/server/services/projects/create-project";
import { resetDatabase, testDb } from "./helpers/database";
import { patternJpeg, tempStorage, type CountingStorage } from "./helpers/painting-files";
import { writeZip } from "./helpers/write-zip";

const db = testDb();
const project = "zip-attacks";
let storage: CountingStorage;
let work: string;

beforeAll(async () => {
  await resetDatabase();
  storage = tempStorage();
  work = fs.mkdtempSync(path.join(os.tmpdir(), "provenance-zip-"));
  await createProject(db, null, { name: "Zip attacks", slug: project });
});
afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
  fs.rmSync(storage.root, { recursive: true, force: true });
});

/** One local record of `data`, listed `count` times in the central directory under other names. */
function overlappingZip(data: Buffer, count: number): Buffer {
  const body = deflateRawSync(data);
  const crc = crc32(data) >>> 0;
  const localName = Buffer.from("shared.jpg");
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0x0800, 6);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(localName.length, 26);
  const centrals: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const name = Buffer.from(`copy-${String(i).padStart(2, "0")}.jpg`);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(0, 42); // every entry points at the same local record
    centrals.push(central, name);
  }
  const directory = Buffer.concat(centrals);
  const records = Buffer.concat([local, localName, body]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(records.length, 16);
  return Buffer.concat([records, directory, end]);
}

describe("zip bombs", () => {
  it("refuses 20 entries sharing one 30 MiB record before inflating any of it", async () => {
    const zip = path.join(work, "overlap.zip");
    const bytes = overlappingZip(Buffer.alloc(30 * 1024 * 1024), 20);
    expect(bytes.length).toBeLessThan(64 * 1024);
    fs.writeFileSync(zip, bytes);
    const started = performance.now();
    await expect(runImport(db, storage, { path: zip, project })).rejects.toThrow(/overlap/);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(await db.painting.count()).toBe(0);
  });

  it("caps the bytes actually inflated across all entries", async () => {
    const zip = path.join(work, "many.zip");
    const entries = await Promise.all([1, 2, 3].map(async (seed) => ({ name: `p${seed}.jpg`, data: await patternJpeg(80 + seed) })));
    fs.writeFileSync(zip, writeZip(entries));
    const perEntry = Math.max(...entries.map((entry) => entry.data.length));
    // Room for two entries' bytes in total, so the third is refused by the running count.
    const maxTotalBytes = entries[0]!.data.length + entries[1]!.data.length;
    const summary = await runImport(db, storage, { path: zip, project, zipLimits: { maxTotalBytes: maxTotalBytes + entries[2]!.data.length, maxInflatedBytes: maxTotalBytes } });
    expect(perEntry).toBeGreaterThan(0);
    expect(summary.results.map((r) => (r.status === "failed" ? r.code : r.status)).sort()).toEqual(["created", "created", "import/entry_too_large"]);
  });
});

describe("entry names in the printed summary", () => {
  it("never carries escape sequences or other control characters to the terminal", async () => {
    const zip = path.join(work, "names.zip");
    fs.writeFileSync(zip, writeZip([
      { name: "evil\u001b]0;pwned\u0007\u001b[2J.jpg", data: Buffer.from("not an image") },
      { name: "bidi\u202egpj.exe", data: Buffer.from("not an image either") },
      { name: "c1\u009b31m.jpg", data: Buffer.from("nope") },
    ]));
    const summary = await runImport(db, storage, { path: zip, project });
    const printed = formatImportSummary(summary, zip);
    // eslint-disable-next-line no-control-regex
    expect(printed).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(printed).toContain("evil");
    expect(printed).toContain("bidi");
  });
});

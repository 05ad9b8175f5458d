// The command-line import: folders and zips (built here, hostile entries included), label
// inference, zip-bomb guards, idempotent re-runs, and the command itself with its exit codes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createProject } from "@/server/services/projects/create-project";
import { ImportUsageError } from "@/scripts/lib/import/import-usage-error";
import { runImport } from "@/scripts/lib/import/run-import";
import { resetDatabase, testDb } from "./helpers/database";
import { corruptJpeg, patternJpeg, patternPng, patternWebp, tempStorage, type CountingStorage } from "./helpers/painting-files";
import { writeZip } from "./helpers/write-zip";

const db = testDb();
let storage: CountingStorage;
let work: string;
let zipPath: string;
const project = "imports";

beforeAll(async () => {
  await resetDatabase();
  storage = tempStorage();
  work = fs.mkdtempSync(path.join(os.tmpdir(), "provenance-import-"));
  await createProject(db, null, { name: "Imports", slug: project });
  zipPath = path.join(work, "upload", "batch.zip");
  fs.mkdirSync(path.dirname(zipPath));
  fs.writeFileSync(zipPath, writeZip([
    { name: "human/" },
    { name: "human/a.jpg", data: await patternJpeg(41) },
    { name: "AI/b.png", data: await patternPng(42) },
    { name: "Human/nested/c.webp", data: await patternWebp(43), store: true },
    { name: "unsorted/d.jpg", data: await patternJpeg(44) },
    { name: "../evil.jpg", data: await patternJpeg(45) },
    { name: "..\\windows-evil.jpg", data: await patternJpeg(46) },
    { name: "human/corrupt.jpg", data: corruptJpeg() },
    { name: "__MACOSX/human/._a.jpg", data: Buffer.from("resource fork") },
    { name: "ai/.DS_Store", data: Buffer.from("finder") },
  ]));
});
afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
  fs.rmSync(storage.root, { recursive: true, force: true });
});

const outcome = (summary: Awaited<ReturnType<typeof runImport>>) =>
  Object.fromEntries(summary.results.map((r) => [r.name, r.status === "failed" ? r.code : r.status]));

describe("importing a zip", () => {
  it("imports its images with labels from human/ and ai/ folders, refusing unsafe and bad entries alone", async () => {
    const summary = await runImport(db, storage, { path: zipPath, project });
    expect(outcome(summary)).toEqual({
      "human/a.jpg": "created", "AI/b.png": "created", "Human/nested/c.webp": "created", "unsorted/d.jpg": "created",
      "../evil.jpg": "import/unsafe_path", "../windows-evil.jpg": "import/unsafe_path", "human/corrupt.jpg": "image/corrupt",
    });
    expect(summary.skipped.sort()).toEqual(["__MACOSX/human/._a.jpg", "ai/.DS_Store"]);
    // Nothing is ever extracted, so a traversal name cannot land beside the zip or anywhere else.
    expect(fs.readdirSync(path.dirname(zipPath))).toEqual(["batch.zip"]);
    expect(fs.existsSync(path.join(work, "evil.jpg"))).toBe(false);
    // Names keep only the file name: the folders (human/, ai/) would tell annotators the label.
    const rows = await db.painting.findMany({ include: { approvedLabel: true }, orderBy: { originalName: "asc" } });
    expect(rows.map((r) => [r.originalName, r.source, r.status, r.approvedLabel?.key ?? null, r.isGold])).toEqual([
      ["a.jpg", "IMPORT", "APPROVED", "HUMAN", false],
      ["b.png", "IMPORT", "APPROVED", "AI", false],
      ["c.webp", "IMPORT", "APPROVED", "HUMAN", false],
      ["d.jpg", "IMPORT", "UNLABELED", null, false],
    ]);
  });

  it("is idempotent: running it again reports duplicates and changes nothing", async () => {
    const writes = storage.puts.length;
    const summary = await runImport(db, storage, { path: zipPath, project });
    expect([summary.created, summary.duplicate, summary.failed]).toEqual([0, 4, 3]);
    expect(await db.painting.count()).toBe(4);
    expect(storage.puts.length).toBe(writes);
  });

  it("guards against zip bombs: per-entry and total inflated size, and sizes that lie", async () => {
    const bomb = path.join(work, "bomb.zip");
    const zeros = Buffer.alloc(3_000_000);
    fs.writeFileSync(bomb, writeZip([
      { name: "big.jpg", data: zeros },
      { name: "liar.jpg", data: zeros, declaredSize: 1000 },
      { name: "fine.jpg", data: await patternJpeg(47) },
    ]));
    const summary = await runImport(db, storage, { path: bomb, project, limits: { maxBytes: 1_000_000 } });
    expect(outcome(summary)).toEqual({ "big.jpg": "import/entry_too_large", "liar.jpg": "import/unreadable", "fine.jpg": "created" });
    await expect(runImport(db, storage, { path: bomb, project, zipLimits: { maxTotalBytes: 500 } })).rejects.toThrow(/would inflate/);
  });

  it("applies --label to every file and --gold to make gold items", async () => {
    const zip = path.join(work, "gold.zip");
    fs.writeFileSync(zip, writeZip([{ name: "human/g1.jpg", data: await patternJpeg(48) }, { name: "g2.jpg", data: await patternJpeg(49) }]));
    const summary = await runImport(db, storage, { path: zip, project, label: "AI", gold: true });
    const rows = await db.painting.findMany({ where: { id: { in: summary.results.map((r) => (r.status === "created" ? r.paintingId : "")) } }, include: { goldLabel: true } });
    expect(rows.map((r) => [r.isGold, r.goldLabel?.key, r.status])).toEqual([[true, "AI", "APPROVED"], [true, "AI", "APPROVED"]]);
  });
});

describe("importing a folder", () => {
  it("walks it recursively, infers labels, and does not follow symbolic links", async () => {
    const folder = path.join(work, "folder");
    fs.mkdirSync(path.join(folder, "deep", "AI"), { recursive: true });
    fs.writeFileSync(path.join(folder, "deep", "AI", "f1.jpg"), await patternJpeg(50));
    fs.writeFileSync(path.join(folder, "f2.jpg"), await patternJpeg(51));
    fs.writeFileSync(path.join(folder, "notes.txt"), "not an image");
    fs.symlinkSync(work, path.join(folder, "loop"));
    const summary = await runImport(db, storage, { path: folder, project });
    expect(outcome(summary)).toEqual({ "deep/AI/f1.jpg": "created", "f2.jpg": "created", "notes.txt": "image/unsupported_format" });
    expect(summary.skipped).toEqual(["loop"]);
    const f1 = await db.painting.findFirstOrThrow({ where: { originalName: "f1.jpg" }, include: { approvedLabel: true } });
    expect(f1.approvedLabel?.key).toBe("AI");
  });

  it("stops before importing anything on usage problems", async () => {
    const before = await db.painting.count();
    await expect(runImport(db, storage, { path: zipPath, project: "nope" })).rejects.toBeInstanceOf(ImportUsageError);
    await expect(runImport(db, storage, { path: path.join(work, "missing"), project })).rejects.toThrow(/does not exist/);
    await expect(runImport(db, storage, { path: zipPath, project, label: "CAT" })).rejects.toThrow(/no label class CAT/);
    await createProject(db, null, { name: "Second" });
    await expect(runImport(db, storage, { path: zipPath })).rejects.toThrow(/Choose a project with --project: imports, second/);
    expect(await db.painting.count()).toBe(before);
  });
});

describe("npm run import", () => {
  const run = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "scripts/import.ts", ...args], {
    encoding: "utf8", timeout: 120_000,
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL, STORAGE_DIR: storage.root },
  });

  it("prints a summary and exits 0 even when files fail; exits 2 on usage errors", () => {
    const ok = run([zipPath, "--project", project]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/created\s+0/);
    expect(ok.stdout).toMatch(/duplicate\s+4/);
    expect(ok.stdout).toMatch(/\.\.\/evil\.jpg: import\/unsafe_path/);
    expect(ok.stderr).toMatch(/importing/);
    const usage = run(["--label"]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/--label needs a value/);
    expect(run([zipPath, "--bogus"]).status).toBe(2);
  });
});

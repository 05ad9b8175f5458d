import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import { createProject } from "@/server/services/projects/create-project";
import { importBatch, type BatchItem } from "@/server/services/paintings/import-batch";
import { importPainting } from "@/server/services/paintings/import-painting";
import { ImageRejectedError } from "@/server/images/image-error";
import { createTestUser, resetDatabase, testDb } from "./helpers/database";
import {
  corruptJpeg, patternJpeg, patternPng, patternWebp, resizedCopy, svgFile, tempStorage, type CountingStorage,
} from "./helpers/painting-files";

let storage: CountingStorage;
let projectId: string;
let uploaderId: string;
let badBatch: BatchItem[];
const db = testDb();
const item = (name: string, bytes: Buffer, knownLabel?: string): BatchItem => ({ name, read: async () => bytes, knownLabel });
const batchOptions = () => ({ projectId, source: "IMPORT" as const, uploadedById: uploaderId, limits: { maxBytes: 150_000 } });

beforeAll(async () => {
  await resetDatabase();
  storage = tempStorage();
  uploaderId = (await createTestUser(db, "MANAGER")).id;
  projectId = (await createProject(db, uploaderId, { name: "Ingestion" })).id;
  const jpeg = await patternJpeg(11, 640, 480);
  badBatch = [
    item("good.jpg", jpeg),
    item("good.png", await patternPng(12)),
    item("good.webp", await patternWebp(13)),
    item("corrupt.jpg", corruptJpeg()),
    item("truncated.jpg", jpeg.subarray(0, jpeg.length >> 1)),
    item("oversized.png", await patternPng(14, 600, 600)),
    item("drawing.svg", svgFile()),
    { name: "unreadable.jpg", read: () => Promise.reject(new Error("EIO: disk read failed")) },
  ];
});

afterAll(() => fs.rmSync(storage.root, { recursive: true, force: true }));

describe("importBatch", () => {
  it("imports the good files and fails each bad one alone, with its reason", async () => {
    const progress: number[] = [];
    const results = await importBatch(db, storage, badBatch, { ...batchOptions(), onProgress: (p) => progress.push(p.done) });
    expect(results.map((r) => [r.name, r.status, r.status === "failed" ? r.code : null])).toEqual([
      ["good.jpg", "created", null],
      ["good.png", "created", null],
      ["good.webp", "created", null],
      ["corrupt.jpg", "failed", "image/corrupt"],
      ["truncated.jpg", "failed", "image/corrupt"],
      ["oversized.png", "failed", "image/too_large_bytes"],
      ["drawing.svg", "failed", "image/unsupported_format"],
      ["unreadable.jpg", "failed", "import/unreadable"],
    ]);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const rows = await db.painting.findMany({ where: { projectId }, orderBy: { originalName: "asc" } });
    expect(rows.map((r) => [r.originalName, r.format, r.source])).toEqual([
      ["good.jpg", "jpeg", "IMPORT"], ["good.png", "png", "IMPORT"], ["good.webp", "webp", "IMPORT"],
    ]);
    for (const row of rows) {
      for (const key of [row.storageKey, row.thumbnailKey, row.trainingKey]) expect(await storage.exists(key)).toBe(true);
    }
  });

  it("is idempotent: a re-run reports the same paintings as duplicates and writes nothing", async () => {
    const first = await db.painting.findMany({ where: { projectId }, select: { id: true, originalName: true } });
    const writesBefore = storage.puts.length;
    const results = await importBatch(db, storage, badBatch, batchOptions());
    expect(results.map((r) => r.status)).toEqual(["duplicate", "duplicate", "duplicate", "failed", "failed", "failed", "failed", "failed"]);
    const ids = results.flatMap((r) => (r.status === "duplicate" ? [r.paintingId] : []));
    expect(new Set(ids)).toEqual(new Set(first.map((p) => p.id)));
    expect(await db.painting.count({ where: { projectId } })).toBe(3);
    expect(storage.puts.length).toBe(writesBefore);
  });

  it("records the same bytes twice in one batch once, and links similar files of one batch once", async () => {
    const original = await patternJpeg(17, 800, 600);
    const results = await importBatch(db, storage, [
      item("twin-1.jpg", original), item("twin-2.jpg", Buffer.from(original)), item("twin-small.jpg", await resizedCopy(original, 500)),
      ...await Promise.all([18, 19, 20].map(async (seed) => item(`other-${seed}.jpg`, await patternJpeg(seed, 800, 600)))),
    ], batchOptions());
    const [first, second, small] = results;
    expect(results.map((r) => r.status).sort()).toEqual(["created", "created", "created", "created", "created", "duplicate"]);
    if (first.status === "failed" || second.status === "failed" || small.status === "failed") throw new Error("unexpected failure");
    expect(first.paintingId).toBe(second.paintingId);
    expect(await db.painting.count({ where: { projectId, sha256: (await db.painting.findUniqueOrThrow({ where: { id: first.paintingId } })).sha256 } })).toBe(1);
    // One link between the original and its resized copy, counted once, and none to the others.
    const ids = results.flatMap((r) => (r.status === "created" ? [r.paintingId] : []));
    const links = await db.nearDuplicate.findMany({ where: { OR: [{ paintingAId: { in: ids } }, { paintingBId: { in: ids } }] } });
    expect(links.map((l) => [l.paintingAId, l.paintingBId])).toEqual([[first.paintingId, small.paintingId].sort()]);
    expect(results.reduce((sum, r) => sum + (r.status === "created" ? r.nearDuplicates : 0), 0)).toBe(1);
  });

  it("fails every file with project/not_found for a project that does not exist", async () => {
    const results = await importBatch(db, storage, [item("a.jpg", await patternJpeg(29))], { ...batchOptions(), projectId: "missing" });
    expect(results.map((r) => (r.status === "failed" ? r.code : r.status))).toEqual(["project/not_found"]);
  });

  it("fails a file with a label the project does not have, alone", async () => {
    const results = await importBatch(db, storage, [item("cat.jpg", await patternJpeg(15), "CAT"), item("ok.jpg", await patternJpeg(16))], batchOptions());
    expect(results.map((r) => (r.status === "failed" ? r.code : r.status))).toEqual(["label/invalid_class", "created"]);
  });
});

describe("importPainting", () => {
  it("stores an exact duplicate once and does not rewrite its blobs", async () => {
    const bytes = await patternJpeg(21);
    const first = await importPainting(db, storage, { projectId, bytes, originalName: "a.jpg", source: "UPLOAD" });
    const mtime = fs.statSync(`${storage.root}/${first.painting.storageKey}`).mtimeMs;
    const writes = storage.puts.length;
    const again = await importPainting(db, storage, { projectId, bytes: Buffer.from(bytes), originalName: "copy of a.jpg", source: "UPLOAD" });
    expect(again).toMatchObject({ status: "duplicate", painting: { id: first.painting.id, originalName: "a.jpg" } });
    expect(await db.painting.count({ where: { sha256: first.painting.sha256 } })).toBe(1);
    expect(storage.puts.length).toBe(writes);
    expect(fs.statSync(`${storage.root}/${first.painting.storageKey}`).mtimeMs).toBe(mtime);
  });

  it("turns concurrent imports of the same bytes into one row and duplicates", async () => {
    const bytes = await patternJpeg(22);
    const results = await Promise.all(
      Array.from({ length: 4 }, (_, i) => importPainting(db, storage, { projectId, bytes, originalName: `same-${i}.jpg`, source: "UPLOAD" })),
    );
    expect(results.map((r) => r.status).sort()).toEqual(["created", "duplicate", "duplicate", "duplicate"]);
    expect(new Set(results.map((r) => r.painting.id)).size).toBe(1);
    expect(await db.painting.count({ where: { projectId, sha256: results[0].painting.sha256 } })).toBe(1);
  });

  it("links a resized copy as a near-duplicate, ordered pair, and leaves unrelated images alone", async () => {
    const original = await patternJpeg(23, 800, 600);
    const a = await importPainting(db, storage, { projectId, bytes: original, originalName: "orig.jpg", source: "UPLOAD" });
    const b = await importPainting(db, storage, { projectId, bytes: await resizedCopy(original, 500), originalName: "small.jpg", source: "UPLOAD" });
    const unrelated = await importPainting(db, storage, { projectId, bytes: await patternJpeg(24, 800, 600), originalName: "other.jpg", source: "UPLOAD" });
    expect(b).toMatchObject({ status: "created", nearDuplicates: 1 });
    expect(unrelated.nearDuplicates).toBe(0);
    const [low, high] = [a.painting.id, b.painting.id].sort();
    const link = await db.nearDuplicate.findUniqueOrThrow({ where: { paintingAId_paintingBId: { paintingAId: low, paintingBId: high } } });
    expect(link.distance).toBeLessThanOrEqual(8);
    const touchingUnrelated = await db.nearDuplicate.count({ where: { OR: [{ paintingAId: unrelated.painting.id }, { paintingBId: unrelated.painting.id }] } });
    expect(touchingUnrelated).toBe(0);
  });

  it("links near-duplicates imported at the same time", async () => {
    const original = await patternJpeg(25, 800, 600);
    const [a, b] = await Promise.all([
      importPainting(db, storage, { projectId, bytes: original, originalName: "x.jpg", source: "UPLOAD" }),
      importPainting(db, storage, { projectId, bytes: await resizedCopy(original, 420), originalName: "x-small.jpg", source: "UPLOAD" }),
    ]);
    expect(a.nearDuplicates + b.nearDuplicates).toBe(1);
  });

  it("records a known label as approved, or as gold, with an audit entry", async () => {
    const human = await db.labelClass.findUniqueOrThrow({ where: { projectId_key: { projectId, key: "HUMAN" } } });
    const approved = await importPainting(db, storage, { projectId, bytes: await patternJpeg(26), originalName: "h.jpg", source: "IMPORT", knownLabel: "human" });
    expect(approved.painting).toMatchObject({ status: "APPROVED", approvedLabelId: human.id, isGold: false, goldLabelId: null });
    expect(approved.painting.approvedAt).toBeInstanceOf(Date);
    const gold = await importPainting(db, storage, { projectId, bytes: await patternJpeg(27), originalName: "g.jpg", source: "IMPORT", knownLabel: "HUMAN", asGold: true, uploadedById: uploaderId });
    expect(gold.painting).toMatchObject({ status: "APPROVED", approvedLabelId: human.id, isGold: true, goldLabelId: human.id });
    const audit = await db.auditLog.findMany({ where: { entityId: { in: [approved.painting.id, gold.painting.id] } }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([["painting.import_approved", null], ["painting.import_gold", uploaderId]]);
  });

  it("throws ImageRejectedError for a bad file and project/not_found for an unknown project", async () => {
    await expect(importPainting(db, storage, { projectId, bytes: svgFile(), originalName: "s.svg", source: "UPLOAD" })).rejects.toBeInstanceOf(ImageRejectedError);
    await expect(importPainting(db, storage, { projectId: "nope", bytes: await patternJpeg(28), originalName: "n.jpg", source: "UPLOAD" }))
      .rejects.toMatchObject({ code: "project/not_found" });
  });
});

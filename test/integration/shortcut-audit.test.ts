// Issue 13's shortcut audit through the real import and worker code: a project whose human
// paintings are 224 px PNGs and AI ones 160 px JPEGs gets `dataset/shortcut` in its run report;
// the same paintings in a project that normalises its training copies do not.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/server/auth/viewer";
import { Prisma } from "@/server/db/generated/client";
import { exportRunReport } from "@/server/http/export-run-report";
import { readFileFeatures } from "@/server/images/read-file-features";
import { importPainting } from "@/server/services/paintings/import-painting";
import { createProject } from "@/server/services/projects/create-project";
import { startTrainingRun } from "@/server/services/runs/start-training-run";
import { createLocalDiskStorage } from "@/server/storage/local-disk-storage";
import { normalisedCopyKey } from "@/worker/data/normalised-copies";
import { scorePaintings } from "@/worker/jobs/score-paintings";
import { trainRun } from "@/worker/jobs/train-run";
import { patternImage } from "../unit/images/generate-test-images";
import { createTestUser, resetDatabase, testDb } from "./helpers/database";
import { asViewer } from "./helpers/graphql";

const PER_CLASS = 12;
const db = testDb();
const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "provenance-shortcut-"));
const storage = createLocalDiskStorage({ rootDir: storageDir });
let manager: Viewer;

// Smooth paintings (no pixel noise) from one generator for both classes: only the files differ.
async function paintingFile(seed: number, kind: "HUMAN" | "AI"): Promise<Buffer> {
  const image = patternImage({ seed, width: 224, height: 224, noise: 0 });
  return kind === "HUMAN" ? image.png().toBuffer() : sharp(await image.png().toBuffer()).resize(160, 160).jpeg({ quality: 70 }).toBuffer();
}

async function projectWithPaintings(name: string, normaliseTrainingCopies: boolean) {
  const project = await createProject(db, manager.id, { name });
  await db.project.update({ where: { id: project.id }, data: { normaliseTrainingCopies } });
  for (let i = 0; i < 2 * PER_CLASS; i++) {
    const kind = i % 2 === 0 ? "HUMAN" : "AI";
    await importPainting(db, storage, { projectId: project.id, bytes: await paintingFile(100 + i, kind), originalName: `p${i}.${kind === "HUMAN" ? "png" : "jpg"}`, source: "IMPORT", knownLabel: kind });
  }
  return project.id;
}

async function trainTiny(projectId: string) {
  const run = await startTrainingRun(db, null, manager.id, { projectId, config: { preset: "tiny", epochs: 1, batchSize: 16, patience: 0, seed: 3 } });
  const result = await trainRun(db, storage, { runId: run.id, workerId: "test" });
  const stored = await db.trainingRun.findUniqueOrThrow({ where: { id: run.id } });
  expect(stored.error).toBeNull();
  expect(result.status).toBe("SUCCEEDED");
  return { runId: run.id, modelVersionId: result.modelVersionId! };
}

async function reportOf(runId: string, format = "json") {
  const response = await exportRunReport({ db, viewer: manager }, new Request(`http://app.test/api/runs/${runId}/report?format=${format}`), runId);
  expect(response.status).toBe(200);
  return response;
}

type Warning = { code: string; message: string };

beforeAll(async () => {
  process.env.TFJS_BACKEND = "wasm";
  await resetDatabase();
  manager = asViewer(await createTestUser(db, "MANAGER"));
});

afterAll(() => fs.rmSync(storageDir, { recursive: true, force: true }));

describe("the shortcut audit of a run's snapshot", () => {
  it("records each upload's file features at import", async () => {
    const projectId = await projectWithPaintings("Features at import", false);
    const rows = await db.painting.findMany({ where: { projectId }, include: { approvedLabel: true } });
    const ai = rows.find((row) => row.approvedLabel?.key === "AI")!;
    expect(ai.fileFeatures).toMatchObject({ width: 160, height: 160, format: "jpeg", jpegQuality: 70, colourMode: "srgb" });
    const human = rows.find((row) => row.approvedLabel?.key === "HUMAN")!;
    expect(human.fileFeatures).toMatchObject({ width: 224, height: 224, format: "png", jpegQuality: null });
  });

  it("warns dataset/shortcut, first, when 224 px PNGs are human and 160 px JPEGs AI, and reads features imported before the audit from the original", async () => {
    const projectId = await projectWithPaintings("Collected apart", false);
    // Two rows as if imported before features were recorded: the snapshot reads their originals.
    const legacy = await db.painting.findMany({ where: { projectId }, orderBy: { id: "asc" }, take: 2 });
    await db.painting.updateMany({ where: { id: { in: legacy.map((p) => p.id) } }, data: { fileFeatures: Prisma.DbNull } });
    const { runId } = await trainTiny(projectId);

    const body = await (await reportOf(runId)).json();
    expect(body.warnings[0].code).toBe("dataset/shortcut");
    const warning = body.warnings[0] as Warning;
    expect(warning.message).toMatch(/format \(AUC 1\.00\)/);
    expect(warning.message).toMatch(/jpegQuality/);
    const audit = body.snapshot.shortcutAudit;
    expect(audit.normalised).toBeNull();
    expect(audit.unreadable).toBe(0);
    expect(audit.originals).toMatchObject({ basis: "originals", sampleCount: 2 * PER_CLASS, warns: true });
    expect(audit.originals.classifier.auc).toBeGreaterThanOrEqual(0.75);
    expect(audit.originals.flaggedFeatures).toEqual(expect.arrayContaining(["width", "height", "format", "jpegQuality"]));
    for (const painting of legacy) {
      const filled = await db.painting.findUniqueOrThrow({ where: { id: painting.id } });
      expect(filled.fileFeatures).toEqual(await readFileFeatures(await storage.get(painting.storageKey)));
    }

    const csv = await (await reportOf(runId, "csv")).text();
    expect(csv).toMatch(/^warning:error,+dataset\/shortcut,/m);
    expect(csv).toMatch(/^shortcut:originals,+classifierAuc,1$/m);
    expect(csv).toMatch(/^shortcut:originals,+AI,jpeg,,format:count,12$/m);
  }, 300_000);

  it("does not warn when the same paintings train on normalised copies, and reports both audits", async () => {
    const projectId = await projectWithPaintings("Collected apart, normalised", true);
    const { runId, modelVersionId } = await trainTiny(projectId);

    const body = await (await reportOf(runId)).json();
    const codes = body.warnings.map((w: Warning) => w.code);
    expect(codes).not.toContain("dataset/shortcut");
    const audit = body.snapshot.shortcutAudit;
    // What normalising cannot remove is reported apart: the 160 px q70 uploads lost fine detail,
    // which shows in how small their copies compress.
    expect(["byteSize", "bytesPerPixel"]).toContain(audit.normalised.residual[0].feature);
    expect(codes.includes("dataset/shortcut_residual")).toBe(audit.normalised.residual[0].flagged);
    // The uploads still differ; the copies the model sees do not.
    expect(audit.originals.warns).toBe(true);
    expect(audit.normalisedSide).toBe(160);
    expect(body.snapshot.normalisedSide).toBe(160);
    expect(audit.normalised).toMatchObject({ basis: "normalised", sampleCount: 2 * PER_CLASS, warns: false, flaggedFeatures: [] });
    expect(audit.normalised.classifier.auc).toBeLessThan(0.75);
    for (const profile of audit.normalised.classes) {
      expect(profile.categories).toEqual(expect.arrayContaining([{ feature: "format", value: "jpeg", count: PER_CLASS }, { feature: "colourMode", value: "srgb", count: PER_CLASS }]));
      expect(profile.numeric.find((s: { feature: string }) => s.feature === "width")).toMatchObject({ min: 160, max: 160 });
      expect(profile.numeric.find((s: { feature: string }) => s.feature === "jpegQuality")).toMatchObject({ min: 90, max: 90 });
    }
    // The run trained on those copies: every snapshot item has one in storage.
    const items = await db.datasetItem.findMany({ where: { snapshot: { runs: { some: { id: runId } } } } });
    expect(items).toHaveLength(2 * PER_CLASS);
    for (const item of items) expect(await storage.exists(normalisedCopyKey(item.sha256, 160))).toBe(true);

    // Scoring shows the model the same kind of copy, made on the spot for a painting that has none.
    const { painting: fresh } = await importPainting(db, storage, { projectId, bytes: await paintingFile(999, "AI"), originalName: "new.jpg", source: "UPLOAD" });
    expect(await storage.exists(normalisedCopyKey(fresh.sha256, 160))).toBe(false);
    const round = await scorePaintings(db, storage, { modelVersionId });
    expect(round.status).toBe("SUCCEEDED");
    expect(await storage.exists(normalisedCopyKey(fresh.sha256, 160))).toBe(true);
    expect(await db.prediction.count({ where: { modelVersionId } })).toBe(2 * PER_CLASS + 1);
  }, 300_000);
});

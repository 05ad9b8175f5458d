// Gold paintings stay indistinguishable to annotators and their answers are final: what an
// annotator can see of a gold painting they answered (status, label, filters, progress, name) is
// what they would see of an ordinary painting in the same state, and undo refuses gold answers.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/server/auth/viewer";
import { runImport } from "@/scripts/lib/import/run-import";
import { annotatorReport } from "@/server/services/quality/annotator-report";
import { createProject } from "@/server/services/projects/create-project";
import { submitAnnotation } from "@/server/services/labeling/submit-annotation";
import { addEveryWorker } from "./helpers/project-members";
import { asViewer, errorCodes, execute } from "./helpers/graphql";
import { resetDatabase, testDb } from "./helpers/database";
import { annotators, claimFor, labelingProject, seedPaintings } from "./helpers/labeling-scenario";
import { patternJpeg, patternPng, tempStorage, type CountingStorage } from "./helpers/painting-files";
import { writeZip } from "./helpers/write-zip";

const db = testDb();
const PAINTING = `query($id: ID!) { painting(id: $id) { id status approvedLabel { key } } }`;
const LIST = `query($projectId: ID!, $filter: PaintingFilter) { paintings(projectId: $projectId, filter: $filter) { edges { node { id status approvedLabel { key } } } } }`;
const TASK = `query($projectId: ID!) { nextLabelingTask(projectId: $projectId) { painting { id } progress { remaining labeledByMe } } }`;
const UNDO = `mutation($projectId: ID!) { undoLastAnnotation(projectId: $projectId) { undoneLabel { key } } }`;

let storage: CountingStorage;
beforeAll(async () => {
  await resetDatabase();
  storage = tempStorage();
});
afterAll(() => fs.rmSync(storage.root, { recursive: true, force: true }));

async function goldScenario() {
  const project = await labelingProject(db, { labelsPerItem: 2 });
  const [gold] = await seedPaintings(db, project.id, 1, {
    isGold: true, goldLabelId: project.humanId, status: "APPROVED", approvedLabelId: project.humanId, approvedAt: new Date(),
  });
  const ordinary = await seedPaintings(db, project.id, 3);
  const people = (await annotators(db, 2)).map(asViewer);
  await addEveryWorker(db, project.id);
  return { project, gold, ordinary, people };
}

async function label(viewer: Viewer, paintingId: string, labelKey: string) {
  await claimFor(db, paintingId, viewer.id);
  await submitAnnotation(db, { userId: viewer.id, input: { paintingId, labelKey } });
}

const listed = async (viewer: Viewer, projectId: string, filter: Record<string, unknown>) =>
  ((await execute<{ paintings: { edges: { node: { id: string } }[] } }>(viewer, LIST, { projectId, filter })).data?.paintings.edges ?? []).map((e) => e.node.id).sort();

describe("gold paintings as annotators see them", () => {
  it("look like an ordinary painting with the same labels in painting(id)", async () => {
    const { gold, ordinary, people: [ada] } = await goldScenario();
    await label(ada, gold, "HUMAN");
    await label(ada, ordinary[0], "HUMAN");
    const seenGold = await execute(ada, PAINTING, { id: gold });
    const seenOrdinary = await execute(ada, PAINTING, { id: ordinary[0] });
    expect(seenOrdinary.data).toEqual({ painting: { id: ordinary[0], status: "ANNOTATING", approvedLabel: null } });
    expect(seenGold.data).toEqual({ painting: { id: gold, status: "ANNOTATING", approvedLabel: null } });
  });

  it("follow the labels given like an ordinary painting would: agreement approves, disagreement disputes", async () => {
    const { gold, ordinary, people: [ada, ben] } = await goldScenario();
    for (const id of [gold, ordinary[0]]) {
      await label(ada, id, "AI");
      await label(ben, id, "AI");
    }
    for (const viewer of [ada, ben]) {
      expect((await execute(viewer, PAINTING, { id: gold })).data).toEqual({ painting: { id: gold, status: "APPROVED", approvedLabel: { key: "AI" } } });
      expect((await execute(viewer, PAINTING, { id: ordinary[0] })).data).toEqual({ painting: { id: ordinary[0], status: "APPROVED", approvedLabel: { key: "AI" } } });
    }
  });

  it("are not listed under status APPROVED or their gold label for an annotator, but under the status shown", async () => {
    const { project, gold, ordinary, people: [ada] } = await goldScenario();
    await label(ada, gold, "HUMAN");
    await label(ada, ordinary[0], "HUMAN");
    expect(await listed(ada, project.id, { status: "APPROVED" })).toEqual([]);
    expect(await listed(ada, project.id, { labelKey: "HUMAN" })).toEqual([]);
    expect(await listed(ada, project.id, { status: "ANNOTATING" })).toEqual([gold, ordinary[0]].sort());
    expect(await listed(ada, project.id, { disputed: false })).toEqual([gold, ordinary[0]].sort());
  });

  it("count down the progress counter like any other painting", async () => {
    const { project, gold, ordinary, people: [ada] } = await goldScenario();
    const remaining = async () => (await execute<{ nextLabelingTask: { progress: { remaining: number } } }>(ada, TASK, { projectId: project.id })).data!.nextLabelingTask.progress.remaining;
    const start = await remaining();
    await db.itemClaim.deleteMany({ where: { userId: ada.id } });
    await label(ada, gold, "HUMAN");
    const afterGold = await remaining();
    await db.itemClaim.deleteMany({ where: { userId: ada.id } });
    await label(ada, ordinary[0], "HUMAN");
    const afterOrdinary = await remaining();
    expect(start - afterGold).toBe(1);
    expect(afterGold - afterOrdinary).toBe(1);
  });
});

describe("an annotator's own figures", () => {
  it("count a gold answer like an ordinary label: pending while the painting collects labels", async () => {
    const { project, gold, ordinary, people: [ada] } = await goldScenario();
    const STATS = `query($projectId: ID!) { myLabelingStats(projectId: $projectId) { labeled agreed pending disputed } }`;
    const stats = async () => (await execute<{ myLabelingStats: Record<string, number> }>(ada, STATS, { projectId: project.id })).data!.myLabelingStats;
    await label(ada, gold, "HUMAN");
    const afterGold = await stats();
    await label(ada, ordinary[0], "HUMAN");
    const afterOrdinary = await stats();
    expect(afterGold).toEqual({ labeled: 1, agreed: 0, pending: 1, disputed: 0 });
    expect(afterOrdinary).toEqual({ labeled: 2, agreed: 0, pending: 2, disputed: 0 });
  });
});

describe("gold answers are final", () => {
  it("refuses undo of a gold answer with label/undo_too_late, keeping accuracy and the open GOLD_FAILED entry", async () => {
    const { project, gold, people: [ada] } = await goldScenario();
    await label(ada, gold, "AI"); // wrong: the gold label is HUMAN
    const result = await execute(ada, UNDO, { projectId: project.id });
    expect(errorCodes(result)).toEqual(["label/undo_too_late"]);
    expect(await db.annotation.count({ where: { paintingId: gold, annotatorId: ada.id } })).toBe(1);
    expect((await db.reviewQueueEntry.findFirstOrThrow({ where: { paintingId: gold, reason: "GOLD_FAILED" } })).status).toBe("OPEN");
    // Answering again is impossible too: the painting is never served to them again and a
    // different label is refused.
    await claimFor(db, gold, ada.id);
    await expect(submitAnnotation(db, { userId: ada.id, input: { paintingId: gold, labelKey: "HUMAN" } })).rejects.toMatchObject({ code: "label/already_submitted" });
    const report = await annotatorReport(db, project.id);
    expect(report.find((row) => row.annotator.id === ada.id)).toMatchObject({ goldAnswered: 1, goldAccuracy: 0 });
  });
});

describe("painting names", () => {
  it("keep no folders from a command-line import of human/ and ai/ gold folders", async () => {
    const slug = `gold-import-${Math.random().toString(36).slice(2, 8)}`;
    await createProject(db, null, { name: slug, slug });
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "provenance-gold-"));
    const zip = path.join(work, "gold.zip");
    fs.writeFileSync(zip, writeZip([
      { name: "human/portrait.jpg", data: await patternJpeg(71) },
      { name: "AI/deep/landscape.png", data: await patternPng(72) },
      { name: "ai/evil\u202egpj.png", data: await patternPng(73) },
    ]));
    try {
      const summary = await runImport(db, storage, { path: zip, project: slug, gold: true });
      expect(summary.created).toBe(3);
      const rows = await db.painting.findMany({ where: { project: { slug } }, orderBy: { originalName: "asc" } });
      expect(rows.map((row) => [row.originalName, row.isGold])).toEqual([["evilgpj.png", true], ["landscape.png", true], ["portrait.jpg", true]]);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });
});

describe("names stored before the fix", () => {
  it("lose their folders and bidi controls in the painting_names_without_folders migration", async () => {
    const project = await labelingProject(db);
    const names = ["human/deep/a.jpg", "AI\\b.png", "ai/evil\u202egpj.png", "plain.jpg", "human/"];
    for (const [i, originalName] of names.entries()) await seedPaintings(db, project.id, 1, { originalName, createdAt: new Date(Date.now() - i * 1000) });
    const sql = fs.readFileSync(path.join(process.cwd(), "prisma/migrations/20261201224800_painting_names_without_folders/migration.sql"), "utf8");
    await db.$executeRawUnsafe(sql);
    const rows = await db.painting.findMany({ where: { projectId: project.id }, orderBy: { createdAt: "desc" } });
    expect(rows.map((row) => row.originalName)).toEqual(["a.jpg", "b.png", "evilgpj.png", "plain.jpg", "unnamed"]);
  });
});

// Scenarios for labeling tests: a project with the default HUMAN (h) / AI (a) classes, paintings
// inserted straight into the database (no images needed to label them), and annotators.
import { randomBytes } from "node:crypto";
import type { Db } from "@/server/db/client";
import type { Prisma } from "@/server/db/generated/client";
import { DEFAULT_LABEL_CLASSES } from "@/server/services/projects/create-project";
import { annotatorStart } from "@/server/services/labeling/serving-order";
import { createTestUser } from "./database";
import { addEveryWorker } from "./project-members";

type ProjectSettings = Partial<Pick<Prisma.ProjectUncheckedCreateInput,
  "labelsPerItem" | "goldRate" | "spotCheckRate" | "preAnnotation" | "claimTtlSeconds">>;

/**
 * Gold and spot checks are off unless a test turns them on, so queues are deterministic. Every
 * annotator and reviewer that exists by then is a member unless `members` is "none".
 */
export async function labelingProject(db: Db, settings: ProjectSettings = {}, { members = "everyone" }: { members?: "everyone" | "none" } = {}) {
  const slug = `labeling-${randomBytes(4).toString("hex")}`;
  const project = await db.project.create({
    data: {
      slug, name: slug, goldRate: 0, spotCheckRate: 0, ...settings,
      labelClasses: { create: DEFAULT_LABEL_CLASSES.map((labelClass, position) => ({ ...labelClass, position })) },
    },
    include: { labelClasses: true },
  });
  if (members === "everyone") await addEveryWorker(db, project.id);
  const classId = (key: string) => project.labelClasses.find((labelClass) => labelClass.key === key)!.id;
  return { ...project, humanId: classId("HUMAN"), aiId: classId("AI") };
}

/** `count` paintings, created one millisecond apart so "oldest first" has a defined order. */
export async function seedPaintings(db: Db, projectId: string, count: number, extra: Partial<Prisma.PaintingCreateManyInput> = {}) {
  const start = Date.now() - 60_000;
  const rows = Array.from({ length: count }, (_, i) => {
    const sha256 = randomBytes(32).toString("hex");
    return {
      id: `p${sha256.slice(0, 24)}`, projectId, sha256, phash: sha256.slice(0, 16), width: 64, height: 64, format: "png",
      byteSize: 100, storageKey: `paintings/${sha256}/original.png`, thumbnailKey: `paintings/${sha256}/thumb.webp`,
      trainingKey: `paintings/${sha256}/train224.png`, originalName: `painting-${i}.png`, createdAt: new Date(start + i), ...extra,
    };
  });
  await db.painting.createMany({ data: rows });
  return rows.map((row) => row.id);
}

export async function annotators(db: Db, count: number) {
  return Promise.all(Array.from({ length: count }, () => createTestUser(db, "ANNOTATOR")));
}

/** Makes a claim look abandoned: its time ran out a minute ago. */
export async function expireClaim(db: Db, paintingId: string) {
  await db.$executeRaw`UPDATE "ItemClaim" SET "expiresAt" = (now() AT TIME ZONE 'UTC') - interval '1 minute' WHERE "paintingId" = ${paintingId}`;
}

/** Gives a painting to an annotator directly, as claiming it from the queue would. */
export async function claimFor(db: Db, paintingId: string, userId: string) {
  await db.itemClaim.upsert({
    where: { paintingId },
    update: { userId, expiresAt: new Date(Date.now() + 600_000) },
    create: { paintingId, userId, expiresAt: new Date(Date.now() + 600_000) },
  });
}

/** A trained model's prediction for a painting (the run and model version it needs included). */
export async function addPrediction(db: Db, { projectId, paintingId, predictedKey, confidence }: { projectId: string; paintingId: string; predictedKey: string; confidence: number }) {
  const run = await db.trainingRun.create({ data: { projectId, status: "SUCCEEDED", config: {}, preset: "tiny", seed: 1 } });
  const version = (await db.modelVersion.count({ where: { projectId } })) + 1;
  const model = await db.modelVersion.create({
    data: { projectId, runId: run.id, version, artifactKey: `models/${projectId}/${version}/model.json`, classKeys: ["HUMAN", "AI"], inputSize: 64, preset: "tiny" },
  });
  return db.prediction.create({
    data: { paintingId, modelVersionId: model.id, probabilities: {}, predictedKey, confidence, uncertainty: 1 - confidence },
  });
}

/** A project's paintings in the order the queue serves them to one annotator (serving-order.ts). */
export async function servingOrderFor(db: Db, projectId: string, userId: string) {
  const start = annotatorStart(userId);
  const rows = await db.painting.findMany({ where: { projectId }, select: { id: true, queueKey: true } });
  const position = (key: number) => (key >= start ? key - start : key - start + 1);
  return rows.sort((a, b) => position(a.queueKey) - position(b.queueKey)).map((row) => row.id);
}

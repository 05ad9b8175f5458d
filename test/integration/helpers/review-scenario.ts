// Scenarios for review tests, seeded straight into the database: a project with HUMAN / AI
// classes, paintings with labels, and queue entries (through the shared enqueueReview).
import { randomBytes } from "node:crypto";
import type { Db } from "@/server/db/client";
import type { Prisma } from "@/server/db/generated/client";
import type { ReviewReason } from "@/server/db/generated/enums";
import { DEFAULT_LABEL_CLASSES } from "@/server/services/projects/create-project";
import { enqueueReview } from "@/server/services/review-queue/enqueue-review";
import { addEveryWorker } from "./project-members";

export async function reviewProject(db: Db, settings: Partial<Prisma.ProjectUncheckedCreateInput> = {}) {
  const slug = `review-${randomBytes(4).toString("hex")}`;
  const project = await db.project.create({
    data: { slug, name: slug, goldRate: 0, spotCheckRate: 0, ...settings, labelClasses: { create: DEFAULT_LABEL_CLASSES.map((c, position) => ({ ...c, position })) } },
    include: { labelClasses: true },
  });
  // Every annotator and reviewer that exists by then is a member; these tests are about review.
  await addEveryWorker(db, project.id);
  const classId = (key: string) => project.labelClasses.find((c) => c.key === key)!.id;
  return { ...project, humanId: classId("HUMAN"), aiId: classId("AI") };
}

type Label = { annotatorId: string; labelClassId: string; confidence?: number; note?: string; round?: number; durationMs?: number; createdAt?: Date };

/** A painting with the given labels; DISPUTED unless `painting` says otherwise. */
export async function paintingWithLabels(db: Db, projectId: string, labels: Label[], painting: Partial<Prisma.PaintingUncheckedCreateInput> = {}) {
  const sha256 = randomBytes(32).toString("hex");
  const created = await db.painting.create({
    data: {
      projectId, sha256, phash: sha256.slice(0, 16), width: 64, height: 48, format: "png", byteSize: 100,
      storageKey: `paintings/${sha256}/original.png`, thumbnailKey: `paintings/${sha256}/thumb.webp`, trainingKey: `paintings/${sha256}/train224.png`,
      originalName: `painting-${sha256.slice(0, 6)}.png`, status: "DISPUTED", ...painting,
    },
  });
  for (const label of labels) {
    await db.annotation.create({ data: { paintingId: created.id, round: created.labelRound, ...label } });
  }
  return created;
}

/** Opens an entry (or re-prioritises the open one) and returns it. */
export async function openEntry(db: Db, { projectId, paintingId, reason, score = 0 }: { projectId: string; paintingId: string; reason: ReviewReason; score?: number }) {
  await enqueueReview(db, { projectId, paintingId, reason, score });
  return db.reviewQueueEntry.findFirstOrThrow({ where: { paintingId, reason, status: "OPEN" } });
}

/** Makes a reviewer's claim look abandoned: its time ran out a minute ago. */
export async function expireReviewClaims(db: Db, paintingId: string) {
  await db.$executeRaw`
    UPDATE "ReviewQueueEntry" SET "claimExpiresAt" = (now() AT TIME ZONE 'UTC') - interval '1 minute'
    WHERE "paintingId" = ${paintingId} AND "claimedById" IS NOT NULL`;
}

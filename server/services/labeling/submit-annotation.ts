// Stores one annotator's label for the painting they hold, then lets consensus (or the gold check)
// decide what it means, in one transaction with the painting row locked.
import { z } from "zod";
import type { Db } from "@/server/db/client";
import type { Annotation, Painting, Project } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { applyConsensus } from "./apply-consensus";
import { checkGoldAnswer } from "./check-gold-answer";
import { findSuggestion } from "./find-suggestion";
import { LABELING_TX, NOW_UTC, OPEN_STATUSES, type Tx } from "./labeling-sql";
import { lockPainting } from "./lock-painting";

export const NOTE_MAX_LENGTH = 2000;

export const submitAnnotationInput = z.object({
  paintingId: z.string().min(1),
  labelKey: z.string().trim().toUpperCase().min(1).max(32),
  confidence: z.number().int().min(1, "Confidence is 1 to 5.").max(5, "Confidence is 1 to 5.").nullish(),
  note: z.string().trim().max(NOTE_MAX_LENGTH, `Notes are at most ${NOTE_MAX_LENGTH} characters.`).nullish(),
  durationMs: z.number().int().min(0).max(24 * 3600 * 1000).nullish(),
});

/** GraphQL's MyAnnotation: an annotation row, shown only to the annotator who wrote it. */
export type MyAnnotationModel = Annotation;

export type SubmittedAnnotation = {
  annotation: Annotation;
  /** True when this exact decision was already stored: nothing was written this time. */
  duplicate: boolean;
  painting: Painting;
  project: Project;
};

type SubmitOptions = { userId: string; input: z.input<typeof submitAnnotationInput>; random?: () => number };

export async function submitAnnotation(db: Db, { userId, input, random = Math.random }: SubmitOptions): Promise<SubmittedAnnotation> {
  const { paintingId, labelKey, confidence, note, durationMs } = submitAnnotationInput.parse(input);
  return db.$transaction(async (tx) => {
    const painting = await lockPainting(tx, paintingId);
    const labelClass = await tx.labelClass.findUnique({ where: { projectId_key: { projectId: painting.projectId, key: labelKey } }, include: { project: true } });
    if (!labelClass) throw new AppError("label/invalid_class", `"${labelKey}" is not a label class of this painting's project.`);
    const { project } = labelClass;

    const existing = await tx.annotation.findUnique({
      where: { paintingId_annotatorId_round: { paintingId, annotatorId: userId, round: painting.labelRound } },
    });
    if (existing) {
      // A retried request (double key press, flaky network) is answered with what is stored.
      if (existing.labelClassId === labelClass.id) return { annotation: existing, duplicate: true, painting, project };
      throw new AppError("label/already_submitted", "You already labeled this painting; undo your last label to change it.");
    }
    await requireLiveClaim(tx, paintingId, userId);
    if (!painting.isGold && !OPEN_STATUSES.has(painting.status)) {
      throw new AppError("label/painting_closed", "This painting no longer needs labels.");
    }

    // Whether the model's prediction was on screen before the label was chosen: shown with the
    // task (BEFORE_COMMIT), or seen after an earlier label on this painting that was then undone.
    const suggestionShown = (project.preAnnotation === "BEFORE_COMMIT" && (await findSuggestion(tx, paintingId)) !== null)
      || (await sawSuggestionBeforeUndo(tx, paintingId, userId));
    const annotation = await tx.annotation.create({
      data: {
        paintingId, annotatorId: userId, labelClassId: labelClass.id, round: painting.labelRound,
        confidence: confidence ?? null, note: note || null, durationMs: durationMs ?? null, suggestionShown,
      },
    });
    await tx.itemClaim.delete({ where: { paintingId } });
    if (painting.isGold) {
      await checkGoldAnswer(tx, { painting, annotation });
      return { annotation, duplicate: false, painting, project };
    }
    const decided = await applyConsensus(tx, { painting, project, actorId: userId, random });
    return { annotation, duplicate: false, painting: decided, project };
  }, LABELING_TX);
}

async function requireLiveClaim(tx: Tx, paintingId: string, userId: string): Promise<void> {
  const [claim] = await tx.$queryRaw<{ userId: string; live: boolean }[]>`
    SELECT "userId", "expiresAt" > ${NOW_UTC} AS "live" FROM "ItemClaim" WHERE "paintingId" = ${paintingId}`;
  if (!claim || claim.userId !== userId) {
    throw new AppError("label/not_claimed", "This painting is not assigned to you; open the queue to get your next painting.");
  }
  if (!claim.live) throw new AppError("claim/expired", "Your time on this painting ran out; open the queue to continue.");
}

async function sawSuggestionBeforeUndo(tx: Tx, paintingId: string, userId: string): Promise<boolean> {
  const undone = await tx.auditLog.count({
    where: {
      actorId: userId, action: "annotation.undo", entityType: "Annotation",
      AND: [{ data: { path: ["paintingId"], equals: paintingId } }, { data: { path: ["suggestionSeen"], equals: true } }],
    },
  });
  return undone > 0;
}

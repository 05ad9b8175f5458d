// Stores one annotator's label for the painting they hold, then lets consensus (or the gold check)
// decide what it means, in one transaction with the painting row locked. Round trips are few on
// purpose (it runs once per label): the lock, one read of every fact the checks need
// (read-submit-facts.ts), one statement that inserts the label, drops the claim and returns the
// round's labels for consensus, and consensus's update. The transaction is a direct one, past
// Prisma's engine (server/db/direct-transaction.ts), so every statement here is raw SQL.
import { z } from "zod";
import type { Db } from "@/server/db/client";
import { directTransaction, type RawTx } from "@/server/db/direct-transaction";
import type { Annotation, LabelClass, Painting, Project } from "@/server/db/generated/client";
import { NOW_UTC } from "@/server/db/database-clock";
import { newRowId } from "@/server/db/row-id";
import { AppError, notFound } from "@/server/errors";
import { applyConsensus } from "./apply-consensus";
import { checkGoldAnswer } from "./check-gold-answer";
import { OPEN_STATUSES } from "./labeling-sql";
import { lockPaintingRow } from "@/server/services/paintings/lock-painting-row";
import { readPaintingRow } from "@/server/services/paintings/painting-rows";
import { readSubmitFacts, type SubmitFacts } from "./read-submit-facts";

export const NOTE_MAX_LENGTH = 2000;

export const submitAnnotationInput = z.object({
  paintingId: z.string().min(1),
  labelKey: z.string().trim().toUpperCase().min(1).max(32),
  confidence: z.number().int().min(1, "Confidence is 1 to 5.").max(5, "Confidence is 1 to 5.").nullish(),
  note: z.string().trim().max(NOTE_MAX_LENGTH, `Notes are at most ${NOTE_MAX_LENGTH} characters.`).nullish(),
  durationMs: z.number().int().min(0).max(24 * 3600 * 1000).nullish(),
});

/**
 * GraphQL's MyAnnotation: an annotation row, shown only to the annotator who wrote it, with its
 * label class when the service has read it already.
 */
export type MyAnnotationModel = Annotation & { labelClass?: LabelClass | null };

export type SubmittedAnnotation = {
  annotation: MyAnnotationModel;
  /** True when this exact decision was already stored: nothing was written this time. */
  duplicate: boolean;
  painting: Painting;
  project: Pick<Project, "id" | "preAnnotation" | "labelsPerItem" | "spotCheckRate">;
};

type SubmitOptions = { userId: string; input: z.input<typeof submitAnnotationInput>; random?: () => number };

export async function submitAnnotation(db: Db, { userId, input, random = Math.random }: SubmitOptions): Promise<SubmittedAnnotation> {
  const { paintingId, labelKey, confidence, note, durationMs } = submitAnnotationInput.parse(input);
  return directTransaction(db, async (tx) => {
    await lockPaintingRow(tx, paintingId);
    const facts = await readSubmitFacts(tx, { paintingId, userId, labelKey });
    if (!facts) throw notFound("painting/not_found", "painting", paintingId);
    const project = { id: facts.projectId, preAnnotation: facts.preAnnotation, labelsPerItem: facts.labelsPerItem, spotCheckRate: facts.spotCheckRate };
    const labelClassId = facts.labelClassId;
    if (!labelClassId) throw new AppError("label/invalid_class", `"${labelKey}" is not a label class of this painting's project.`);
    if (facts.existingId) {
      // A retried request (double key press, flaky network) is answered with what is stored.
      if (facts.existingClassId !== labelClassId) {
        throw new AppError("label/already_submitted", "You already labeled this painting; undo your last label to change it.");
      }
      const [annotation] = await tx.$queryRaw<Annotation[]>`SELECT * FROM "Annotation" WHERE "id" = ${facts.existingId}`;
      const painting = await readPaintingRow(tx, paintingId);
      return { annotation: { ...annotation!, labelClass: facts.labelClass }, duplicate: true, painting, project };
    }
    requireLiveClaim(facts, userId);
    if (!facts.isGold && !OPEN_STATUSES.has(facts.status)) {
      throw new AppError("label/painting_closed", "This painting no longer needs labels.");
    }

    // Whether the model's prediction was on screen before the label was chosen: shown with the
    // task (BEFORE_COMMIT), or seen after an earlier label on this painting that was then undone.
    const suggestionShown = (facts.preAnnotation === "BEFORE_COMMIT" && facts.hasPrediction) || facts.sawBeforeUndo;
    const { created, labelClassIds } = await insertLabel(tx, {
      id: newRowId(), paintingId, annotatorId: userId, labelClassId, round: facts.labelRound,
      confidence: confidence ?? null, note: note || null, durationMs: durationMs ?? null, suggestionShown,
    });
    const annotation = { ...created, labelClass: facts.labelClass };
    if (facts.isGold) {
      const painting = await readPaintingRow(tx, paintingId);
      await checkGoldAnswer(tx, { painting, annotation });
      return { annotation, duplicate: false, painting, project };
    }
    const decided = await applyConsensus(tx, { painting: { id: paintingId, labelRound: facts.labelRound }, project, labelClassIds, actorId: userId, random });
    return { annotation, duplicate: false, painting: decided, project };
  });
}

function requireLiveClaim(facts: SubmitFacts, userId: string): void {
  if (!facts.claimUserId || facts.claimUserId !== userId) {
    throw new AppError("label/not_claimed", "This painting is not assigned to you; open the queue to get your next painting.");
  }
  if (!facts.claimLive) throw new AppError("claim/expired", "Your time on this painting ran out; open the queue to continue.");
}

type NewLabel = Pick<Annotation, "id" | "paintingId" | "annotatorId" | "labelClassId" | "round" | "confidence" | "note" | "durationMs" | "suggestionShown">;

/**
 * One statement: the label goes in, the claim goes, and the round's labels come back for
 * consensus. The statement's own snapshot does not see the row it inserts, so the round's labels
 * are the others' plus the new one.
 */
async function insertLabel(tx: RawTx, label: NewLabel): Promise<{ created: Annotation; labelClassIds: string[] }> {
  const { id, paintingId, annotatorId, labelClassId, round, confidence, note, durationMs, suggestionShown } = label;
  const [row] = await tx.$queryRaw<(Annotation & { othersInRound: string[] })[]>`
    WITH dropped AS (DELETE FROM "ItemClaim" WHERE "paintingId" = ${paintingId}),
    inserted AS (
      INSERT INTO "Annotation" ("id", "paintingId", "annotatorId", "labelClassId", "round", "confidence", "note", "durationMs", "suggestionShown", "createdAt", "updatedAt")
      VALUES (${id}, ${paintingId}, ${annotatorId}, ${labelClassId}, ${round}, ${confidence}::int, ${note}::text, ${durationMs}::int, ${suggestionShown}, ${NOW_UTC}, ${NOW_UTC})
      RETURNING *)
    SELECT i.*, ARRAY(SELECT a."labelClassId" FROM "Annotation" a WHERE a."paintingId" = ${paintingId} AND a."round" = ${round}) AS "othersInRound"
    FROM inserted i`;
  const { othersInRound, ...created } = row!;
  return { created, labelClassIds: [...othersInRound, created.labelClassId] };
}

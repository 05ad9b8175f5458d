// A reviewer's verdict on a queue entry: approve a final label, or send the painting back for a
// new round of labels. Decided exactly once: the painting row and then the entry are locked, the
// entry must still be open, and Review.entryId is unique besides. The decision settles the painting,
// so every other open entry of it (say MODEL_UNSURE beside a DISAGREEMENT) is closed with it, as
// RESOLVED without a Review of its own; the audit entry lists them.
import { z } from "zod";
import type { Viewer } from "@/server/auth/viewer";
import type { Db } from "@/server/db/client";
import { isUniqueViolation } from "@/server/db/prisma-errors";
import { AppError, notFound } from "@/server/errors";
import { writeAuditLog } from "../audit/write-audit-log";
import { applyDecision } from "./apply-decision";
import { assertMayDecide, labeledByViewer, ownLabelRefused, readClaimState } from "./may-decide";
import type { ResolveReviewResultModel } from "./review-models";
import { alreadyResolved, lockPaintingRow, REVIEW_TX } from "./review-sql";

export const resolveReviewInput = z.object({
  entryId: z.string().min(1),
  decision: z.enum(["APPROVE", "RELABEL"]),
  finalLabelKey: z.string().trim().toUpperCase().min(1).nullish(),
  reasonCode: z.enum(["ARTIFACTS_HANDS_TEXT", "BRUSHWORK", "PROVENANCE_KNOWN", "MODEL_CORRECT", "ANNOTATOR_ERROR", "OTHER"]),
  comment: z.string().trim().max(2000, "A comment is at most 2000 characters.").nullish(),
}).refine((input) => (input.decision === "APPROVE") === Boolean(input.finalLabelKey), {
  message: "APPROVE needs a finalLabelKey; RELABEL takes none.",
  path: ["finalLabelKey"],
});

type ResolveInput = { reviewer: Viewer; input: z.input<typeof resolveReviewInput> };

export async function resolveReview(db: Db, { reviewer, input }: ResolveInput): Promise<ResolveReviewResultModel> {
  const { entryId, decision, finalLabelKey, reasonCode, comment } = resolveReviewInput.parse(input);
  const found = await db.reviewQueueEntry.findUnique({ where: { id: entryId }, select: { paintingId: true } });
  if (!found) throw notFound("review/not_found", "review entry", entryId);
  try {
    return await db.$transaction(async (tx) => {
      await lockPaintingRow(tx, found.paintingId);
      // Read after the painting lock: under READ COMMITTED this sees any decision committed before it.
      const claim = await readClaimState(tx, entryId, { lock: true });
      if (claim?.status !== "OPEN") throw alreadyResolved(entryId);
      assertMayDecide(claim, reviewer);
      if (await labeledByViewer(tx, found.paintingId, reviewer)) throw ownLabelRefused();
      const entry = await tx.reviewQueueEntry.findUniqueOrThrow({ where: { id: entryId } });

      const before = await tx.painting.findUniqueOrThrow({ where: { id: entry.paintingId } });
      const finalLabel = finalLabelKey
        ? await tx.labelClass.findUnique({ where: { projectId_key: { projectId: entry.projectId, key: finalLabelKey } } })
        : null;
      if (finalLabelKey && !finalLabel) throw new AppError("label/invalid_class", `This project has no label class ${finalLabelKey}.`);
      const painting = await applyDecision(tx, { painting: before, reviewer, decision, finalLabel });

      const review = await tx.review.create({
        data: { entryId, paintingId: entry.paintingId, reviewerId: reviewer.id, decision, finalLabelId: finalLabel?.id ?? null, reasonCode, comment: comment || null, round: before.labelRound },
      });
      const open = await tx.reviewQueueEntry.findMany({ where: { paintingId: entry.paintingId, status: "OPEN" }, select: { id: true, reason: true } });
      await tx.reviewQueueEntry.updateMany({
        where: { id: { in: open.map((row) => row.id) } },
        data: { status: "RESOLVED", resolvedAt: new Date(), claimedById: null, claimExpiresAt: null },
      });
      await writeAuditLog(tx, {
        actorId: reviewer.id, action: "review.resolve", entityType: "Painting", entityId: entry.paintingId,
        data: {
          entryId, reviewId: review.id, reason: entry.reason, decision, finalLabelId: finalLabel?.id ?? null, reasonCode, round: before.labelRound,
          closedEntryIds: open.filter((row) => row.id !== entryId).map((row) => row.id),
        },
      });
      const closed = await tx.reviewQueueEntry.findUniqueOrThrow({ where: { id: entryId } });
      return { review, entry: closed, painting: { ...painting, outcomeVisible: true }, closedEntries: open.length };
    }, REVIEW_TX);
  } catch (error) {
    // Unreachable while the locks above hold; kept so a second decision can never surface as a 500.
    if (isUniqueViolation(error)) throw alreadyResolved(entryId);
    throw error;
  }
}

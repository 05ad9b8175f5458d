// What a review decision does to its painting. Runs inside resolve-review.ts's transaction with
// the painting row locked.
import type { Viewer } from "@/server/auth/viewer";
import { hasRole } from "@/server/auth/roles";
import type { LabelClass, Painting } from "@/server/db/generated/client";
import type { ReviewDecision } from "@/server/db/generated/enums";
import { AppError } from "@/server/errors";
import { writeAuditLog } from "../audit/write-audit-log";
import type { Tx } from "./review-sql";

type DecisionInput = { painting: Painting; reviewer: Viewer; decision: ReviewDecision; finalLabel: LabelClass | null };

export async function applyDecision(tx: Tx, { painting, reviewer, decision, finalLabel }: DecisionInput): Promise<Painting> {
  if (painting.isGold) return applyGoldDecision(tx, { painting, reviewer, decision, finalLabel });
  if (decision === "RELABEL") {
    // A new round: earlier rounds' labels stay for history and statistics, and the labeling
    // queue counts only the current round's labels, so the painting is labeled afresh.
    return tx.painting.update({
      where: { id: painting.id },
      data: { labelRound: { increment: 1 }, status: "UNLABELED", approvedLabelId: null, approvedAt: null },
    });
  }
  return tx.painting.update({
    where: { id: painting.id },
    data: { status: "APPROVED", approvedLabelId: finalLabel!.id, approvedAt: new Date() },
  });
}

/**
 * Gold paintings have a known answer and are never labeled by consensus, so they cannot be sent
 * back. A reviewer's decision confirms the gold label; changing it (the answer key itself was
 * wrong) re-scores every annotator's gold accuracy, so only a manager may do that.
 */
async function applyGoldDecision(tx: Tx, { painting, reviewer, decision, finalLabel }: DecisionInput): Promise<Painting> {
  if (decision === "RELABEL") {
    throw new AppError("review/invalid_decision", "A gold painting cannot be sent back for labeling; confirm its gold label or, as a manager, correct it.");
  }
  if (finalLabel!.id === painting.goldLabelId) {
    return tx.painting.update({ where: { id: painting.id }, data: { status: "APPROVED", approvedLabelId: finalLabel!.id } });
  }
  if (!hasRole(reviewer.role, "MANAGER")) {
    throw new AppError("FORBIDDEN", "Only a manager can change a gold painting's label; confirm it or ask a manager.");
  }
  await writeAuditLog(tx, {
    actorId: reviewer.id, action: "painting.gold_label_change", entityType: "Painting", entityId: painting.id,
    data: { from: painting.goldLabelId, to: finalLabel!.id },
  });
  return tx.painting.update({
    where: { id: painting.id },
    data: { status: "APPROVED", goldLabelId: finalLabel!.id, approvedLabelId: finalLabel!.id, approvedAt: new Date() },
  });
}

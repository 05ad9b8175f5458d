// What a newly stored label means for its painting. Runs inside the submit transaction with the
// painting row locked, so when the last two required labels arrive at once, exactly one
// transaction sees the full set and decides.
import type { Painting, Project } from "@/server/db/generated/client";
import { writeAuditLog } from "../audit/write-audit-log";
import { enqueueReview } from "../review-queue/enqueue-review";
import { closeModelUnsure } from "./close-model-unsure";
import type { Tx } from "./labeling-sql";

export type ConsensusProject = Pick<Project, "id" | "labelsPerItem" | "spotCheckRate">;

type ConsensusInput = {
  painting: Pick<Painting, "id" | "labelRound">;
  project: ConsensusProject;
  /** The class of every label of the painting's current round, the new one included. */
  labelClassIds: string[];
  actorId: string;
  random: () => number;
};

/** Returns the painting as it now stands. */
export async function applyConsensus(tx: Tx, { painting, project, labelClassIds, actorId, random }: ConsensusInput): Promise<Painting> {
  const labels = labelClassIds.map((labelClassId) => ({ labelClassId }));
  const where = { id: painting.id };
  if (labels.length < project.labelsPerItem) {
    // Written even when already ANNOTATING: a claimer that locks this row after us re-checks its
    // conditions against the new row version rather than its older snapshot.
    return tx.painting.update({ where, data: { status: "ANNOTATING" } });
  }
  const distinct = new Set(labels.map((label) => label.labelClassId));
  const audit = { actorId, entityType: "Painting", entityId: painting.id };
  if (distinct.size === 1) {
    const [approvedLabelId] = distinct;
    const approved = await tx.painting.update({ where, data: { status: "APPROVED", approvedLabelId, approvedAt: new Date() } });
    await writeAuditLog(tx, { ...audit, action: "painting.approve", data: { via: "consensus", approvedLabelId, round: painting.labelRound, labels: labels.length } });
    await closeModelUnsure(tx, painting.id, actorId);
    // A random sample of consensus approvals goes to a reviewer, to catch annotators who agree on
    // the wrong answer.
    if (random() < project.spotCheckRate) await enqueueReview(tx, { projectId: project.id, paintingId: painting.id, reason: "SPOT_CHECK" });
    return approved;
  }
  const disputed = await tx.painting.update({ where, data: { status: "DISPUTED" } });
  await enqueueReview(tx, { projectId: project.id, paintingId: painting.id, reason: "DISAGREEMENT" });
  const entry = await tx.reviewQueueEntry.findFirstOrThrow({
    where: { paintingId: painting.id, reason: "DISAGREEMENT", status: "OPEN" },
    select: { id: true },
  });
  // The entry id ties this round's labels to the reviewer's verdict, so annotators can later see
  // how their disputed labels were resolved (my-labeling-stats.ts).
  await writeAuditLog(tx, {
    ...audit, action: "painting.dispute", data: { round: painting.labelRound, entryId: entry.id, labelClassIds: [...distinct] },
  });
  return disputed;
}

// What a newly stored label means for its painting. Runs inside the submit transaction with the
// painting row locked, so when the last two required labels arrive at once, exactly one
// transaction sees the full set and decides.
import type { RawTx } from "@/server/db/direct-transaction";
import { NOW_UTC } from "@/server/db/database-clock";
import { Prisma, type Painting, type Project } from "@/server/db/generated/client";
import { updatePaintingRow } from "../paintings/painting-rows";
import { writeAuditLog } from "../audit/write-audit-log";
import { enqueueReview } from "../review-queue/enqueue-review";
import { closeModelUnsure } from "./close-model-unsure";

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
export async function applyConsensus(tx: RawTx, { painting, project, labelClassIds, actorId, random }: ConsensusInput): Promise<Painting> {
  const labels = labelClassIds.map((labelClassId) => ({ labelClassId }));
  if (labels.length < project.labelsPerItem) {
    // Written even when already ANNOTATING: a claimer that locks this row after us re-checks its
    // conditions against the new row version rather than its older snapshot.
    return updatePaintingRow(tx, painting.id, Prisma.sql`"status" = 'ANNOTATING'`);
  }
  const distinct = new Set(labels.map((label) => label.labelClassId));
  const audit = { actorId, entityType: "Painting", entityId: painting.id };
  if (distinct.size === 1) {
    const [approvedLabelId] = distinct;
    const approved = await updatePaintingRow(tx, painting.id, Prisma.sql`"status" = 'APPROVED', "approvedLabelId" = ${approvedLabelId!}, "approvedAt" = ${NOW_UTC}`);
    await writeAuditLog(tx, { ...audit, action: "painting.approve", data: { via: "consensus", approvedLabelId, round: painting.labelRound, labels: labels.length } });
    await closeModelUnsure(tx, painting.id, actorId);
    // A random sample of consensus approvals goes to a reviewer, to catch annotators who agree on
    // the wrong answer.
    if (random() < project.spotCheckRate) await enqueueReview(tx, { projectId: project.id, paintingId: painting.id, reason: "SPOT_CHECK" });
    return approved;
  }
  const disputed = await updatePaintingRow(tx, painting.id, Prisma.sql`"status" = 'DISPUTED'`);
  const entryId = await enqueueReview(tx, { projectId: project.id, paintingId: painting.id, reason: "DISAGREEMENT" });
  // The entry id ties this round's labels to the reviewer's verdict, so annotators can later see
  // how their disputed labels were resolved (my-labeling-stats.ts).
  await writeAuditLog(tx, {
    ...audit, action: "painting.dispute", data: { round: painting.labelRound, entryId, labelClassIds: [...distinct] },
  });
  return disputed;
}

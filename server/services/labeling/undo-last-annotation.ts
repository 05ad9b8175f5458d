// Takes back the annotator's most recent label in a project while its painting is still collecting
// labels, and hands the painting back to them claimed so they can label it again. Once consensus
// (or a reviewer) has decided, the label stays: changing it is a reviewer's job. Gold answers are
// final at once (they are scored as given); the refusal is the same one a decided painting gets,
// so it does not single the painting out as gold.
import type { Db } from "@/server/db/client";
import type { Annotation } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { writeAuditLog } from "../audit/write-audit-log";
import { findSuggestion } from "./find-suggestion";
import { LABELING_TX, OPEN_STATUSES } from "./labeling-sql";
import { loadLabelingProject } from "./load-labeling-project";
import { lockPainting } from "./lock-painting";
import { takeClaim } from "./take-claim";

export async function undoLastAnnotation(db: Db, { projectId, userId }: { projectId: string; userId: string }): Promise<Annotation> {
  const project = await loadLabelingProject(db, projectId);
  return db.$transaction(async (tx) => {
    const last = await tx.annotation.findFirst({
      where: { annotatorId: userId, painting: { projectId } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    });
    if (!last) throw new AppError("label/nothing_to_undo", "You have no label to undo in this project.");
    const painting = await lockPainting(tx, last.paintingId);
    const decided = painting.isGold || last.round !== painting.labelRound || !OPEN_STATUSES.has(painting.status);
    if (decided) {
      throw new AppError("label/undo_too_late", "The labels on that painting are already decided, so yours can no longer be undone; a reviewer can still change the outcome.");
    }
    // Prefetched paintings go back to the queue, so the undone painting is the one shown next.
    await tx.itemClaim.deleteMany({ where: { userId, kind: "LABEL", painting: { projectId }, NOT: { paintingId: painting.id } } });
    const claim = await takeClaim(tx, { paintingId: painting.id, userId, ttlSeconds: project.claimTtlSeconds });
    if (!claim) throw new AppError("claim/taken", "Another annotator is labeling that painting right now, so your label stays.");

    // Whether the model's suggestion had been on screen for this label (shown before it, or, with
    // AFTER_COMMIT, right after it): the relabel is then not blind (submit-annotation.ts).
    const suggestionSeen = last.suggestionShown || (project.preAnnotation === "AFTER_COMMIT" && (await findSuggestion(tx, painting.id)) !== null);
    await tx.annotation.delete({ where: { id: last.id } });
    const remaining = await tx.annotation.count({ where: { paintingId: painting.id, round: painting.labelRound } });
    await tx.painting.update({ where: { id: painting.id }, data: { status: remaining > 0 ? "ANNOTATING" : "UNLABELED" } });
    await writeAuditLog(tx, {
      actorId: userId, action: "annotation.undo", entityType: "Annotation", entityId: last.id,
      data: { paintingId: painting.id, labelClassId: last.labelClassId, round: last.round, suggestionSeen },
    });
    return last;
  }, LABELING_TX);
}

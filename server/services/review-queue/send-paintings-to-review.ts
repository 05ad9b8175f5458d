// A manager sends paintings from a model-quality report to reviewers. A painting whose approved
// label the model contradicts goes in as MODEL_DISAGREES (ranked by the model's confidence); any
// other is a SPOT_CHECK. Ids from another project are refused as a whole, so a report can never
// be used to touch a project it does not show.
import { z } from "zod";
import type { Db } from "@/server/db/client";
import type { ReviewReason } from "@/server/db/generated/enums";
import { AppError, notFound } from "@/server/errors";
import { writeAuditLog } from "../audit/write-audit-log";
import { enqueueReview } from "./enqueue-review";

export const MAX_SEND_TO_REVIEW = 500;

const input = z.object({
  projectId: z.string().min(1),
  paintingIds: z.array(z.string().min(1)).min(1, "Choose at least one painting.").max(MAX_SEND_TO_REVIEW),
  modelVersionId: z.string().min(1).nullish(),
});

export async function sendPaintingsToReview(db: Db, actorId: string, raw: z.input<typeof input>) {
  const { projectId, paintingIds, modelVersionId } = input.parse(raw);
  const ids = [...new Set(paintingIds)];
  const project = await db.project.findUnique({ where: { id: projectId }, select: { id: true } });
  if (!project) throw notFound("project/not_found", "project", projectId);
  const model = modelVersionId
    ? await db.modelVersion.findFirst({ where: { id: modelVersionId, projectId } })
    : await db.modelVersion.findFirst({ where: { projectId }, orderBy: { version: "desc" } });
  if (modelVersionId && !model) throw new AppError("model/not_found", "That model version does not belong to this project.");

  const paintings = await db.painting.findMany({
    where: { id: { in: ids }, projectId },
    select: { id: true, approvedLabel: { select: { key: true } }, predictions: model ? { where: { modelVersionId: model.id } } : false },
  });
  if (paintings.length !== ids.length) {
    // Which ids are missing is not said: they may exist in a project the caller cannot see.
    throw new AppError("painting/not_found", `${ids.length - paintings.length} of the paintings are not in this project.`);
  }

  const counts: Record<"MODEL_DISAGREES" | "SPOT_CHECK", number> = { MODEL_DISAGREES: 0, SPOT_CHECK: 0 };
  await db.$transaction(async (tx) => {
    for (const painting of paintings) {
      const prediction = painting.predictions?.[0];
      const disagrees = Boolean(prediction && painting.approvedLabel && prediction.predictedKey !== painting.approvedLabel.key);
      const reason: ReviewReason = disagrees ? "MODEL_DISAGREES" : "SPOT_CHECK";
      counts[reason] += 1;
      await enqueueReview(tx, {
        projectId,
        paintingId: painting.id,
        reason,
        score: disagrees ? prediction!.confidence : 0,
        modelVersionId: prediction ? model!.id : null,
        uncertainty: prediction?.uncertainty ?? null,
      });
    }
    await writeAuditLog(tx, {
      actorId,
      action: "review.send_from_report",
      entityType: "Project",
      entityId: projectId,
      data: { paintingIds: ids, modelVersionId: model?.id ?? null, modelDisagrees: counts.MODEL_DISAGREES, spotChecks: counts.SPOT_CHECK },
    });
  });
  return { queued: ids.length, modelDisagrees: counts.MODEL_DISAGREES, spotChecks: counts.SPOT_CHECK, modelVersion: model };
}

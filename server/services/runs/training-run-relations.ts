// The rows a TrainingRun's GraphQL fields read beside the run itself, kept here so the resolver
// stays thin (RedwoodJS keeps relation resolvers in the service, `export const Post = { author }`).
import { summarizeFolds } from "@/core/metrics/fold-summary";
import { CROSS_VALIDATION_FOLDS, FINAL_MODEL_FOLD, FOLD_ORDER } from "@/core/metrics/model-fold";
import type { Db } from "@/server/db/client";
import type { TrainingRun } from "@/server/db/generated/client";
import { runNotBetterThanChance } from "./report-chance-figures";

type Run = Pick<TrainingRun, "id" | "projectId" | "startedById" | "snapshotId">;

export const trainingRunRelations = {
  notBetterThanChance: async (db: Db, run: Run) =>
    runNotBetterThanChance(await db.evaluationReport.findMany({ where: { runId: run.id, fold: FINAL_MODEL_FOLD } })),
  startedBy: (db: Db, run: Run) => (run.startedById ? db.user.findUnique({ where: { id: run.startedById } }) : null),
  snapshot: (db: Db, run: Run) => (run.snapshotId ? db.datasetSnapshot.findUnique({ where: { id: run.snapshotId } }) : null),
  epochs: (db: Db, run: Run) => db.epochMetric.findMany({ where: { runId: run.id }, orderBy: [{ fold: FOLD_ORDER }, { epoch: "asc" }] }),
  evaluations: (db: Db, run: Run) =>
    db.evaluationReport.findMany({ where: { runId: run.id }, orderBy: [{ fold: FOLD_ORDER }, { split: "asc" }] }),
  modelVersion: (db: Db, run: Run) => db.modelVersion.findUnique({ where: { runId: run.id } }),
  project: (db: Db, run: Run) => db.project.findUniqueOrThrow({ where: { id: run.projectId } }),
  crossValidation: async (db: Db, run: Run) =>
    summarizeFolds(await db.evaluationReport.findMany({ where: { runId: run.id, split: "VALIDATION", fold: CROSS_VALIDATION_FOLDS } })),
};

import type { Resolvers } from "@/server/graphql/generated/resolvers-types";
import { getJobQueue } from "@/server/queue/job-queue";
import { requestScoring } from "@/server/services/active-learning/request-scoring";
import { sendPaintingsToReview } from "@/server/services/review-queue/send-paintings-to-review";
import { cancelTrainingRun } from "@/server/services/runs/cancel-training-run";
import { summarizeFolds } from "@/core/metrics/fold-summary";
import { CROSS_VALIDATION_FOLDS, FINAL_MODEL_FOLD, FOLD_ORDER } from "@/core/metrics/model-fold";
import { listConfusionCellPaintings } from "@/server/services/runs/list-confusion-cell-paintings";
import { getTrainingRun, listTrainingRuns } from "@/server/services/runs/list-training-runs";
import { reportAccuracyInterval } from "@/server/services/runs/report-accuracy-interval";
import { reportChanceFigures, runNotBetterThanChance } from "@/server/services/runs/report-chance-figures";
import { roundTestFigures } from "@/server/services/runs/round-test-figures";
import { runWarnings } from "@/server/services/runs/run-warnings";
import { snapshotSplitCounts } from "@/server/services/runs/snapshot-split-counts";
import { startTrainingRun } from "@/server/services/runs/start-training-run";
import { estimateRemainingSeconds } from "@/server/services/runs/estimate-remaining-seconds";
import { trainingOptions } from "@/server/services/runs/training-options";
import { listLiveWorkers } from "@/server/services/workers/list-live-workers";
import { presetAvailability } from "@/server/services/workers/preset-availability";
import { requireProject, requireRecord } from "./project-access";
import { readSnapshotAudit } from "@/core/metrics/shortcut-audit";
import { requireViewer } from "./require-viewer";

export const runResolvers: Resolvers = {
  Query: {
    trainingRuns: async (_parent, { projectId }, context) => {
      await requireProject(context, projectId);
      return listTrainingRuns(context.db, projectId);
    },
    trainingRun: async (_parent, { id }, context) => {
      await requireRecord(context, { runId: id });
      return getTrainingRun(context.db, id);
    },
    activeLearningRounds: async (_parent, { projectId }, context) => {
      await requireProject(context, projectId);
      return context.db.activeLearningRound.findMany({ where: { projectId }, orderBy: { createdAt: "desc" }, take: 50 });
    },
    trainingOptions: () => trainingOptions(),
    liveWorkers: (_parent, _args, { db }) => listLiveWorkers(db),
    presetAvailability: async (_parent, { projectId }, context) => {
      await requireProject(context, projectId);
      return presetAvailability(context.db, projectId);
    },
    confusionCellPaintings: async (_parent, args, context) => {
      await requireRecord(context, { runId: args.runId });
      return listConfusionCellPaintings(context.db, args);
    },
  },
  Mutation: {
    startTrainingRun: async (_parent, { input: { projectId, ...config } }, context) =>
      startTrainingRun(context.db, await getJobQueue(), requireViewer(context).id, { projectId, config }),
    cancelTrainingRun: async (_parent, { id }, context) =>
      cancelTrainingRun(context.db, await getJobQueue(), requireViewer(context).id, id),
    scorePaintings: async (_parent, { projectId }, context) =>
      requestScoring(context.db, await getJobQueue(), requireViewer(context).id, projectId),
    sendPaintingsToReview: (_parent, args, context) => sendPaintingsToReview(context.db, requireViewer(context).id, args),
  },
  ActiveLearningRound: {
    modelVersion: (round, _args, { db }) => db.modelVersion.findUniqueOrThrow({ where: { id: round.modelVersionId } }),
    testFigures: (round, _args, { db }) => roundTestFigures(db, round),
  },
  WorkerStatus: {
    memoryBytes: (worker) => Number(worker.memoryBytes),
  },
  TrainingRun: {
    etaSeconds: (run) => estimateRemainingSeconds(run),
    notBetterThanChance: async (run, _args, { db }) =>
      runNotBetterThanChance(await db.evaluationReport.findMany({ where: { runId: run.id, fold: FINAL_MODEL_FOLD } })),
    startedBy: (run, _args, { db }) => (run.startedById ? db.user.findUnique({ where: { id: run.startedById } }) : null),
    snapshot: (run, _args, { db }) => (run.snapshotId ? db.datasetSnapshot.findUnique({ where: { id: run.snapshotId } }) : null),
    epochs: (run, _args, { db }) => db.epochMetric.findMany({ where: { runId: run.id }, orderBy: [{ fold: FOLD_ORDER }, { epoch: "asc" }] }),
    evaluations: (run, _args, { db }) =>
      db.evaluationReport.findMany({ where: { runId: run.id }, orderBy: [{ fold: FOLD_ORDER }, { split: "asc" }] }),
    warnings: (run, _args, { db }) => runWarnings(db, run.id),
    modelVersion: (run, _args, { db }) => db.modelVersion.findUnique({ where: { runId: run.id } }),
    project: (run, _args, { db }) => db.project.findUniqueOrThrow({ where: { id: run.projectId } }),
    crossValidation: async (run, _args, { db }) =>
      summarizeFolds(await db.evaluationReport.findMany({ where: { runId: run.id, split: "VALIDATION", fold: CROSS_VALIDATION_FOLDS } })),
  },
  DatasetSnapshot: {
    splitCounts: (snapshot, _args, { db }) => snapshotSplitCounts(db, snapshot.id),
    shortcutAudit: (snapshot) => readSnapshotAudit(snapshot.shortcutAudit),
  },
  EvaluationReport: {
    classKeys: (report) => report.classKeys as string[],
    confusionMatrix: (report) => report.confusionMatrix as number[][],
    perClass: (report) => report.perClass as { classKey: string; precision: number; recall: number; f1: number; support: number }[],
    calibration: (report) => (report.calibration as never[] | null) ?? [],
    accuracyInterval: (report) => reportAccuracyInterval(report),
    majorityClassRate: (report) => reportChanceFigures(report).majorityClassRate,
    majorityClassKey: (report) => reportChanceFigures(report).majorityClassKey,
    collapsedToClassKey: (report) => reportChanceFigures(report).collapsedToClassKey,
    notBetterThanChance: (report) => reportChanceFigures(report).notBetterThanChance,
    rocAucInterval: (report) => reportChanceFigures(report).rocAucInterval,
  },
  ModelVersion: {
    classKeys: (model) => model.classKeys as string[],
  },
};

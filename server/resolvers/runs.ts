import type { Resolvers } from "@/server/graphql/generated/resolvers-types";
import { getJobQueue } from "@/server/queue/job-queue";
import { requestScoring } from "@/server/services/active-learning/request-scoring";
import { sendPaintingsToReview } from "@/server/services/review-queue/send-paintings-to-review";
import { cancelTrainingRun } from "@/server/services/runs/cancel-training-run";
import { summarizeFolds } from "@/server/services/runs/fold-summary";
import { listConfusionCellPaintings } from "@/server/services/runs/list-confusion-cell-paintings";
import { getTrainingRun, listTrainingRuns } from "@/server/services/runs/list-training-runs";
import { reportAccuracyInterval } from "@/server/services/runs/report-accuracy-interval";
import { reportChanceFigures, runNotBetterThanChance } from "@/server/services/runs/report-chance-figures";
import { roundTestFigures } from "@/server/services/runs/round-test-figures";
import { runShortcutAudits } from "@/server/services/runs/run-shortcut-audits";
import { runWarnings } from "@/server/services/runs/run-warnings";
import { snapshotSplitCounts } from "@/server/services/runs/snapshot-split-counts";
import { startTrainingRun } from "@/server/services/runs/start-training-run";
import { estimateRemainingSeconds } from "@/server/services/runs/estimate-remaining-seconds";
import { trainingOptions } from "@/server/services/runs/training-options";
import { listLiveWorkers } from "@/server/services/workers/list-live-workers";
import { presetAvailability } from "@/server/services/workers/preset-availability";
import { requireViewer } from "./require-viewer";

export const runResolvers: Resolvers = {
  Query: {
    trainingRuns: (_parent, { projectId }, { db }) => listTrainingRuns(db, projectId),
    trainingRun: (_parent, { id }, { db }) => getTrainingRun(db, id),
    activeLearningRounds: (_parent, { projectId }, { db }) =>
      db.activeLearningRound.findMany({ where: { projectId }, orderBy: { createdAt: "desc" }, take: 50 }),
    trainingOptions: () => trainingOptions(),
    liveWorkers: (_parent, _args, { db }) => listLiveWorkers(db),
    presetAvailability: (_parent, { projectId }, { db }) => presetAvailability(db, projectId),
    confusionCellPaintings: (_parent, args, { db }) => listConfusionCellPaintings(db, args),
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
      runNotBetterThanChance(await db.evaluationReport.findMany({ where: { runId: run.id, fold: -1 } })),
    startedBy: (run, _args, { db }) => (run.startedById ? db.user.findUnique({ where: { id: run.startedById } }) : null),
    snapshot: (run, _args, { db }) => (run.snapshotId ? db.datasetSnapshot.findUnique({ where: { id: run.snapshotId } }) : null),
    epochs: (run, _args, { db }) => db.epochMetric.findMany({ where: { runId: run.id }, orderBy: [{ fold: "asc" }, { epoch: "asc" }] }),
    evaluations: (run, _args, { db }) =>
      db.evaluationReport.findMany({ where: { runId: run.id }, orderBy: [{ fold: "asc" }, { split: "asc" }] }),
    warnings: (run, _args, { db }) => runWarnings(db, run.id),
    shortcutAudits: (run, _args, { db }) => runShortcutAudits(db, run.snapshotId),
    modelVersion: (run, _args, { db }) => db.modelVersion.findUnique({ where: { runId: run.id } }),
    project: (run, _args, { db }) => db.project.findUniqueOrThrow({ where: { id: run.projectId } }),
    crossValidation: async (run, _args, { db }) =>
      summarizeFolds(await db.evaluationReport.findMany({ where: { runId: run.id, split: "VALIDATION", fold: { gte: 0 } } })),
  },
  DatasetSnapshot: {
    splitCounts: (snapshot, _args, { db }) => snapshotSplitCounts(db, snapshot.id),
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

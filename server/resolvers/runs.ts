import type { Resolvers } from "@/server/graphql/generated/resolvers-types";
import { getJobQueue } from "@/server/queue/job-queue";
import { requestScoring } from "@/server/services/active-learning/request-scoring";
import { sendPaintingsToReview } from "@/server/services/review-queue/send-paintings-to-review";
import { cancelTrainingRun } from "@/server/services/runs/cancel-training-run";
import { listConfusionCellPaintings } from "@/server/services/runs/list-confusion-cell-paintings";
import { getTrainingRun, listTrainingRuns } from "@/server/services/runs/list-training-runs";
import { reportAccuracyInterval } from "@/server/services/runs/report-accuracy-interval";
import { getModelVersion } from "@/server/services/runs/get-model-version";
import { listActiveLearningRounds } from "@/server/services/runs/list-active-learning-rounds";
import { reportChanceFigures } from "@/server/services/runs/report-chance-figures";
import { roundTestFigures } from "@/server/services/runs/round-test-figures";
import { runShortcutAudits } from "@/server/services/runs/run-shortcut-audits";
import { runWarnings } from "@/server/services/runs/run-warnings";
import { snapshotSplitCounts } from "@/server/services/runs/snapshot-split-counts";
import { startTrainingRun } from "@/server/services/runs/start-training-run";
import { estimateRemainingSeconds } from "@/server/services/runs/estimate-remaining-seconds";
import { trainingOptions } from "@/server/services/runs/training-options";
import { trainingRunRelations as relations } from "@/server/services/runs/training-run-relations";
import { workersSeenBy } from "@/server/services/workers/workers-seen-by";
import { presetAvailability } from "@/server/services/workers/preset-availability";
import { requireProject, requireRecord } from "./project-access";
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
      return listActiveLearningRounds(context.db, projectId);
    },
    trainingOptions: () => trainingOptions(),
    liveWorkers: (_parent, _args, context) => workersSeenBy(context.db, requireViewer(context)),
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
    modelVersion: (round, _args, { db }) => getModelVersion(db, round.modelVersionId),
    testFigures: (round, _args, { db }) => roundTestFigures(db, round),
  },
  WorkerStatus: {
    memoryBytes: (worker) => Number(worker.memoryBytes),
  },
  TrainingRun: {
    etaSeconds: (run) => estimateRemainingSeconds(run),
    notBetterThanChance: (run, _args, { db }) => relations.notBetterThanChance(db, run),
    startedBy: (run, _args, { db }) => relations.startedBy(db, run),
    snapshot: (run, _args, { db }) => relations.snapshot(db, run),
    epochs: (run, _args, { db }) => relations.epochs(db, run),
    evaluations: (run, _args, { db }) => relations.evaluations(db, run),
    warnings: (run, _args, { db }) => runWarnings(db, run.id),
    shortcutAudits: (run, _args, { db }) => runShortcutAudits(db, run.snapshotId),
    modelVersion: (run, _args, { db }) => relations.modelVersion(db, run),
    project: (run, _args, { db }) => relations.project(db, run),
    crossValidation: (run, _args, { db }) => relations.crossValidation(db, run),
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

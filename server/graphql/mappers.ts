// What resolvers return for each GraphQL object type: Prisma's rows, so field resolvers can add
// what the row lacks.
import type {
  ActiveLearningRound, DatasetSnapshot, EpochMetric, EvaluationReport, LabelClass, ModelVersion, Project, TrainingRun, User,
} from "@/server/db/generated/client";

export type UserModel = User;
export type ProjectModel = Project;
export type LabelClassModel = LabelClass;
export type TrainingRunModel = TrainingRun;
export type DatasetSnapshotModel = DatasetSnapshot;
export type EpochMetricModel = EpochMetric;
export type EvaluationReportModel = EvaluationReport;
export type ModelVersionModel = ModelVersion;
export type ActiveLearningRoundModel = ActiveLearningRound;
// A Painting row, plus whether the viewer may see its outcome when the service already knows.
export type { PaintingView as PaintingModel } from "@/server/services/paintings/painting-visibility";

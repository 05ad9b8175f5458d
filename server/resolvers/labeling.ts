import type { Project } from "@/server/db/generated/client";
import type { GraphQLContext } from "@/server/graphql/context";
import type { Resolvers } from "@/server/graphql/generated/resolvers-types";
import { paintingImageUrl } from "@/server/http/painting-image-url";
import { findSuggestion } from "@/server/services/labeling/find-suggestion";
import { getLabelingTask } from "@/server/services/labeling/get-labeling-task";
import { labelingProgress } from "@/server/services/labeling/labeling-progress";
import { myLabelingPace } from "@/server/services/labeling/my-labeling-pace";
import { myLabelingStats } from "@/server/services/labeling/my-labeling-stats";
import { skipPainting } from "@/server/services/labeling/skip-painting";
import { submitAnnotation } from "@/server/services/labeling/submit-annotation";
import { undoLastAnnotation } from "@/server/services/labeling/undo-last-annotation";
import { requireProject, requireProjectRow, requireRecord } from "./project-access";
import { getLabelClass } from "@/server/services/projects/get-label-class";
import { listLabelClasses } from "@/server/services/projects/list-label-classes";
import { requireViewer } from "./require-viewer";
import { AppError } from "@/server/errors";

const nextTask = (context: GraphQLContext, projectId: string, prefetch?: boolean | null, project?: Project) =>
  getLabelingTask(context.db, { projectId, userId: requireViewer(context).id, prefetch: prefetch ?? false, project });

export const labelingResolvers: Resolvers = {
  Query: {
    nextLabelingTask: async (_parent, { projectId, prefetch }, context) => {
      // The access check reads the project row the queue needs: one query for both, once per label.
      const project = await requireProjectRow(context, projectId);
      return nextTask(context, projectId, prefetch, project);
    },
    myLabelingStats: async (_parent, { projectId, disputesLimit }, context) => {
      await requireProject(context, projectId);
      return myLabelingStats(context.db, { projectId, userId: requireViewer(context).id, limit: disputesLimit ?? undefined });
    },
    myLabelingPace: async (_parent, { projectId }, context) => {
      await requireProject(context, projectId);
      return myLabelingPace(context.db, { projectId, userId: requireViewer(context).id });
    },
  },
  Mutation: {
    submitAnnotation: async (_parent, { input }, context) => {
      await requireRecord(context, { paintingId: input.paintingId });
      return submitAnnotation(context.db, { userId: requireViewer(context).id, input });
    },
    skipPainting: async (_parent, { paintingId, prefetch }, context) => {
      await requireRecord(context, { paintingId });
      const painting = await skipPainting(context.db, { paintingId, userId: requireViewer(context).id });
      return nextTask(context, painting.projectId, prefetch);
    },
    undoLastAnnotation: async (_parent, { projectId, prefetch }, context) => {
      await requireProject(context, projectId);
      const undone = await undoLastAnnotation(context.db, { projectId, userId: requireViewer(context).id });
      // The undone painting is now the annotator's only claim in the project, so it comes first.
      const task = await nextTask(context, projectId, prefetch);
      // The undo claimed it back in the same transaction, so this is a bug: masked and logged.
      if (!task) throw new AppError("INTERNAL_SERVER_ERROR", "the undone painting was not claimed back");
      return { undoneLabel: await getLabelClass(context.db, undone.labelClassId), task };
    },
  },
  LabelingTask: {
    // The painting on screen is not labeled yet in this round: its outcome stays hidden (blind labeling).
    painting: (task) => ({ ...task.painting, outcomeVisible: false, projectHidesFileNames: task.project.hideFileNames }),
    labelClasses: (task, _args, { db }) => listLabelClasses(db, task.project.id),
    suggestion: (task, _args, { db }) => (task.project.preAnnotation === "BEFORE_COMMIT" ? findSuggestion(db, task.painting.id) : null),
    upcomingImageUrl: (task) => (task.upcoming ? paintingImageUrl(task.upcoming.id, "large") : null),
    // Blind like the painting on screen: it is not labeled yet either.
    upcomingPainting: (task) => (task.upcoming ? { ...task.upcoming, outcomeVisible: false, projectHidesFileNames: task.project.hideFileNames } : null),
    progress: (task, _args, context) => labelingProgress(context.db, { projectId: task.project.id, userId: requireViewer(context).id }),
  },
  LabelSuggestion: {
    label: (suggestion) => suggestion.labelClass,
  },
  MyAnnotation: {
    label: (annotation, _args, { db }) => annotation.labelClass ?? getLabelClass(db, annotation.labelClassId),
  },
  SubmitAnnotationResult: {
    suggestion: (result, _args, { db }) => (result.project.preAnnotation === "OFF" ? null : findSuggestion(db, result.painting.id)),
    next: (result, { prefetch }, context) => nextTask(context, result.project.id, prefetch),
  },
};

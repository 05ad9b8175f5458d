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
import { requireViewer } from "./require-viewer";

const nextTask = (context: GraphQLContext, projectId: string, prefetch?: boolean | null) =>
  getLabelingTask(context.db, { projectId, userId: requireViewer(context).id, prefetch: prefetch ?? false });

export const labelingResolvers: Resolvers = {
  Query: {
    nextLabelingTask: (_parent, { projectId, prefetch }, context) => nextTask(context, projectId, prefetch),
    myLabelingStats: (_parent, { projectId, disputesLimit }, context) =>
      myLabelingStats(context.db, { projectId, userId: requireViewer(context).id, limit: disputesLimit ?? undefined }),
    myLabelingPace: (_parent, { projectId }, context) => myLabelingPace(context.db, { projectId, userId: requireViewer(context).id }),
  },
  Mutation: {
    submitAnnotation: (_parent, { input }, context) => submitAnnotation(context.db, { userId: requireViewer(context).id, input }),
    skipPainting: async (_parent, { paintingId, prefetch }, context) => {
      const painting = await skipPainting(context.db, { paintingId, userId: requireViewer(context).id });
      return nextTask(context, painting.projectId, prefetch);
    },
    undoLastAnnotation: async (_parent, { projectId, prefetch }, context) => {
      const undone = await undoLastAnnotation(context.db, { projectId, userId: requireViewer(context).id });
      // The undone painting is now the annotator's only claim in the project, so it comes first.
      const task = await nextTask(context, projectId, prefetch);
      if (!task) throw new Error("the undone painting was not claimed back");
      return { undoneLabel: await context.db.labelClass.findUniqueOrThrow({ where: { id: undone.labelClassId } }), task };
    },
  },
  LabelingTask: {
    // The painting on screen is not labeled yet in this round: its outcome stays hidden (blind labeling).
    painting: (task) => ({ ...task.painting, outcomeVisible: false }),
    labelClasses: (task, _args, { db }) => db.labelClass.findMany({ where: { projectId: task.project.id }, orderBy: { position: "asc" } }),
    suggestion: (task, _args, { db }) => (task.project.preAnnotation === "BEFORE_COMMIT" ? findSuggestion(db, task.painting.id) : null),
    upcomingImageUrl: (task) => (task.upcoming ? paintingImageUrl(task.upcoming.id, "large") : null),
    // Blind like the painting on screen: it is not labeled yet either.
    upcomingPainting: (task) => (task.upcoming ? { ...task.upcoming, outcomeVisible: false } : null),
    progress: (task, _args, context) => labelingProgress(context.db, { projectId: task.project.id, userId: requireViewer(context).id }),
  },
  LabelSuggestion: {
    label: (suggestion) => suggestion.labelClass,
  },
  MyAnnotation: {
    label: (annotation, _args, { db }) => db.labelClass.findUniqueOrThrow({ where: { id: annotation.labelClassId } }),
  },
  SubmitAnnotationResult: {
    suggestion: (result, _args, { db }) => (result.project.preAnnotation === "OFF" ? null : findSuggestion(db, result.painting.id)),
    next: (result, { prefetch }, context) => nextTask(context, result.project.id, prefetch),
  },
};

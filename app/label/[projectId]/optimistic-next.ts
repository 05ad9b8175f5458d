// What the screen shows the moment a label is given, before the server answers: the painting
// already claimed next (its image is preloaded), with the counters moved on. The server's answer
// replaces it (same painting, fresh claim time and, where the project shows them, the suggestion);
// a failed submit puts the labeled painting back with a Retry button.
import type { LabelingTaskFieldsFragment } from "../../graphql/generated";

export function optimisticNext(task: LabelingTaskFieldsFragment): LabelingTaskFieldsFragment | null {
  if (!task.upcomingPainting) return null;
  return {
    ...task,
    painting: task.upcomingPainting,
    // Unknown until the server answers; shown then, never a stale one from the previous painting.
    suggestion: null,
    upcomingImageUrl: null,
    upcomingPainting: null,
    progress: { ...task.progress, labeledByMe: task.progress.labeledByMe + 1, remaining: Math.max(0, task.progress.remaining - 1) },
  };
}

import type { Db } from "@/server/db/client";
import type { Painting, Project } from "@/server/db/generated/client";
import { claimNextPainting } from "./claim-next-painting";
import { loadLabelingProject } from "./load-labeling-project";

/** What the labeling screen needs; the GraphQL LabelingTask type resolves the rest from it. */
export type LabelingTaskModel = {
  project: Project;
  painting: Painting;
  claimExpiresAt: Date;
  /**
   * Claimed for the same annotator as well (prefetch only), so its image can be preloaded and the
   * screen can show it the moment a label is given, before the server has answered.
   */
  upcoming: Painting | null;
};

type TaskOptions = { projectId: string; userId: string; prefetch?: boolean; random?: () => number };

/**
 * The annotator's current painting (the one they already hold, or a newly claimed one) and, with
 * `prefetch`, the one after it, claimed too, so switching to it shows an image already loaded.
 */
export async function getLabelingTask(db: Db, { projectId, userId, prefetch = false, random }: TaskOptions): Promise<LabelingTaskModel | null> {
  const project = await loadLabelingProject(db, projectId);
  const current = await claimNextPainting(db, { projectId, userId, random, project });
  if (!current) return null;
  const upcoming = prefetch ? await claimNextPainting(db, { projectId, userId, random, project, excludeIds: [current.painting.id] }) : null;
  return { project, painting: current.painting, claimExpiresAt: current.expiresAt, upcoming: upcoming?.painting ?? null };
}

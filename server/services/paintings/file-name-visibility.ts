// Projects may keep file names from annotators ("ai_midjourney_04.png" gives the answer away).
// Reviewers and managers always see them. Checked per painting where GraphQL resolves the name,
// so every path that returns a painting (labeling task, lists, near-duplicates, disputes,
// history) follows the one rule; Prisma batches the findUnique calls of one tick into one query.
import type { Viewer } from "@/server/auth/viewer";
import { hasRole } from "@/server/auth/roles";
import type { Db } from "@/server/db/client";

type Named = { id: string; projectId: string; originalName: string; projectHidesFileNames?: boolean };

export async function fileNameHidden(db: Db, viewer: Viewer, projectId: string, known?: boolean): Promise<boolean> {
  if (hasRole(viewer.role, "REVIEWER")) return false;
  if (known !== undefined) return known;
  const project = await db.project.findUnique({ where: { id: projectId }, select: { hideFileNames: true } });
  return project?.hideFileNames ?? false;
}

/** A neutral stand-in: tells paintings apart on screen without saying anything about them. */
export const neutralName = (paintingId: string) => `Painting ${paintingId.slice(-6)}`;

export async function visibleFileName(db: Db, viewer: Viewer, painting: Named): Promise<string> {
  return (await fileNameHidden(db, viewer, painting.projectId, painting.projectHidesFileNames)) ? neutralName(painting.id) : painting.originalName;
}

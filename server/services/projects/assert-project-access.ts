// One check for every project-scoped entry point (GraphQL resolvers, /api routes): annotators and
// reviewers work only in projects they are members of; managers and admins see every project.
import type { Viewer } from "@/server/auth/viewer";
import type { Db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { seesAllProjects } from "./visible-projects-where";

type AccessDb = Pick<Db, "projectMember" | "project">;
type Who = Pick<Viewer, "id" | "role">;

/** For HTTP routes, which answer 403 instead of throwing. */
export async function mayAccessProject(db: AccessDb, viewer: Who, projectId: string): Promise<boolean> {
  if (seesAllProjects(viewer)) return true;
  const member = await db.projectMember.findUnique({ where: { projectId_userId: { projectId, userId: viewer.id } }, select: { userId: true } });
  return member !== null;
}

/**
 * Throws FORBIDDEN unless the viewer may work in the project. An unknown project passes, so the
 * service behind says project/not_found as it always has; it has nothing in it to leak.
 */
export async function assertProjectAccess(db: AccessDb, viewer: Who, projectId: string): Promise<void> {
  if (await mayAccessProject(db, viewer, projectId)) return;
  if (await db.project.findUnique({ where: { id: projectId }, select: { id: true } })) {
    throw new AppError("FORBIDDEN", "You are not a member of this project.");
  }
}

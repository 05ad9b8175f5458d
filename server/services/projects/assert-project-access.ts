// One check for every project-scoped entry point (GraphQL resolvers, /api routes): annotators and
// reviewers work only in projects they are members of; managers and admins see every project.
import type { Viewer } from "@/server/auth/viewer";
import type { Db } from "@/server/db/client";
import { queryRows } from "@/server/db/direct-query";
import { Prisma, type Project } from "@/server/db/generated/client";
import { AppError, notFound } from "@/server/errors";
import { seesAllProjects } from "./visible-projects-where";

type AccessDb = Pick<Db, "projectMember" | "project" | "$queryRaw">;
type Who = Pick<Viewer, "id" | "role">;

export const notAMember = () => new AppError("FORBIDDEN", "You are not a member of this project.");

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
    throw notAMember();
  }
}

/**
 * The project, for a viewer who may work in it: the access check and the read in one query (the
 * labeling queue asks once per label). FORBIDDEN for a non-member, project/not_found for no project.
 */
export async function requireAccessibleProject(db: AccessDb, viewer: Who, projectId: string): Promise<Project> {
  const member = seesAllProjects(viewer)
    ? Prisma.sql`TRUE`
    : Prisma.sql`EXISTS (SELECT 1 FROM "ProjectMember" m WHERE m."projectId" = p."id" AND m."userId" = ${viewer.id})`;
  // Past Prisma's engine (direct-query.ts): this runs with every painting served.
  const [project] = await queryRows<Project>(db, Prisma.sql`SELECT p.* FROM "Project" p WHERE p."id" = ${projectId} AND ${member}`);
  if (project) return project;
  await assertProjectAccess(db, viewer, projectId);
  throw notFound("project/not_found", "project", projectId);
}

// Row-level visibility of projects as a where-clause, so lists filter in SQL rather than in pages.
import type { Viewer } from "@/server/auth/viewer";
import { hasRole } from "@/server/auth/roles";
import type { Prisma } from "@/server/db/generated/client";

/** Managers and admins run every project, members or not. */
export const seesAllProjects = (viewer: Pick<Viewer, "role">) => hasRole(viewer.role, "MANAGER");

export function visibleProjectsWhere(viewer: Pick<Viewer, "id" | "role">): Prisma.ProjectWhereInput {
  return seesAllProjects(viewer) ? {} : { members: { some: { userId: viewer.id } } };
}

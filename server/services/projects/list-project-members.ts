import type { Db } from "@/server/db/client";

/** Members of a project, by name, with when they were added. */
export function listProjectMembers(db: Db, projectId: string) {
  return db.projectMember.findMany({
    where: { projectId },
    include: { user: true },
    orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
  });
}

export type ProjectMemberModel = Awaited<ReturnType<typeof listProjectMembers>>[number];

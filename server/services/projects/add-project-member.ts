// A manager lets a person work in a project. Adding someone who is already a member changes
// nothing, so a double click is harmless.
import type { Db } from "@/server/db/client";
import { notFound } from "@/server/errors";
import { writeAuditLog } from "../audit/write-audit-log";

export async function addProjectMember(db: Db, actorId: string, { projectId, userId }: { projectId: string; userId: string }) {
  const project = await db.project.findUnique({ where: { id: projectId } });
  if (!project) throw notFound("project/not_found", "project", projectId);
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!user) throw notFound("user/not_found", "user", userId);
  await db.$transaction(async (tx) => {
    const added = await tx.projectMember.createMany({ data: [{ projectId, userId, addedById: actorId }], skipDuplicates: true });
    if (added.count > 0) {
      await writeAuditLog(tx, { actorId, action: "project.add_member", entityType: "Project", entityId: projectId, data: { userId } });
    }
  });
  return project;
}

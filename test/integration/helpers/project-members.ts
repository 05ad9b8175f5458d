// Annotators and reviewers see only projects they are members of. Scenarios that are about
// something else (labeling, review) make everyone who exists a member, as the migration that
// introduced memberships did for teams already at work; membership tests add people one by one.
import type { Db } from "@/server/db/client";

export async function addEveryWorker(db: Db, projectId: string): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "ProjectMember" ("projectId", "userId")
    SELECT ${projectId}, u."id" FROM "User" u WHERE u."role" IN ('ANNOTATOR', 'REVIEWER')
    ON CONFLICT DO NOTHING`;
}

export async function addMembers(db: Db, projectId: string, users: { id: string }[]): Promise<void> {
  await db.projectMember.createMany({ data: users.map((user) => ({ projectId, userId: user.id })), skipDuplicates: true });
}

// Annotators and reviewers see only projects they are members of. A spec's own project takes in
// every annotator and reviewer (the demo accounts), as the demo project does, so journeys that are
// about something else are not turned away at the door.
import type { Db } from "../../../server/db/client";

export async function addDemoMembers(db: Db, projectId: string): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "ProjectMember" ("projectId", "userId")
    SELECT ${projectId}, u."id" FROM "User" u WHERE u."role" IN ('ANNOTATOR', 'REVIEWER')
    ON CONFLICT DO NOTHING`;
}

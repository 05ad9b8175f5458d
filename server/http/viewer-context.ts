// The database and the signed-in user for a request, shared by GraphQL and the route handlers:
// the session from Auth.js, checked against the database as it was read (server/auth/viewer.ts),
// so a deactivated account or a changed role counts at once.
import { auth } from "@/server/auth/next-auth";
import { viewerFromSession, type Viewer } from "@/server/auth/viewer";
import { getPrisma, type Db } from "@/server/db/client";

export async function viewerContext(): Promise<{ db: Db; viewer: Viewer | null }> {
  return { db: getPrisma(), viewer: viewerFromSession(await auth()) };
}

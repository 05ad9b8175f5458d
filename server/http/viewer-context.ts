// The database and the signed-in user for a request, shared by GraphQL and the route handlers:
// the session from Auth.js, re-read from the database, so a deactivated account or a changed role
// counts at once.
import { auth } from "@/server/auth/next-auth";
import { loadViewer, type Viewer } from "@/server/auth/viewer";
import { getPrisma, type Db } from "@/server/db/client";

export async function viewerContext(): Promise<{ db: Db; viewer: Viewer | null }> {
  const db = getPrisma();
  const session = await auth();
  return { db, viewer: await loadViewer(db, session?.user?.id) };
}

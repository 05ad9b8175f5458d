// What a route handler outside GraphQL works with: the database, blob storage and the signed-in
// user, re-read from the database as GraphQL does, so a deactivated account or a changed role
// counts at once. Kept apart from the handlers' logic so tests can call that with their own.
import { auth } from "@/server/auth/next-auth";
import { loadViewer, type Viewer } from "@/server/auth/viewer";
import { getPrisma, type Db } from "@/server/db/client";
import { getStorage } from "@/server/storage/get-storage";
import type { BlobStorage } from "@/server/storage/storage";

export type RouteContext = { db: Db; storage: BlobStorage; viewer: Viewer | null };

export async function routeContext(): Promise<RouteContext> {
  const db = getPrisma();
  const session = await auth();
  return { db, storage: getStorage(), viewer: await loadViewer(db, session?.user?.id) };
}

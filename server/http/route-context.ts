// What a route handler outside GraphQL works with: the database, blob storage and the signed-in
// user (see viewer-context.ts). Kept apart from the handlers' logic so tests can call that with
// their own.
import type { Viewer } from "@/server/auth/viewer";
import type { Db } from "@/server/db/client";
import { getStorage } from "@/server/storage/get-storage";
import type { BlobStorage } from "@/server/storage/storage";
import { viewerContext } from "./viewer-context";

export type RouteContext = { db: Db; storage: BlobStorage; viewer: Viewer | null };

export async function routeContext(): Promise<RouteContext> {
  return { ...(await viewerContext()), storage: getStorage() };
}

import { auth } from "@/server/auth/next-auth";
import { loadViewer } from "@/server/auth/viewer";
import { getPrisma } from "@/server/db/client";
import type { GraphQLContext } from "./context";

export async function createGraphQLContext(): Promise<GraphQLContext> {
  const db = getPrisma();
  const session = await auth();
  return { db, viewer: await loadViewer(db, session?.user?.id) };
}

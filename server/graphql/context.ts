import type { Db } from "@/server/db/client";
import type { Viewer } from "@/server/auth/viewer";

export type GraphQLContext = {
  db: Db;
  viewer: Viewer | null;
};

import { viewerContext } from "@/server/http/viewer-context";
import type { GraphQLContext } from "./context";

export function createGraphQLContext(): Promise<GraphQLContext> {
  return viewerContext();
}

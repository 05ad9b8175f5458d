import type { Viewer } from "@/server/auth/viewer";
import type { GraphQLContext } from "@/server/graphql/context";
import { unauthenticated } from "@/server/errors";

/** The @auth directive has already checked the role; this narrows the type for the resolver. */
export function requireViewer(context: GraphQLContext): Viewer {
  if (!context.viewer) throw unauthenticated();
  return context.viewer;
}

// Mounts the Apollo server (GET and POST). The viewer comes from the Auth.js session cookie.
import { createApolloServer } from "@/server/graphql/apollo-server";
import { createGraphQLContext } from "@/server/graphql/create-context";
import { createRouteHandler } from "@/server/graphql/next-route-handler";
import { handleRoute } from "@/server/http/handle-route";

const handler = handleRoute(createRouteHandler(createApolloServer(), () => createGraphQLContext()));

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handler(request);
}

export function POST(request: Request) {
  return handler(request);
}

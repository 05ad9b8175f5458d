// Executes operations against the real Apollo server (schema, directives, armor, error masking)
// with a chosen viewer, as /api/graphql would after reading the session.
import type { ApolloServer } from "@apollo/server";
import { createApolloServer } from "@/server/graphql/apollo-server";
import type { GraphQLContext } from "@/server/graphql/context";
import type { Viewer } from "@/server/auth/viewer";
import { testDb } from "./database";

let server: ApolloServer<GraphQLContext> | null = null;

export type GraphQLResult<T = Record<string, unknown>> = {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown>; path?: unknown[] }[];
};

export async function execute<T = Record<string, unknown>>(
  viewer: Viewer | null,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResult<T>> {
  server ??= createApolloServer();
  const response = await server.executeOperation({ query, variables }, { contextValue: { db: testDb(), viewer } });
  if (response.body.kind !== "single") throw new Error("unexpected incremental response");
  return response.body.singleResult as GraphQLResult<T>;
}

export function asViewer(user: { id: string; email: string; name: string; role: Viewer["role"] }): Viewer {
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export function errorCodes(result: GraphQLResult): string[] {
  return (result.errors ?? []).map((error) => String(error.extensions?.code));
}

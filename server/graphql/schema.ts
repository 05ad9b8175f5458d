// The executable schema: every domain's type definitions and resolvers, with access rules applied.
import { makeExecutableSchema } from "@graphql-tools/schema";
import type { GraphQLSchema } from "graphql";
import { projectResolvers } from "@/server/resolvers/projects";
import { userResolvers } from "@/server/resolvers/users";
import { applyAuthDirectives } from "./auth-directive";
import { baseTypeDefs } from "./base.sdl";
import { projectTypeDefs } from "./projects.sdl";
import { DateTimeScalar, JSONScalar } from "./scalars";
import { userTypeDefs } from "./users.sdl";

export const typeDefs = [baseTypeDefs, userTypeDefs, projectTypeDefs];

export function buildSchema(): GraphQLSchema {
  const schema = makeExecutableSchema({
    typeDefs,
    resolvers: [{ DateTime: DateTimeScalar, JSON: JSONScalar }, userResolvers, projectResolvers],
  });
  return applyAuthDirectives(schema);
}

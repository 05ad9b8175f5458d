// The executable schema: every domain's type definitions and resolvers, with access rules applied.
import { makeExecutableSchema } from "@graphql-tools/schema";
import type { GraphQLSchema } from "graphql";
import { evaluationSetResolvers } from "@/server/resolvers/evaluation-sets";
import { evidenceResolvers } from "@/server/resolvers/evidence";
import { labelingResolvers } from "@/server/resolvers/labeling";
import { paintingResolvers } from "@/server/resolvers/paintings";
import { projectResolvers } from "@/server/resolvers/projects";
import { qualityResolvers } from "@/server/resolvers/quality";
import { reviewResolvers } from "@/server/resolvers/reviews";
import { runResolvers } from "@/server/resolvers/runs";
import { userResolvers } from "@/server/resolvers/users";
import { applyAuthDirectives } from "./auth-directive";
import { baseTypeDefs } from "./base.sdl";
import { evaluationSetTypeDefs } from "./evaluation-sets.sdl";
import { evidenceTypeDefs } from "./evidence.sdl";
import { labelingTypeDefs } from "./labeling.sdl";
import { paintingTypeDefs } from "./paintings.sdl";
import { projectTypeDefs } from "./projects.sdl";
import { qualityTypeDefs } from "./quality.sdl";
import { reviewTypeDefs } from "./reviews.sdl";
import { runTypeDefs } from "./runs.sdl";
import { DateTimeScalar, JSONScalar } from "./scalars";
import { userTypeDefs } from "./users.sdl";

export const typeDefs = [baseTypeDefs, userTypeDefs, projectTypeDefs, paintingTypeDefs, runTypeDefs, labelingTypeDefs, reviewTypeDefs, qualityTypeDefs, evaluationSetTypeDefs, evidenceTypeDefs];

export function buildSchema(): GraphQLSchema {
  const schema = makeExecutableSchema({
    typeDefs,
    resolvers: [{ DateTime: DateTimeScalar, JSON: JSONScalar }, userResolvers, projectResolvers, paintingResolvers, runResolvers, labelingResolvers, reviewResolvers, qualityResolvers, evaluationSetResolvers, evidenceResolvers],
  });
  return applyAuthDirectives(schema);
}

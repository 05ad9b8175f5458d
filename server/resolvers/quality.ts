import type { Resolvers } from "@/server/graphql/generated/resolvers-types";
import { annotatorReport } from "@/server/services/quality/annotator-report";
import { modelAgreement } from "@/server/services/quality/model-agreement";
import { projectAgreement } from "@/server/services/quality/project-agreement";
import { requireProject } from "./project-access";
import { getUser } from "@/server/services/users/get-user";

export const qualityResolvers: Resolvers = {
  Query: {
    projectAgreement: async (_parent, { projectId }, context) => {
      await requireProject(context, projectId);
      return projectAgreement(context.db, projectId);
    },
    annotatorQuality: (_parent, { projectId }, { db }) => annotatorReport(db, projectId),
    modelAgreement: (_parent, { projectId }, { db }) => modelAgreement(db, projectId),
  },
  AnnotatorPairKappa: {
    annotatorA: (pair, _args, { db }) => getUser(db, pair.annotatorAId),
    annotatorB: (pair, _args, { db }) => getUser(db, pair.annotatorBId),
  },
};

import type { Resolvers } from "@/server/graphql/generated/resolvers-types";
import { createEvaluationSet } from "@/server/services/evaluation-sets/create-evaluation-set";
import { deleteEvaluationSet } from "@/server/services/evaluation-sets/delete-evaluation-set";
import { getEvaluationSet, listEvaluationSets } from "@/server/services/evaluation-sets/list-evaluation-sets";
import { updateEvaluationSet } from "@/server/services/evaluation-sets/update-evaluation-set";
import { listEvaluationSetReports } from "@/server/services/runs/list-evaluation-set-reports";
import { requireViewer } from "./require-viewer";

export const evaluationSetResolvers: Resolvers = {
  Mutation: {
    createEvaluationSet: async (_parent, { input }, context) =>
      getEvaluationSet(context.db, (await createEvaluationSet(context.db, requireViewer(context).id, input)).id),
    updateEvaluationSet: async (_parent, { input }, context) =>
      getEvaluationSet(context.db, (await updateEvaluationSet(context.db, requireViewer(context).id, input)).id),
    deleteEvaluationSet: (_parent, { id }, context) => deleteEvaluationSet(context.db, requireViewer(context).id, { id }),
  },
  Project: {
    evaluationSets: (project, _args, { db }) => listEvaluationSets(db, project.id),
  },
  TrainingRun: {
    evaluationSetReports: (run, _args, { db }) => listEvaluationSetReports(db, run.id),
  },
};

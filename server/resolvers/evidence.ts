import type { Resolvers } from "@/server/graphql/generated/resolvers-types";
import { getPaintingEvidence } from "@/server/services/paintings/get-painting-evidence";

export const evidenceResolvers: Resolvers = {
  Painting: {
    evidence: (painting, _args, { db }) => getPaintingEvidence(db, painting.id),
  },
};

import type { Resolvers } from "@/server/graphql/generated/resolvers-types";
import { isAlgorithmicSource } from "@/server/images/evidence/parse-xmp";
import { isGeneratorKeyword } from "@/server/images/evidence/extract-evidence";
import type { TextChunk } from "@/server/images/evidence/raw-metadata";

export const evidenceResolvers: Resolvers = {
  Painting: {
    evidence: async (painting, _args, { db }) => {
      const row = await db.paintingEvidence.findUnique({ where: { paintingId: painting.id } });
      if (!row) return null;
      return {
        ...row,
        c2paPresent: row.hasC2pa,
        xmpPresent: row.hasXmp,
        gpsPresent: row.hasGps,
        generatorParametersPresent: row.hasGeneratorParameters,
        algorithmicSource: isAlgorithmicSource(row.digitalSourceType),
        textChunks: (row.textChunks as TextChunk[]).map((chunk) => ({ ...chunk, generatorParameters: isGeneratorKeyword(chunk.keyword) })),
      };
    },
  },
};

// A painting's provenance signals as the evidence panel shows them: the stored PaintingEvidence
// row plus what each signal means (an XMP source type that names a generative model, text chunks
// that carry generator parameters). Null for a painting imported before evidence was read.
import type { Db } from "@/server/db/client";
import { isGeneratorKeyword } from "@/server/images/evidence/extract-evidence";
import { isAlgorithmicSource } from "@/server/images/evidence/parse-xmp";
import type { TextChunk } from "@/server/images/evidence/raw-metadata";

export async function getPaintingEvidence(db: Db, paintingId: string) {
  const row = await db.paintingEvidence.findUnique({ where: { paintingId } });
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
}

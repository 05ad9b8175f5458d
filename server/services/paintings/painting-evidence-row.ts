// The PaintingEvidence row for an upload's bytes, nested into the painting's create at import so
// the two are written together. Byte scanning only (server/images/evidence), so import stays cheap.
import type { Prisma } from "@/server/db/generated/client";
import { extractEvidence } from "@/server/images/evidence/extract-evidence";

export function paintingEvidenceRow(bytes: Uint8Array): Prisma.PaintingEvidenceCreateWithoutPaintingInput {
  const { textChunks, ...fields } = extractEvidence(bytes);
  return { ...fields, textChunks: textChunks as Prisma.InputJsonArray };
}

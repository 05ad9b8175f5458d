// SQL for filtering paintings by a provenance signal of their PaintingEvidence row. A painting
// without a row (imported before extraction, not backfilled) counts as having no signal.
import { Prisma } from "@/server/db/generated/client";

export const EVIDENCE_SIGNALS = ["C2PA", "GENERATOR_PARAMETERS", "AI_SOURCE_TYPE", "EXIF_SOFTWARE", "GPS", "ANY", "NONE"] as const;
export type EvidenceSignal = (typeof EVIDENCE_SIGNALS)[number];

const CONDITIONS: Record<Exclude<EvidenceSignal, "ANY" | "NONE">, Prisma.Sql> = {
  C2PA: Prisma.sql`e."hasC2pa"`,
  GENERATOR_PARAMETERS: Prisma.sql`e."hasGeneratorParameters"`,
  // Same test as isAlgorithmicSource (parse-xmp.ts).
  AI_SOURCE_TYPE: Prisma.sql`e."digitalSourceType" ILIKE '%algorithmicmedia%'`,
  EXIF_SOFTWARE: Prisma.sql`e."exifSoftware" IS NOT NULL`,
  GPS: Prisma.sql`e."hasGps"`,
};

export function evidenceFilterSql(signal: EvidenceSignal): Prisma.Sql {
  const any = Prisma.join(Object.values(CONDITIONS), " OR ");
  const condition = signal === "ANY" || signal === "NONE" ? Prisma.sql`(${any})` : CONDITIONS[signal];
  const exists = Prisma.sql`EXISTS (SELECT 1 FROM "PaintingEvidence" e WHERE e."paintingId" = p."id" AND ${condition})`;
  return signal === "NONE" ? Prisma.sql`NOT ${exists}` : exists;
}

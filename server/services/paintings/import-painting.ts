// Brings one image into a project: validated and re-encoded by sharp, stored under
// content-addressed keys, recorded once per (project, SHA-256), linked to its near-duplicates,
// and optionally given a label the importer already knows (as an approved label or a gold item).
// The same pipeline as importBatch, for one file.
import type { Db } from "@/server/db/client";
import type { Painting, PaintingSource } from "@/server/db/generated/client";
import type { ImageLimits } from "@/server/images/image-limits";
import type { BlobStorage } from "@/server/storage/storage";
import { importItems, type ImportOutcome } from "./import-items";

export type ImportPaintingInput = {
  projectId: string;
  bytes: Buffer;
  originalName: string;
  source: PaintingSource;
  uploadedById?: string | null;
  /** Class key (e.g. HUMAN) known from the import's provenance. */
  knownLabel?: string | null;
  /** With a known label: make it a gold item (hidden answer for checking annotators). */
  asGold?: boolean;
  /** Every file goes into this evaluation set, its known label as ground truth (not approved). */
  evaluationSetId?: string | null;
  limits?: Partial<ImageLimits>;
};

export type ImportPaintingResult = { status: "created" | "duplicate"; painting: Painting; nearDuplicates: number };

/** Throws ImageRejectedError for a file that is not an acceptable image, AppError for a bad project or label. */
export async function importPainting(db: Db, storage: BlobStorage, input: ImportPaintingInput): Promise<ImportPaintingResult> {
  const { bytes, originalName, knownLabel, ...target } = input;
  let outcome: ImportOutcome | undefined;
  await importItems(db, storage, [{ name: originalName, read: async () => bytes, knownLabel }], {
    ...target,
    onSettled: (_, settled) => (outcome = settled),
  });
  if (!outcome) throw new Error("importPainting: the import settled nothing");
  if (outcome.status === "failed") throw outcome.error;
  const painting = await db.painting.findUniqueOrThrow({ where: { id: outcome.paintingId } });
  return { status: outcome.status, painting, nearDuplicates: outcome.nearDuplicates };
}

// Everything one file needs before its row can be written, done in an import lane: read, hashed
// once, answered as a duplicate before any decoding (so re-running a large import is cheap),
// processed by sharp, and its blobs stored. What is left is a small row for insertPaintings.
import { createHash } from "node:crypto";
import type { Db } from "@/server/db/client";
import type { PaintingSource, Prisma } from "@/server/db/generated/client";
import { AppError, notFound } from "@/server/errors";
import type { ImageLimits } from "@/server/images/image-limits";
import { processImage } from "@/server/images/process-image";
import type { BlobStorage } from "@/server/storage/storage";
import { paintingKeys } from "@/server/storage/storage-keys";
import type { FileFeatures } from "@/core/metrics/shortcut-features";
import type { BatchItem } from "./batch-item";
import { cleanOriginalName } from "./clean-original-name";
import { paintingEvidenceRow } from "./painting-evidence-row";
import type { ExistingPaintingFinder } from "./find-existing-paintings";
import { storePaintingBlobs } from "./store-painting-blobs";

export type ImportTarget = {
  projectId: string;
  source: PaintingSource;
  uploadedById?: string | null;
  asGold?: boolean;
  /** Every file goes into this evaluation set, its known label as ground truth (not approved). */
  evaluationSetId?: string | null;
  limits?: Partial<ImageLimits>;
};

/** Looked up once per batch: the project's label classes by key. */
export type ProjectClasses = Map<string, string>;

/** A new painting's row, as insertPaintings writes it. */
export type PaintingRow = {
  projectId: string; sha256: string; phash: string; width: number; height: number; format: string; byteSize: number;
  storageKey: string; thumbnailKey: string; trainingKey: string; originalName: string; source: PaintingSource;
  uploadedById: string | null;
  /** A known label: the painting is approved with it (and is a gold item with asGold). */
  approvedLabelId: string | null;
  isGold: boolean;
  /** An evaluation painting: its set and its ground truth, kept apart from approvedLabelId. */
  evaluationSetId: string | null;
  evaluationLabelId: string | null;
  /** What the file says besides the painting, for the shortcut audit; null when it could not be read. */
  fileFeatures: FileFeatures | null;
};

export type PreparedPainting = {
  data: PaintingRow;
  /** The audit entry a known label gets, written with the row. */
  audit: { action: string; label: string; evaluationSetId?: string } | null;
  /** Provenance signals read from the upload's bytes (server/images/evidence), written with the row. */
  evidence: Prisma.PaintingEvidenceCreateWithoutPaintingInput;
};

export async function loadProjectClasses(db: Db, projectId: string): Promise<ProjectClasses> {
  const project = await db.project.findUnique({ where: { id: projectId }, select: { labelClasses: { select: { id: true, key: true } } } });
  if (!project) throw notFound("project/not_found", "project", projectId);
  return new Map(project.labelClasses.map((labelClass) => [labelClass.key, labelClass.id]));
}

/** A duplicate's existing row, or the prepared row of a new painting. Throws for a bad file. */
export async function preparePainting(
  storage: BlobStorage,
  { bytes, item, classes, target, findExisting }: {
    bytes: Buffer; item: BatchItem; classes: ProjectClasses; target: ImportTarget; findExisting: ExistingPaintingFinder;
  },
): Promise<{ duplicateId: string } | { prepared: PreparedPainting }> {
  const { projectId } = target;
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const existing = await findExisting(sha256);
  if (existing) return { duplicateId: existing };

  const label = item.knownLabel ? item.knownLabel.toUpperCase() : null;
  const labelClassId = label ? classes.get(label) : null;
  if (label && !labelClassId) throw new AppError("label/invalid_class", `The project has no label class "${item.knownLabel}".`);
  const evaluationSetId = target.evaluationSetId ?? null;
  if (evaluationSetId && !labelClassId) {
    throw new AppError("evaluation_set/label_required", "A painting imported into an evaluation set needs its true label (human or ai).");
  }
  const image = await processImage(bytes, target.limits, { sha256 });
  const keys = paintingKeys(sha256, image.format);
  // Blobs first: a row never points at missing files. A failure after this leaves only
  // content-addressed files that the next attempt reuses.
  await storePaintingBlobs(storage, keys, image);

  const data: PaintingRow = {
    projectId, sha256, phash: image.phash, width: image.width, height: image.height, format: image.format,
    byteSize: image.byteSize, storageKey: keys.original, thumbnailKey: keys.thumbnail, trainingKey: keys.training,
    originalName: cleanOriginalName(item.name), source: target.source, uploadedById: target.uploadedById ?? null,
    // An evaluation painting is not approved: its truth goes to evaluationLabelId and it stays
    // unlabeled, so nothing that reads approved labels (snapshots, exports, consensus) sees it.
    approvedLabelId: evaluationSetId ? null : (labelClassId ?? null),
    // A gold item is also approved with its answer, so it trains the model like any settled painting.
    isGold: Boolean(labelClassId && target.asGold && !evaluationSetId),
    evaluationSetId,
    evaluationLabelId: evaluationSetId ? labelClassId! : null,
    fileFeatures: image.fileFeatures,
  };
  const audit = !label || !labelClassId ? null
    : evaluationSetId ? { action: "painting.import_evaluation", label, evaluationSetId }
    : { action: target.asGold ? "painting.import_gold" : "painting.import_approved", label };
  return { prepared: { data, audit, evidence: paintingEvidenceRow(bytes) } };
}

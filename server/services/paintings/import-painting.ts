// Brings one image into a project: validated and re-encoded by sharp, stored under
// content-addressed keys, recorded once per (project, SHA-256), linked to its near-duplicates,
// and optionally given a label the importer already knows (as an approved label or a gold item).
import { createHash } from "node:crypto";
import type { Db } from "@/server/db/client";
import type { Painting, PaintingSource, Prisma } from "@/server/db/generated/client";
import { isUniqueViolation } from "@/server/db/prisma-errors";
import { AppError, notFound } from "@/server/errors";
import type { ImageLimits } from "@/server/images/image-limits";
import { processImage } from "@/server/images/process-image";
import type { BlobStorage } from "@/server/storage/storage";
import { paintingKeys } from "@/server/storage/storage-keys";
import { writeAuditLog } from "../audit/write-audit-log";
import { cleanOriginalName } from "./clean-original-name";
import { findNearDuplicates, insertNearDuplicateLinks } from "./link-near-duplicates";
import { paintingEvidenceRow } from "./painting-evidence-row";
import { storePaintingBlobs } from "./store-painting-blobs";

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
  limits?: Partial<ImageLimits>;
};

export type ImportPaintingResult = { status: "created" | "duplicate"; painting: Painting; nearDuplicates: number };

/** Throws ImageRejectedError for a file that is not an acceptable image. */
export async function importPainting(db: Db, storage: BlobStorage, input: ImportPaintingInput): Promise<ImportPaintingResult> {
  const { projectId, bytes } = input;
  // An exact duplicate is answered before any decoding, so re-running a large import is cheap.
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const existing = await db.painting.findUnique({ where: { projectId_sha256: { projectId, sha256 } } });
  if (existing) return { status: "duplicate", painting: existing, nearDuplicates: 0 };

  const labelClassId = await resolveKnownLabel(db, projectId, input.knownLabel);
  const image = await processImage(bytes, input.limits, { sha256 });
  const keys = paintingKeys(image.sha256, image.format);
  // Blobs first: a row never points at missing files. A failure after this leaves only
  // content-addressed files that the next attempt reuses.
  await storePaintingBlobs(storage, keys, image);

  const data: Prisma.PaintingUncheckedCreateInput = {
    projectId, sha256, phash: image.phash, width: image.width, height: image.height, format: image.format,
    byteSize: image.byteSize, storageKey: keys.original, thumbnailKey: keys.thumbnail, trainingKey: keys.training,
    originalName: cleanOriginalName(input.originalName), source: input.source, uploadedById: input.uploadedById ?? null,
    ...(labelClassId ? knownLabelFields(labelClassId, input.asGold ?? false) : {}),
    evidence: { create: paintingEvidenceRow(bytes) },
  };
  // The expensive scan over every committed painting runs before the lock, concurrently with
  // other imports.
  const committedMatches = await findNearDuplicates(db, { projectId, phash: image.phash });
  try {
    return await db.$transaction(
      async (tx) => {
        // One insert at a time per project. Under the lock, paintings committed since the scan
        // above (all created within the recent window) are scanned again, so two similar images
        // imported side by side still get linked, and a concurrent copy of the same bytes is
        // found here instead of failing on the unique index.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`painting-import:${projectId}`}, 0))`;
        const raced = await tx.painting.findUnique({ where: { projectId_sha256: { projectId, sha256 } } });
        if (raced) return { status: "duplicate" as const, painting: raced, nearDuplicates: 0 };
        const painting = await tx.painting.create({ data });
        const recentMatches = await findNearDuplicates(tx, { projectId, phash: image.phash, recentOnly: true });
        const nearDuplicates = await insertNearDuplicateLinks(tx, painting.id, [...committedMatches, ...recentMatches]);
        if (labelClassId) await auditKnownLabel(tx, painting, input);
        return { status: "created" as const, painting, nearDuplicates };
      },
      // Bounded so that RECENT_WINDOW (minutes) covers any transaction still in flight.
      { maxWait: 10_000, timeout: 30_000 },
    );
  } catch (error) {
    // The lock makes this unreachable for imports through here; kept for rows inserted by other means.
    if (!isUniqueViolation(error)) throw error;
    const painting = await db.painting.findUniqueOrThrow({ where: { projectId_sha256: { projectId, sha256 } } });
    return { status: "duplicate", painting, nearDuplicates: 0 };
  }
}

async function resolveKnownLabel(db: Db, projectId: string, key: string | null | undefined): Promise<string | null> {
  const project = await db.project.findUnique({ where: { id: projectId }, select: { id: true } });
  if (!project) throw notFound("project/not_found", "project", projectId);
  if (!key) return null;
  const labelClass = await db.labelClass.findUnique({ where: { projectId_key: { projectId, key: key.toUpperCase() } } });
  if (!labelClass) throw new AppError("label/invalid_class", `The project has no label class "${key}".`);
  return labelClass.id;
}

// A gold item is also approved with its answer, so it trains the model like any settled painting.
function knownLabelFields(labelClassId: string, asGold: boolean) {
  return {
    status: "APPROVED" as const,
    approvedLabelId: labelClassId,
    approvedAt: new Date(),
    ...(asGold ? { isGold: true, goldLabelId: labelClassId } : {}),
  };
}

function auditKnownLabel(tx: Prisma.TransactionClient, painting: Painting, input: ImportPaintingInput) {
  return writeAuditLog(tx, {
    actorId: input.uploadedById ?? null,
    action: input.asGold ? "painting.import_gold" : "painting.import_approved",
    entityType: "Painting",
    entityId: painting.id,
    data: { label: input.knownLabel!.toUpperCase(), source: input.source },
  });
}

// GET /api/paintings/:id/:variant. Images live outside the web root and are only reachable here,
// by signed-in users. Blobs are content-addressed (their key is the upload's SHA-256), so a URL's
// bytes never change: browsers may keep them for a year, privately, and revalidate by ETag. The
// upload itself ("original", metadata and all) is evidence for reviewers and managers; annotators
// get the metadata-free "large" copy, made here on first request.
import { Readable } from "node:stream";
import type { Viewer } from "@/server/auth/viewer";
import { hasRole } from "@/server/auth/roles";
import type { Db } from "@/server/db/client";
import type { BlobStorage } from "@/server/storage/storage";
import { StorageError } from "@/server/storage/storage-error";
import { contentTypeForKey, paintingKeys, type PaintingFormat } from "@/server/storage/storage-keys";
import { makeLargeCopy } from "@/server/images/make-large-copy";
import { log } from "@/server/logging/request-context";
import { mayAccessProject } from "@/server/services/projects/assert-project-access";
import { errorResponse } from "./http-responses";
import { isPaintingVariant, type PaintingVariant } from "./painting-image-url";

type Deps = { db: Db; storage: BlobStorage; viewer: Viewer | null };
type Params = { paintingId: string; variant: string };

export async function servePaintingImage({ db, storage, viewer }: Deps, request: Request, { paintingId, variant }: Params): Promise<Response> {
  if (!viewer) return errorResponse("UNAUTHENTICATED", "Sign in to see paintings.");
  if (!hasRole(viewer.role, "ANNOTATOR")) return errorResponse("FORBIDDEN", "This needs the annotator role or higher.");
  // Ids are cuids (or seeded slugs); anything else, a NUL included, names no painting and must
  // not reach SQL, where PostgreSQL would refuse the NUL as an internal error.
  const plausibleId = /^[A-Za-z0-9_-]{1,64}$/.test(paintingId);
  const painting = plausibleId && isPaintingVariant(variant)
    ? await db.painting.findUnique({ where: { id: paintingId }, select: { projectId: true, sha256: true, format: true, storageKey: true, thumbnailKey: true, trainingKey: true } })
    : null;
  if (!painting) return errorResponse("painting/not_found", plausibleId ? `No painting image ${paintingId}/${variant}.` : "No such painting image.");
  if (!(await mayAccessProject(db, viewer, painting.projectId))) {
    return errorResponse("FORBIDDEN", "You are not a member of this painting's project.");
  }
  if (variant === "original" && !hasRole(viewer.role, "REVIEWER")) {
    return errorResponse("FORBIDDEN", "The uploaded file, metadata included, is for reviewers and managers; use the large copy.");
  }
  const largeKey = paintingKeys(painting.sha256, painting.format as PaintingFormat).large;
  const key = { original: painting.storageKey, large: largeKey, thumbnail: painting.thumbnailKey, training: painting.trainingKey }[variant as PaintingVariant];
  const etag = `"${painting.sha256}-${variant}"`;
  const headers = new Headers({
    "content-type": contentTypeForKey(key),
    "cache-control": "private, max-age=31536000, immutable",
    etag,
    "x-content-type-options": "nosniff",
    // An image opened on its own can run nothing, even if a decoder were fooled.
    "content-security-policy": "default-src 'none'; sandbox",
    "content-disposition": "inline",
  });
  if (request.headers.get("if-none-match")?.split(",").some((tag) => tag.trim() === etag)) {
    return new Response(null, { status: 304, headers });
  }
  try {
    if (variant === "large" && !(await storage.exists(key))) {
      await storage.put(key, await makeLargeCopy(await storage.get(painting.storageKey)), contentTypeForKey(key));
    }
    if (storage.stream) {
      const body = Readable.toWeb(await storage.stream(key)) as ReadableStream<Uint8Array>;
      return new Response(body, { status: 200, headers });
    }
    const bytes = await storage.get(key);
    headers.set("content-length", String(bytes.length));
    return new Response(new Uint8Array(bytes), { status: 200, headers });
  } catch (error) {
    if (!(error instanceof StorageError && error.code === "storage/not_found")) throw error;
    // The row exists but its file does not: storage was moved or pruned. Logged for operators.
    log().error({ paintingId, key }, "painting image missing from storage");
    return errorResponse("painting/not_found", "The image file is missing from storage.");
  }
}

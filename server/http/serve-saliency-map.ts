// GET /api/paintings/:id/saliency/:modelVersionId: the Grad-CAM overlay the worker stored for that
// model version's prediction of the painting. Reviewers and up (annotators label without the
// model's view), with the painting images' headers: private, immutable (one key per painting and
// model version), sandboxed.
import type { Viewer } from "@/server/auth/viewer";
import { hasRole } from "@/server/auth/roles";
import type { Db } from "@/server/db/client";
import type { BlobStorage } from "@/server/storage/storage";
import { StorageError } from "@/server/storage/storage-error";
import { log } from "@/server/logging/request-context";
import { mayAccessProject } from "@/server/services/projects/assert-project-access";
import { errorResponse } from "./http-responses";

type Deps = { db: Db; storage: BlobStorage; viewer: Viewer | null };
type Params = { paintingId: string; modelVersionId: string };
const PLAUSIBLE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export async function serveSaliencyMap({ db, storage, viewer }: Deps, request: Request, { paintingId, modelVersionId }: Params): Promise<Response> {
  if (!viewer) return errorResponse("UNAUTHENTICATED", "Sign in to see paintings.");
  if (!hasRole(viewer.role, "REVIEWER")) return errorResponse("FORBIDDEN", "Saliency maps are for reviewers and managers.");
  const plausible = PLAUSIBLE_ID.test(paintingId) && PLAUSIBLE_ID.test(modelVersionId);
  const prediction = plausible
    ? await db.prediction.findUnique({ where: { paintingId_modelVersionId: { paintingId, modelVersionId } }, select: { saliencyKey: true, painting: { select: { projectId: true } } } })
    : null;
  if (!prediction?.saliencyKey) return errorResponse("painting/not_found", "No saliency map for this painting and model.");
  if (!(await mayAccessProject(db, viewer, prediction.painting.projectId))) {
    return errorResponse("FORBIDDEN", "You are not a member of this painting's project.");
  }
  const etag = `"saliency-${paintingId}-${modelVersionId}"`;
  const headers = new Headers({
    "content-type": "image/png",
    "cache-control": "private, max-age=31536000, immutable",
    etag,
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'; sandbox",
    "content-disposition": "inline",
  });
  if (request.headers.get("if-none-match")?.split(",").some((tag) => tag.trim() === etag)) return new Response(null, { status: 304, headers });
  try {
    const bytes = await storage.get(prediction.saliencyKey);
    headers.set("content-length", String(bytes.length));
    return new Response(new Uint8Array(bytes), { status: 200, headers });
  } catch (error) {
    if (!(error instanceof StorageError && error.code === "storage/not_found")) throw error;
    log().error({ paintingId, modelVersionId, key: prediction.saliencyKey }, "saliency map missing from storage");
    return errorResponse("painting/not_found", "The saliency map is missing from storage.");
  }
}

// POST /api/projects/:projectId/uploads, multipart/form-data with one or more "files" fields.
// Answers per file (created / duplicate / failed with its code); a bad file never fails the
// others. Request-level problems get one error with a status and a code from server/errors.ts.
import type { Viewer } from "@/server/auth/viewer";
import { hasRole } from "@/server/auth/roles";
import { mayAccessProject } from "@/server/services/projects/assert-project-access";
import type { Db } from "@/server/db/client";
import type { ImageLimits } from "@/server/images/image-limits";
import { evaluationSetName } from "@/server/services/evaluation-sets/evaluation-set-input";
import { findOrCreateEvaluationSet } from "@/server/services/evaluation-sets/find-or-create-evaluation-set";
import { importBatch } from "@/server/services/paintings/import-batch";
import type { BlobStorage } from "@/server/storage/storage";
import { log } from "@/server/logging/request-context";
import { errorResponse, jsonResponse } from "./http-responses";
import { MAX_FILES_PER_REQUEST, maxUploadRequestBytes, readBodyWithin } from "./upload-limits";

/** Browsers send this header only from our own pages: a cross-site form cannot set it. */
export const UPLOAD_GUARD_HEADER = "x-provenance-upload";

type Deps = {
  db: Db;
  storage: BlobStorage;
  viewer: Viewer | null;
  maxRequestBytes?: number;
  limits?: Partial<ImageLimits>;
  /** Told which paintings the upload created, e.g. to have the model classify them. */
  afterImport?: (projectId: string, paintingIds: string[]) => Promise<void>;
};

export async function uploadPaintings(deps: Deps, request: Request, projectId: string): Promise<Response> {
  const { db, storage, viewer } = deps;
  if (!viewer) return errorResponse("UNAUTHENTICATED", "Sign in to upload paintings.");
  if (!hasRole(viewer.role, "ANNOTATOR")) return errorResponse("FORBIDDEN", "This needs the annotator role or higher.");
  if (request.headers.get(UPLOAD_GUARD_HEADER) !== "1") {
    return errorResponse("upload/cross_site", `Uploads must come from the app (missing ${UPLOAD_GUARD_HEADER} header).`);
  }
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    return errorResponse("upload/not_multipart", "Send the files as multipart/form-data.");
  }
  const cap = deps.maxRequestBytes ?? maxUploadRequestBytes();
  const tooLarge = () => errorResponse("upload/request_too_large", `The upload is larger than ${Math.floor(cap / 1024 / 1024)} MB; send fewer files at a time.`);
  if (Number(request.headers.get("content-length") ?? 0) > cap) return tooLarge();
  if (!(await db.project.findUnique({ where: { id: projectId }, select: { id: true } }))) {
    return errorResponse("project/not_found", `No project with id ${projectId}.`);
  }
  if (!(await mayAccessProject(db, viewer, projectId))) return errorResponse("FORBIDDEN", "You are not a member of this project.");
  const body = await readBodyWithin(request, cap);
  if (!body) return tooLarge();
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength), { headers: { "content-type": contentType } }).formData();
  } catch {
    return errorResponse("upload/not_multipart", "The multipart body could not be read.");
  }
  const files = form.getAll("files").filter((value): value is File => typeof value !== "string");
  if (files.length === 0) return errorResponse("upload/no_files", 'Attach at least one file in a "files" field.');
  if (files.length > MAX_FILES_PER_REQUEST) {
    return errorResponse("upload/too_many_files", `At most ${MAX_FILES_PER_REQUEST} files per request.`);
  }
  const label = String(form.get("label") ?? "").trim() || null;
  const asGold = form.get("gold") === "true";
  const evaluationSetName = String(form.get("evaluationSet") ?? "").trim() || null;
  // Approving on upload decides what the model learns, and an evaluation set what it is judged
  // on, so both are a manager's call.
  if ((label || asGold || evaluationSetName) && !hasRole(viewer.role, "MANAGER")) {
    return errorResponse("FORBIDDEN", "Only managers can upload with a known label, as gold items or into an evaluation set.");
  }
  const evaluationSet = await evaluationSetFor(db, viewer.id, { projectId, name: evaluationSetName, label, asGold });
  if (evaluationSet instanceof Response) return evaluationSet;
  const results = await importBatch(
    db,
    storage,
    files.map((file) => ({ name: file.name, read: async () => Buffer.from(await file.arrayBuffer()), knownLabel: label })),
    { projectId, source: "UPLOAD", uploadedById: viewer.id, asGold: Boolean(label) && asGold, evaluationSetId: evaluationSet?.id ?? null, limits: deps.limits },
  );
  const created = results.flatMap((result) => (result.status === "created" ? [result.paintingId] : []));
  if (created.length > 0 && deps.afterImport) {
    // The upload itself succeeded; a queue hiccup must not turn it into an error for the user.
    await deps.afterImport(projectId, created).catch((error) => log().error({ err: error, projectId }, "could not queue scoring of uploads"));
  }
  const count = (status: string) => results.filter((result) => result.status === status).length;
  return jsonResponse({
    results,
    summary: { created: count("created"), duplicate: count("duplicate"), failed: count("failed") },
    ...(evaluationSet ? { evaluationSet: { id: evaluationSet.id, name: evaluationSet.name } } : {}),
  });
}

/** The evaluation set the form names (created when new); a Response when the request cannot have one. */
async function evaluationSetFor(db: Db, actorId: string, { projectId, name, label, asGold }: { projectId: string; name: string | null; label: string | null; asGold: boolean }) {
  if (!name) return null;
  if (!label) return errorResponse("evaluation_set/label_required", "Choose the true label of the files: an evaluation set is scored against it.");
  if (asGold) return errorResponse("BAD_USER_INPUT", "Gold items train the model; evaluation paintings never do. Choose one.");
  const parsed = evaluationSetName.safeParse(name);
  if (!parsed.success) return errorResponse("BAD_USER_INPUT", "An evaluation set's name is 1 to 120 characters.");
  return (await findOrCreateEvaluationSet(db, actorId, { projectId, name: parsed.data })).set;
}

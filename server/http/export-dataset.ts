// GET /api/projects/:projectId/dataset?format=csv|json: the approved dataset (labels, hashes and
// the newest snapshot's splits) for managers, who decide what the model learns from. Streamed in
// pages, so a large project starts downloading at once and never sits in memory whole.
import { hasRole } from "@/server/auth/roles";
import type { Viewer } from "@/server/auth/viewer";
import type { Db } from "@/server/db/client";
import { mayAccessProject } from "@/server/services/projects/assert-project-access";
import { latestSnapshot, listApprovedDataset, type DatasetRow } from "@/server/services/datasets/list-approved-dataset";
import { csvRow } from "./csv";
import { badFormat, downloadResponse, exportFormat } from "./download-response";
import { errorResponse } from "./http-responses";

type Deps = { db: Db; viewer: Viewer | null };

export const DATASET_CSV_HEADER = ["paintingId", "originalName", "label", "split", "sha256", "phash", "approvedAt"] as const;

export async function exportDataset({ db, viewer }: Deps, request: Request, projectId: string): Promise<Response> {
  if (!viewer) return errorResponse("UNAUTHENTICATED", "Sign in to export datasets.");
  if (!hasRole(viewer.role, "MANAGER")) return errorResponse("FORBIDDEN", "This needs the manager role or higher.");
  // Managers see every project today; the check keeps this route right if that ever narrows.
  if (!(await mayAccessProject(db, viewer, projectId))) return errorResponse("FORBIDDEN", "You are not a member of this project.");
  const format = exportFormat(request);
  if (!format) return badFormat();
  const project = await db.project.findUnique({ where: { id: projectId }, select: { id: true, slug: true, name: true } });
  if (!project) return errorResponse("project/not_found", `No project with id ${projectId}.`);
  const snapshot = await latestSnapshot(db, projectId);
  const pages = listApprovedDataset(db, projectId, snapshot?.id ?? null);
  const chunks = format === "csv" ? csvChunks(pages) : jsonChunks(pages, { project, snapshot });
  return downloadResponse(textStream(chunks), format, `dataset-${project.slug}`);
}

async function* csvChunks(pages: AsyncGenerator<DatasetRow[]>) {
  yield csvRow(DATASET_CSV_HEADER);
  for await (const rows of pages) yield rows.map((r) => csvRow(DATASET_CSV_HEADER.map((column) => r[column]))).join("");
}

async function* jsonChunks(pages: AsyncGenerator<DatasetRow[]>, head: Record<string, unknown>) {
  yield `${JSON.stringify({ exportedAt: new Date().toISOString(), ...head }).slice(0, -1)},"items":[`;
  let first = true;
  for await (const rows of pages) {
    if (rows.length === 0) continue;
    yield `${first ? "" : ","}\n${rows.map((row) => JSON.stringify(row)).join(",\n")}`;
    first = false;
  }
  yield "\n]}\n";
}

function textStream(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

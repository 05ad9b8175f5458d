// The upload and image-serving route handlers' logic, called with real Requests, a real database
// and storage in a temporary directory (the Next.js wiring is covered by the e2e spec).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import fs from "node:fs";
import sharp from "sharp";
import { paintingKeys } from "@/server/storage/storage-keys";
import type { Viewer } from "@/server/auth/viewer";
import { servePaintingImage } from "@/server/http/serve-painting-image";
import { UPLOAD_GUARD_HEADER, uploadPaintings } from "@/server/http/upload-paintings";
import { createProject } from "@/server/services/projects/create-project";
import { createTestUser, resetDatabase, testDb } from "./helpers/database";
import { addEveryWorker } from "./helpers/project-members";
import { asViewer } from "./helpers/graphql";
import { patternJpeg, patternPng, svgFile, tempStorage, type CountingStorage } from "./helpers/painting-files";

const db = testDb();
let storage: CountingStorage;
let annotator: Viewer, manager: Viewer;
let projectId: string;

beforeAll(async () => {
  await resetDatabase();
  storage = tempStorage();
  annotator = asViewer(await createTestUser(db, "ANNOTATOR"));
  manager = asViewer(await createTestUser(db, "MANAGER"));
  projectId = (await createProject(db, manager.id, { name: "Uploads" })).id;
  await addEveryWorker(db, projectId);
});
afterAll(() => fs.rmSync(storage.root, { recursive: true, force: true }));

function uploadRequest(files: [string, Buffer][], { fields = {}, guard = true }: { fields?: Record<string, string>; guard?: boolean } = {}) {
  const form = new FormData();
  for (const [name, bytes] of files) form.append("files", new Blob([new Uint8Array(bytes)]), name);
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return new Request("http://app.test/api/projects/x/uploads", { method: "POST", body: form, headers: guard ? { [UPLOAD_GUARD_HEADER]: "1" } : {} });
}
const upload = (viewer: Viewer | null, request: Request, options: { maxRequestBytes?: number; project?: string } = {}) =>
  uploadPaintings({ db, storage, viewer, maxRequestBytes: options.maxRequestBytes }, request, options.project ?? projectId);
const errorOf = async (response: Response) => [response.status, (await response.json()).error.code];

describe("POST /api/projects/:id/uploads", () => {
  it("hands only the paintings it created to afterImport (for the model to classify)", async () => {
    const calls: [string, string[]][] = [];
    const afterImport = async (project: string, ids: string[]) => void calls.push([project, ids]);
    const request = uploadRequest([["fresh.jpg", await patternJpeg(41)], ["broken.svg", svgFile()]]);
    const body = await (await uploadPaintings({ db, storage, viewer: annotator, afterImport }, request, projectId)).json();
    expect(calls).toEqual([[projectId, [body.results[0].paintingId]]]);
    const again = uploadRequest([["fresh again.jpg", await patternJpeg(41)]]);
    await uploadPaintings({ db, storage, viewer: annotator, afterImport }, again, projectId);
    expect(calls).toHaveLength(1); // a duplicate creates nothing to classify
    await db.painting.deleteMany({ where: { projectId } });
  });

  it("imports several files and answers per file", async () => {
    const response = await upload(annotator, uploadRequest([["one.jpg", await patternJpeg(31)], ["two.png", await patternPng(32)], ["bad.svg", svgFile()]]));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.results.map((r: { name: string; status: string; code?: string }) => [r.name, r.status, r.code ?? null])).toEqual([
      ["one.jpg", "created", null], ["two.png", "created", null], ["bad.svg", "failed", "image/unsupported_format"],
    ]);
    expect(body.results[2].message).toMatch(/SVG/);
    expect(body.summary).toEqual({ created: 2, duplicate: 0, failed: 1 });
    const rows = await db.painting.findMany({ where: { projectId } });
    expect(rows.map((r) => [r.source, r.uploadedById])).toEqual([["UPLOAD", annotator.id], ["UPLOAD", annotator.id]]);
    const again = await (await upload(annotator, uploadRequest([["one again.jpg", await patternJpeg(31)]]))).json();
    expect(again.results[0]).toMatchObject({ status: "duplicate", paintingId: rows.find((r) => r.originalName === "one.jpg")!.id });
  });

  it("refuses bad requests as a whole, with status and code", async () => {
    const jpeg = await patternJpeg(33);
    const before = await db.painting.count();
    expect(await errorOf(await upload(null, uploadRequest([["a.jpg", jpeg]])))).toEqual([401, "UNAUTHENTICATED"]);
    expect(await errorOf(await upload(annotator, uploadRequest([["a.jpg", jpeg]], { guard: false })))).toEqual([403, "upload/cross_site"]);
    const json = new Request("http://app.test/", { method: "POST", body: "{}", headers: { "content-type": "application/json", [UPLOAD_GUARD_HEADER]: "1" } });
    expect(await errorOf(await upload(annotator, json))).toEqual([415, "upload/not_multipart"]);
    expect(await errorOf(await upload(annotator, uploadRequest([["a.jpg", jpeg]]), { maxRequestBytes: 1000 }))).toEqual([413, "upload/request_too_large"]);
    expect(await errorOf(await upload(annotator, uploadRequest([], { fields: { note: "x" } })))).toEqual([400, "upload/no_files"]);
    expect(await errorOf(await upload(annotator, uploadRequest([["a.jpg", jpeg]]), { project: "missing" }))).toEqual([404, "project/not_found"]);
    expect(await errorOf(await upload(annotator, uploadRequest([["a.jpg", jpeg]], { fields: { label: "AI" } })))).toEqual([403, "FORBIDDEN"]);
    expect(await db.painting.count()).toBe(before);
  });

  it("stops reading a body without a length once it passes the cap", async () => {
    const jpeg = await patternJpeg(34);
    const form = new FormData();
    form.append("files", new Blob([new Uint8Array(jpeg)]), "a.jpg");
    const encoded = new Response(form); // a streamed body: no content-length to check up front
    const request = new Request("http://app.test/", {
      method: "POST", body: encoded.body, duplex: "half", headers: { "content-type": encoded.headers.get("content-type")!, [UPLOAD_GUARD_HEADER]: "1" },
    } as RequestInit);
    expect(await errorOf(await upload(annotator, request, { maxRequestBytes: 2000 }))).toEqual([413, "upload/request_too_large"]);
  });

  it("lets a manager upload with a known label as gold items", async () => {
    const body = await (await upload(manager, uploadRequest([["gold.jpg", await patternJpeg(35)]], { fields: { label: "AI", gold: "true" } }))).json();
    const painting = await db.painting.findUniqueOrThrow({ where: { id: body.results[0].paintingId }, include: { goldLabel: true } });
    expect(painting).toMatchObject({ isGold: true, status: "APPROVED", goldLabel: { key: "AI" } });
  });
});

describe("GET /api/paintings/:id/:variant", () => {
  const get = (viewer: Viewer | null, paintingId: string, variant: string, headers: Record<string, string> = {}) =>
    servePaintingImage({ db, storage, viewer }, new Request("http://app.test/", { headers }), { paintingId, variant });

  it("serves each variant with its type, private immutable caching and nosniff", async () => {
    const painting = await db.painting.findFirstOrThrow({ where: { projectId, format: "jpeg" } });
    const large = paintingKeys(painting.sha256, "jpeg").large;
    for (const [viewer, variant, type, key] of [
      [manager, "original", "image/jpeg", painting.storageKey], [annotator, "large", "image/jpeg", large],
      [annotator, "thumbnail", "image/jpeg", painting.thumbnailKey], [annotator, "training", "image/png", painting.trainingKey],
    ] as const) {
      const response = await get(viewer, painting.id, variant);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe(type);
      expect(response.headers.get("cache-control")).toBe("private, max-age=31536000, immutable");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(Buffer.from(await response.arrayBuffer()).equals(await storage.get(key))).toBe(true);
    }
    const etag = (await get(annotator, painting.id, "thumbnail")).headers.get("etag")!;
    expect((await get(annotator, painting.id, "thumbnail", { "if-none-match": etag })).status).toBe(304);
  });

  it("serves the upload byte for byte to reviewers and managers only; annotators get a copy without metadata", async () => {
    const tagged = await sharp(await patternJpeg(77))
      .withExif({ IFD0: { Software: "Stable Diffusion", Artist: "GPS 48.85,2.35" } })
      .jpeg({ quality: 90 })
      .toBuffer();
    const body = await (await upload(manager, uploadRequest([["tagged.jpg", tagged]]))).json();
    const paintingId = body.results[0].paintingId as string;
    const reviewer = asViewer(await createTestUser(db, "REVIEWER"));
    await addEveryWorker(db, projectId);
    for (const viewer of [reviewer, manager]) {
      const bytes = Buffer.from(await (await get(viewer, paintingId, "original")).arrayBuffer());
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(createHash("sha256").update(tagged).digest("hex"));
    }
    expect(await errorOf(await get(annotator, paintingId, "original"))).toEqual([403, "FORBIDDEN"]);
    const copy = await get(annotator, paintingId, "large");
    expect(copy.status).toBe(200);
    const metadata = await sharp(Buffer.from(await copy.arrayBuffer())).metadata();
    expect([metadata.exif, metadata.width]).toEqual([undefined, (await sharp(tagged).metadata()).width]);
  });

  it("refuses visitors and answers 404 for unknown ids and variants", async () => {
    const painting = await db.painting.findFirstOrThrow({ where: { projectId } });
    expect(await errorOf(await get(null, painting.id, "original"))).toEqual([401, "UNAUTHENTICATED"]);
    expect(await errorOf(await get(annotator, "missing", "original"))).toEqual([404, "painting/not_found"]);
    expect(await errorOf(await get(annotator, painting.id, "exif"))).toEqual([404, "painting/not_found"]);
  });
});

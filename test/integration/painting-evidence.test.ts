// Provenance evidence end to end: real files carrying each signal are imported through the real
// import path, their structured fields land in PostgreSQL, reviewers see them through GraphQL,
// annotators never do (GPS included), and the paintings list filters by signal.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/server/auth/viewer";
import { backfillPaintingEvidence } from "@/server/services/paintings/backfill-painting-evidence";
import { importPainting } from "@/server/services/paintings/import-painting";
import { createProject } from "@/server/services/projects/create-project";
import { TEXT_CAP } from "@/server/images/evidence/evidence-limits";
import {
  A1111_PARAMETERS, COMFY_PROMPT, iTXt, jpegWithC2pa, jpegWithExif, jpegWithXmp, plainJpeg, plainPng, pngWithC2pa, tEXt, TRAINED_ALGORITHMIC, withPngChunks, zTXt,
} from "@/test/fixtures/evidence-files";
import { createTestUser, resetDatabase, testDb } from "./helpers/database";
import { addMembers } from "./helpers/project-members";
import { asViewer, errorCodes, execute } from "./helpers/graphql";
import { tempStorage, type CountingStorage } from "./helpers/painting-files";

const db = testDb();
let storage: CountingStorage;
let annotator: Viewer, reviewer: Viewer, manager: Viewer;
let projectId: string;
const ids: Record<string, string> = {};

const EVIDENCE = `query($id: ID!) { painting(id: $id) { id evidence {
  container c2paPresent c2paClaimGenerator digitalSourceType algorithmicSource xmpPresent exifSoftware exifMake exifModel exifDateTime
  gpsPresent gpsLatitude gpsLongitude generatorParametersPresent truncated textChunks { keyword text truncated generatorParameters } } } }`;
const LIST = `query($projectId: ID!, $filter: PaintingFilter) { paintings(projectId: $projectId, filter: $filter, first: 100) { edges { node { id } } } }`;
type Evidence = Record<string, unknown> & { textChunks: { keyword: string; text: string; truncated: boolean; generatorParameters: boolean }[] };

async function evidenceOf(viewer: Viewer, id: string) {
  return execute<{ painting: { evidence: Evidence | null } }>(viewer, EVIDENCE, { id });
}

async function listed(viewer: Viewer, evidence: string) {
  const result = await execute<{ paintings: { edges: { node: { id: string } }[] } }>(viewer, LIST, { projectId, filter: { evidence } });
  expect(result.errors).toBeUndefined();
  return result.data!.paintings.edges.map((edge) => edge.node.id).sort();
}

beforeAll(async () => {
  await resetDatabase();
  storage = tempStorage();
  annotator = asViewer(await createTestUser(db, "ANNOTATOR"));
  reviewer = asViewer(await createTestUser(db, "REVIEWER"));
  manager = asViewer(await createTestUser(db, "MANAGER"));
  projectId = (await createProject(db, manager.id, { name: "Evidence" })).id;
  // Members, so the refusals below are about role, not membership.
  await addMembers(db, projectId, [annotator, reviewer]);
  const files: Record<string, Buffer> = {
    // File names lie on purpose: the container is read from the bytes.
    a1111: withPngChunks(await plainPng(11), [tEXt("parameters", A1111_PARAMETERS)]),
    comfy: withPngChunks(await plainPng(12), [zTXt("prompt", COMFY_PROMPT), iTXt("workflow", "{\"nodes\":[]}", true)]),
    huge: withPngChunks(await plainPng(13), [tEXt("parameters", "p".repeat(3 * 1024 * 1024))]),
    exif: await jpegWithExif(14),
    xmp: await jpegWithXmp(15),
    c2paJpeg: await jpegWithC2pa("Adobe Firefly 3", { seed: 16, split: true }),
    c2paPng: await pngWithC2pa("ChatGPT", 17),
    plain: await plainJpeg(18),
  };
  for (const [name, bytes] of Object.entries(files)) {
    const result = await importPainting(db, storage, { projectId, bytes, originalName: `${name}.webp`, source: "IMPORT", limits: { maxBytes: 8 * 1024 * 1024 } });
    ids[name] = result.painting.id;
  }
});

afterAll(() => fs.rmSync(storage.root, { recursive: true, force: true }));

describe("evidence extracted at import", () => {
  it("stores each signal in structured fields that reviewers read through GraphQL", async () => {
    const read = async (name: string) => {
      const result = await evidenceOf(reviewer, ids[name]!);
      expect(result.errors).toBeUndefined();
      return result.data!.painting.evidence!;
    };
    expect(await read("a1111")).toMatchObject({
      container: "png", generatorParametersPresent: true, c2paPresent: false,
      textChunks: [{ keyword: "parameters", text: A1111_PARAMETERS, truncated: false, generatorParameters: true }],
    });
    expect((await read("comfy")).textChunks).toEqual([
      { keyword: "prompt", text: COMFY_PROMPT, truncated: false, generatorParameters: true },
      { keyword: "workflow", text: "{\"nodes\":[]}", truncated: false, generatorParameters: true },
    ]);
    const exif = await read("exif");
    expect(exif).toMatchObject({ container: "jpeg", exifSoftware: "Adobe Photoshop 25.0", exifMake: "Canon", exifModel: "EOS R5", exifDateTime: "2024:05:01 10:20:30", gpsPresent: true });
    expect(exif.gpsLatitude).toBeCloseTo(48.858333, 5);
    expect(exif.gpsLongitude).toBeCloseTo(2.29, 5);
    expect(await read("xmp")).toMatchObject({ xmpPresent: true, digitalSourceType: TRAINED_ALGORITHMIC, algorithmicSource: true });
    expect(await read("c2paJpeg")).toMatchObject({ c2paPresent: true, c2paClaimGenerator: "Adobe Firefly 3" });
    expect(await read("c2paPng")).toMatchObject({ container: "png", c2paPresent: true, c2paClaimGenerator: "ChatGPT" });
    expect(await read("plain")).toMatchObject({ c2paPresent: false, xmpPresent: false, exifSoftware: null, gpsPresent: false, generatorParametersPresent: false, textChunks: [] });
  });

  it("caps a 3 MB text chunk at 16 KiB in the row, says so, and keeps the upload whole", async () => {
    const row = await db.paintingEvidence.findUniqueOrThrow({ where: { paintingId: ids.huge! } });
    const [chunk] = row.textChunks as { text: string; truncated: boolean }[];
    expect(chunk!.text.length).toBe(TEXT_CAP);
    expect(chunk!.truncated).toBe(true);
    expect(row.truncated).toBe(true);
    const painting = await db.painting.findUniqueOrThrow({ where: { id: ids.huge! } });
    expect((await storage.get(painting.storageKey)).length).toBe(painting.byteSize);
  });

  it("refuses the evidence, GPS included, to annotators and the evidence filter too", async () => {
    const result = await evidenceOf(annotator, ids.exif!);
    expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
    expect(JSON.stringify(result.data ?? null)).not.toMatch(/48\.8|gps|Canon/i);
    const gps = await execute(annotator, `query($id: ID!) { painting(id: $id) { evidence { gpsLatitude gpsLongitude } } }`, { id: ids.exif });
    expect(errorCodes(gps)).toEqual(["FORBIDDEN"]);
    expect(JSON.stringify(gps.data ?? null)).not.toContain("48.8");
    const filtered = await execute(annotator, LIST, { projectId, filter: { evidence: "GPS" } });
    expect(errorCodes(filtered)).toEqual(["FORBIDDEN"]);
    expect(filtered.data ?? null).toBeNull();
  });

  it("filters paintings by signal for reviewers and managers", async () => {
    const sorted = (...names: string[]) => names.map((name) => ids[name]!).sort();
    expect(await listed(reviewer, "C2PA")).toEqual(sorted("c2paJpeg", "c2paPng"));
    expect(await listed(manager, "GENERATOR_PARAMETERS")).toEqual(sorted("a1111", "comfy", "huge"));
    expect(await listed(reviewer, "AI_SOURCE_TYPE")).toEqual(sorted("xmp"));
    expect(await listed(reviewer, "EXIF_SOFTWARE")).toEqual(sorted("exif"));
    expect(await listed(reviewer, "GPS")).toEqual(sorted("exif"));
    expect(await listed(reviewer, "NONE")).toEqual(sorted("plain"));
    expect(await listed(reviewer, "ANY")).toHaveLength(Object.keys(ids).length - 1);
  });

  it("backfills paintings imported before extraction, once", async () => {
    await db.paintingEvidence.deleteMany({ where: { paintingId: { in: [ids.exif!, ids.a1111!] } } });
    expect((await evidenceOf(reviewer, ids.exif!)).data!.painting.evidence).toBeNull();
    expect(await backfillPaintingEvidence(db, storage)).toEqual({ done: 2, missing: [] });
    expect((await evidenceOf(reviewer, ids.exif!)).data!.painting.evidence).toMatchObject({ exifSoftware: "Adobe Photoshop 25.0", gpsPresent: true });
    expect(await backfillPaintingEvidence(db, storage)).toEqual({ done: 0, missing: [] });
  });
});

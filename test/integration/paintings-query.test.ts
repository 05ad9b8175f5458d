import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/server/auth/viewer";
import { createProject } from "@/server/services/projects/create-project";
import { createTestUser, resetDatabase, testDb } from "./helpers/database";
import { addEveryWorker } from "./helpers/project-members";
import { asViewer, errorCodes, execute } from "./helpers/graphql";
import { fakePainting } from "./helpers/painting-rows";

const PAGE = `query($projectId: ID!, $filter: PaintingFilter, $first: Int, $after: String) {
  paintings(projectId: $projectId, filter: $filter, first: $first, after: $after) {
    edges { cursor node { id status approvedLabel { key } } }
    pageInfo { hasNextPage endCursor }
  } }`;
type Page = { paintings: { edges: { cursor: string; node: { id: string; status: string | null; approvedLabel: { key: string } | null } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

const db = testDb();
let annotator: Viewer, other: Viewer, reviewer: Viewer, manager: Viewer;
let projectId: string;
let ids: string[]; // newest first, as the list orders them
let labeled: string, gold: string, disputed: string, wasDisputed: string, dupA: string, dupB: string;

beforeAll(async () => {
  await resetDatabase();
  annotator = asViewer(await createTestUser(db, "ANNOTATOR"));
  other = asViewer(await createTestUser(db, "ANNOTATOR"));
  reviewer = asViewer(await createTestUser(db, "REVIEWER"));
  manager = asViewer(await createTestUser(db, "MANAGER"));
  projectId = (await createProject(db, manager.id, { name: "Listing" })).id;
  await addEveryWorker(db, projectId);
  const [human, ai] = await db.labelClass.findMany({ where: { projectId }, orderBy: { position: "asc" } });
  // 23 paintings; groups of three share a createdAt, so the id tie-break is exercised.
  const base = Date.UTC(2026, 0, 1);
  const created = [];
  for (let n = 0; n < 23; n++) {
    created.push(await db.painting.create({ data: fakePainting(projectId, n, { createdAt: new Date(base + Math.floor(n / 3) * 1000), source: n % 2 ? "UPLOAD" : "IMPORT" }) }));
  }
  ids = [...created].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1)).map((p) => p.id);
  [labeled, gold, disputed, wasDisputed, dupA, dupB] = created.slice(0, 6).map((p) => p.id);
  const approvedAt = new Date();
  await db.painting.update({ where: { id: labeled }, data: { status: "APPROVED", approvedLabelId: human.id, approvedAt } });
  await db.painting.update({ where: { id: gold }, data: { status: "APPROVED", approvedLabelId: ai.id, approvedAt, isGold: true, goldLabelId: ai.id } });
  await db.painting.update({ where: { id: disputed }, data: { status: "DISPUTED" } });
  await db.painting.update({ where: { id: wasDisputed }, data: { status: "APPROVED", approvedLabelId: human.id, approvedAt } });
  await db.annotation.create({ data: { paintingId: labeled, annotatorId: annotator.id, labelClassId: human.id, confidence: 4, note: "brushwork" } });
  await db.annotation.create({ data: { paintingId: labeled, annotatorId: other.id, labelClassId: human.id } });
  const entry = await db.reviewQueueEntry.create({ data: { projectId, paintingId: wasDisputed, reason: "DISAGREEMENT", status: "RESOLVED" } });
  await db.review.create({ data: { entryId: entry.id, paintingId: wasDisputed, reviewerId: reviewer.id, decision: "RELABEL", finalLabelId: human.id, reasonCode: "BRUSHWORK" } });
  await db.nearDuplicate.create({ data: { paintingAId: dupA < dupB ? dupA : dupB, paintingBId: dupA < dupB ? dupB : dupA, distance: 3 } });
  await db.auditLog.createMany({ data: [
    { actorId: manager.id, action: "painting.import_gold", entityType: "Painting", entityId: gold, data: { label: "AI" } },
    { actorId: manager.id, action: "painting.import_approved", entityType: "Painting", entityId: labeled, data: { label: "HUMAN" } },
  ] });
});

async function allPages(viewer: Viewer, filter: Record<string, unknown> = {}, first = 5) {
  const seen: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 50; guard++) {
    const result: Awaited<ReturnType<typeof execute<Page>>> = await execute<Page>(viewer, PAGE, { projectId, filter, first, after });
    expect(result.errors).toBeUndefined();
    const { edges, pageInfo } = result.data!.paintings;
    seen.push(...edges.map((edge) => edge.node.id));
    if (!pageInfo.hasNextPage) return seen;
    expect(pageInfo.endCursor).toBe(edges.at(-1)!.cursor);
    after = pageInfo.endCursor;
  }
  throw new Error("pagination did not end");
}

describe("paintings: cursor pagination", () => {
  it("walks every painting once, newest first, with no gaps across pages", async () => {
    for (const first of [1, 5, 7, 23, 100]) expect(await allPages(manager, {}, first)).toEqual(ids);
  });

  it("keeps its place when paintings are added before the next page", async () => {
    const firstPage = await execute<Page>(manager, PAGE, { projectId, first: 10 });
    const newer = await db.painting.create({ data: fakePainting(projectId, 999) });
    const rest = await execute<Page>(manager, PAGE, { projectId, first: 100, after: firstPage.data!.paintings.pageInfo.endCursor });
    expect([...firstPage.data!.paintings.edges, ...rest.data!.paintings.edges].map((e) => e.node.id)).toEqual(ids);
    await db.painting.delete({ where: { id: newer.id } });
  });

  it("refuses a malformed cursor, an oversized page and an unknown project with clear codes", async () => {
    expect(errorCodes(await execute(manager, PAGE, { projectId, after: "not-a-cursor" }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await execute(manager, PAGE, { projectId, first: 1000 }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await execute(manager, PAGE, { projectId: "missing" }))).toEqual(["project/not_found"]);
  });
});

describe("paintings: filters", () => {
  it("filters by status, label, source, disputed and near-duplicates", async () => {
    const sorted = (list: string[]) => [...list].sort();
    expect(sorted(await allPages(reviewer, { status: "APPROVED" }))).toEqual(sorted([labeled, gold, wasDisputed]));
    expect(sorted(await allPages(reviewer, { labelKey: "human" }))).toEqual(sorted([labeled, wasDisputed]));
    expect(sorted(await allPages(reviewer, { disputed: true }))).toEqual(sorted([disputed, wasDisputed]));
    expect(await allPages(reviewer, { disputed: false })).toHaveLength(21);
    expect(sorted(await allPages(reviewer, { nearDuplicatesOnly: true }))).toEqual(sorted([dupA, dupB]));
    const uploads = await allPages(reviewer, { source: "UPLOAD" });
    expect(uploads).toHaveLength(11);
    expect(sorted(await allPages(reviewer, { source: "UPLOAD", status: "APPROVED" }))).toEqual(sorted([gold, wasDisputed]));
  });

  it("lets an annotator filter by outcome only among paintings they labeled", async () => {
    expect(await allPages(annotator, { status: "APPROVED" })).toEqual([labeled]);
    expect(await allPages(annotator, { labelKey: "AI" })).toEqual([]);
    expect(await allPages(annotator, { disputed: true })).toEqual([]);
    expect(await allPages(annotator, { source: "IMPORT" })).toHaveLength(12); // not an outcome: all of them
  });
});

describe("paintings: who sees what", () => {
  const ONE = `query($id: ID!) { painting(id: $id) { id status approvedLabel { key } imageUrl thumbnailUrl } }`;
  type One = { painting: { id: string; status: string | null; approvedLabel: { key: string } | null; imageUrl: string; thumbnailUrl: string } };

  it("shows an annotator the outcome only of paintings they labeled; gold looks like any other", async () => {
    const mine = await execute<One>(annotator, ONE, { id: labeled });
    expect(mine.data?.painting).toMatchObject({ status: "APPROVED", approvedLabel: { key: "HUMAN" }, imageUrl: `/api/paintings/${labeled}/large`, thumbnailUrl: `/api/paintings/${labeled}/thumbnail` });
    for (const id of [gold, wasDisputed, ids[0]]) {
      expect((await execute<One>(annotator, ONE, { id })).data?.painting).toMatchObject({ status: null, approvedLabel: null });
    }
    const list = await execute<Page>(annotator, PAGE, { projectId, first: 100 });
    const statuses = list.data!.paintings.edges.filter((e) => e.node.status !== null).map((e) => e.node.id);
    expect(statuses).toEqual([labeled]);
  });

  it("shows reviewers every outcome, and gold flags to managers only", async () => {
    expect((await execute<One>(reviewer, ONE, { id: gold })).data?.painting).toMatchObject({ status: "APPROVED", approvedLabel: { key: "AI" } });
    const GOLD = `query($id: ID!) { painting(id: $id) { isGold goldLabel { key } } }`;
    for (const viewer of [annotator, reviewer]) expect(errorCodes(await execute(viewer, GOLD, { id: gold }))).toEqual(["FORBIDDEN"]);
    expect((await execute(manager, GOLD, { id: gold })).data).toEqual({ painting: { isGold: true, goldLabel: { key: "AI" } } });
    expect(errorCodes(await execute(annotator, `query($id: ID!) { painting(id: $id) { sha256 } }`, { id: gold }))).toEqual(["FORBIDDEN"]);
  });

  it("refuses a visitor with no data, and reports an unknown id as not found", async () => {
    for (const [query, variables] of [[PAGE, { projectId }], [ONE, { id: labeled }]] as const) {
      const result = await execute(null, query, variables);
      expect(errorCodes(result)).toEqual(["UNAUTHENTICATED"]);
      expect(result.data).toBeNull();
    }
    expect(errorCodes(await execute(annotator, ONE, { id: "no-such-painting" }))).toEqual(["painting/not_found"]);
  });

  it("lists near-duplicates from either side of the link", async () => {
    const NEAR = `query($id: ID!) { painting(id: $id) { nearDuplicates { distance painting { id } } } }`;
    expect((await execute(annotator, NEAR, { id: dupA })).data).toEqual({ painting: { nearDuplicates: [{ distance: 3, painting: { id: dupB } }] } });
    expect((await execute(annotator, NEAR, { id: dupB })).data).toEqual({ painting: { nearDuplicates: [{ distance: 3, painting: { id: dupA } }] } });
  });
});

describe("painting history", () => {
  const HISTORY = `query($id: ID!) { painting(id: $id) { history { kind action note actor { id } label { key } } } }`;
  type History = { painting: { history: { kind: string; action: string | null; note: string | null; actor: { id: string } | null; label: { key: string } | null }[] } };
  const history = async (viewer: Viewer, id: string) => (await execute<History>(viewer, HISTORY, { id })).data!.painting.history;

  it("shows an annotator the upload and their own label only", async () => {
    const events = await history(annotator, labeled);
    expect(events.map((e) => [e.kind, e.actor?.id ?? null, e.label?.key ?? null])).toEqual([["UPLOADED", null, null], ["ANNOTATED", annotator.id, "HUMAN"]]);
    expect(await history(other, gold)).toEqual([expect.objectContaining({ kind: "UPLOADED" })]);
    expect((await history(annotator, wasDisputed)).map((e) => e.kind)).toEqual(["UPLOADED"]);
  });

  it("shows reviewers every label, review and audit entry, but gold markers only to managers", async () => {
    expect((await history(reviewer, labeled)).map((e) => e.kind)).toEqual(["UPLOADED", "ANNOTATED", "ANNOTATED", "AUDIT"]);
    const review = (await history(reviewer, wasDisputed)).find((e) => e.kind === "REVIEWED");
    expect(review).toMatchObject({ action: "RELABEL (BRUSHWORK)", actor: { id: reviewer.id }, label: { key: "HUMAN" } });
    expect((await history(reviewer, gold)).map((e) => e.kind)).toEqual(["UPLOADED"]);
    expect((await history(manager, gold)).map((e) => [e.kind, e.action])).toEqual([["UPLOADED", "UPLOAD"], ["AUDIT", "painting.import_gold"]]);
  });
});

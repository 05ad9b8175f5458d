// The list must stay fast at 100,000 paintings: every page, however deep, is an index range scan
// from the cursor (no Sort, no OFFSET). Checked on PostgreSQL's own plan rather than a timing,
// which would depend on the machine.
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/server/auth/viewer";
import { Prisma } from "@/server/db/generated/client";
import { listPaintings, listPaintingsInput, paintingPageQuery } from "@/server/services/paintings/list-paintings";
import { encodePaintingCursor } from "@/server/services/paintings/painting-cursor";
import { createTestUser, resetDatabase, testDb } from "./helpers/database";
import { asViewer } from "./helpers/graphql";
import { insertManyPaintings } from "./helpers/painting-rows";

const COUNT = 100_000;
const db = testDb();
let reviewer: Viewer;
let projectId: string;

type PlanNode = { "Node Type": string; "Index Name"?: string; Plans?: PlanNode[] };
const nodes = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodes)];

async function plan(filter: Record<string, unknown>, after: string | null): Promise<PlanNode[]> {
  const input = listPaintingsInput.parse({ projectId, filter, after });
  const rows = await db.$queryRaw<{ "QUERY PLAN": { Plan: PlanNode }[] }[]>(
    Prisma.sql`EXPLAIN (FORMAT JSON) ${paintingPageQuery(reviewer, input, 51)}`,
  );
  return nodes(rows[0]["QUERY PLAN"][0].Plan);
}

beforeAll(async () => {
  await resetDatabase();
  reviewer = asViewer(await createTestUser(db, "REVIEWER"));
  projectId = (await db.project.create({ data: { slug: "scale", name: "Scale" } })).id;
  await db.project.create({ data: { slug: "neighbour", name: "Neighbour" } });
  await insertManyPaintings(db, projectId, COUNT);
});

describe(`paintings list at ${COUNT.toLocaleString("en")} paintings`, () => {
  const deepCursor = () => encodePaintingCursor({ createdAt: new Date(Date.UTC(2026, 0, 1) + 5_000 * 1000), id: "bulk00005000" });

  it("reads a deep page by seeking the (projectId, createdAt, id) index, without sorting", async () => {
    const used = await plan({}, deepCursor());
    expect(used.map((n) => n["Node Type"])).not.toContain("Sort");
    expect(used.some((n) => n["Index Name"] === "Painting_projectId_createdAt_id_idx")).toBe(true);
  });

  it("uses the status index when filtering by status", async () => {
    const used = await plan({ status: "DISPUTED" }, deepCursor());
    expect(used.map((n) => n["Node Type"])).not.toContain("Sort");
    expect(used.some((n) => n["Index Name"] === "Painting_projectId_status_createdAt_id_idx")).toBe(true);
  });

  it("returns the right rows on a deep page", async () => {
    const started = performance.now();
    const page = await listPaintings(db, reviewer, { projectId, first: 3, after: deepCursor() });
    const elapsed = performance.now() - started;
    expect(page.edges.map((e) => e.node.id)).toEqual(["bulk00004999", "bulk00004998", "bulk00004997"]);
    const statusPage = await listPaintings(db, reviewer, { projectId, first: 2, filter: { status: "DISPUTED" }, after: deepCursor() });
    expect(statusPage.edges.map((e) => e.node.id)).toEqual(["bulk00004998", "bulk00004994"]);
    console.log(`deep page of 3 at ${COUNT} paintings: ${elapsed.toFixed(1)} ms`);
  });
});

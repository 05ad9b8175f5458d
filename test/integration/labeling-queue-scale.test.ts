// The serving order must stay cheap at 100,000 paintings: each annotator's walk from their own
// start is an index range scan of (projectId, status, queueKey) that stops at the first fit, with
// no Sort and no scan of the whole table. Checked on PostgreSQL's own plan, not a timing.
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/server/db/generated/client";
import { claimNextPainting } from "@/server/services/labeling/claim-next-painting";
import { claimStatement } from "@/server/services/labeling/claim-from-queue";
import { progressStatement } from "@/server/services/labeling/labeling-progress";
import { resetDatabase, testDb } from "./helpers/database";
import { annotators, labelingProject } from "./helpers/labeling-scenario";
import { insertManyPaintings } from "./helpers/painting-rows";

const COUNT = 100_000;
const db = testDb();
let projectId: string;

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: PlanNode[] };
const nodes = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodes)];
const planOf = async (statement: Prisma.Sql) =>
  nodes((await db.$queryRaw<{ "QUERY PLAN": { Plan: PlanNode }[] }[]>(Prisma.sql`EXPLAIN (FORMAT JSON) ${statement}`))[0]!["QUERY PLAN"][0]!.Plan);

beforeAll(async () => {
  await resetDatabase();
  projectId = (await labelingProject(db)).id;
  await insertManyPaintings(db, projectId, COUNT);
});

describe(`the labeling queue at ${COUNT.toLocaleString("en")} paintings`, () => {
  it("walks the annotator's order through the queue-key index, without sorting or scanning the table", async () => {
    const [ada] = await annotators(db, 1);
    const statement = claimStatement({
      projectId, userId: ada!.id, labelsPerItem: 2, servingOrder: "RANDOM", ttlSeconds: 600, excludeIds: [], wantGold: false,
    });
    const rows = await db.$queryRaw<{ "QUERY PLAN": { Plan: PlanNode }[] }[]>(Prisma.sql`EXPLAIN (FORMAT JSON) ${statement}`);
    const plan = nodes(rows[0]!["QUERY PLAN"][0]!.Plan);
    expect(plan.filter((node) => node["Index Name"] === "Painting_projectId_status_queueKey_idx").length).toBeGreaterThanOrEqual(4);
    expect(plan.filter((node) => node["Node Type"] === "Sort")).toEqual([]);
    expect(plan.filter((node) => node["Node Type"] === "Seq Scan" && node["Relation Name"] === "Painting")).toEqual([]);
    // And it claims: a painting that still needs labels, held by Ada alone.
    const claim = await claimNextPainting(db, { projectId, userId: ada!.id });
    expect(["UNLABELED", "ANNOTATING"]).toContain(claim?.painting.status);
    expect(await db.itemClaim.findUniqueOrThrow({ where: { paintingId: claim!.painting.id } })).toMatchObject({ userId: ada!.id });
  });

  it("finds the few gold paintings through their own index once most paintings are approved", async () => {
    // Runs last: it approves the queue. Both the gold pick and the progress counter's count of
    // unanswered gold scanned every approved painting of the project before Painting_gold_idx.
    const [bea] = await annotators(db, 1);
    const [human] = await db.labelClass.findMany({ where: { projectId }, take: 1 });
    await db.$executeRaw`UPDATE "Painting" SET "status" = 'APPROVED', "approvedLabelId" = ${human!.id} WHERE "projectId" = ${projectId}`;
    await db.$executeRaw`
      UPDATE "Painting" SET "isGold" = true, "goldLabelId" = ${human!.id}
      WHERE "id" IN (SELECT "id" FROM "Painting" WHERE "projectId" = ${projectId} ORDER BY "id" LIMIT 20)`;
    await db.$executeRawUnsafe(`ANALYZE "Painting"`);
    const goldPick = await planOf(claimStatement({
      projectId, userId: bea!.id, labelsPerItem: 2, servingOrder: "RANDOM", ttlSeconds: 600, excludeIds: [], wantGold: true,
    }));
    const progress = await planOf(progressStatement({ projectId, userId: bea!.id }));
    for (const plan of [goldPick, progress]) {
      expect(plan.some((node) => node["Index Name"] === "Painting_gold_idx")).toBe(true);
      expect(plan.filter((node) => node["Node Type"] === "Seq Scan" && node["Relation Name"] === "Painting")).toEqual([]);
    }
  });
});

// The review queue under real concurrency on a real PostgreSQL: claims, ordering, filters, races
// to decide, and who may call what.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import type { Viewer } from "@/server/auth/viewer";
import { PrismaClient } from "@/server/db/generated/client";
import { claimNextReview } from "@/server/services/review/claim-next-review";
import { resolveReview } from "@/server/services/review/resolve-review";
import { createTestUser, resetDatabase, testDb } from "./helpers/database";
import { asViewer, errorCodes, execute } from "./helpers/graphql";
import { expireReviewClaims, openEntry, paintingWithLabels, reviewProject } from "./helpers/review-scenario";

// One connection per simulated reviewer, so the transactions really overlap in the database.
const wide = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 20 }) });
const db = testDb();

const CLAIM = `mutation($projectId: ID!, $reason: ReviewReason) { claimNextReview(projectId: $projectId, reason: $reason) { id reason painting { id } } }`;
const RESOLVE = `mutation($input: ResolveReviewInput!) { resolveReview(input: $input) { closedEntries review { id decision round finalLabel { key } } painting { status } } }`;
const QUEUE = `query($projectId: ID!, $reason: ReviewReason) { reviewQueue(projectId: $projectId, reason: $reason) { total counts { reason open claimed } entries { id reason } myClaim { id } } }`;

let annotator: Viewer, reviewer: Viewer, reviewer2: Viewer, manager: Viewer, manager2: Viewer;

beforeAll(async () => {
  await resetDatabase();
  [annotator, reviewer, reviewer2, manager, manager2] = (await Promise.all(
    (["ANNOTATOR", "REVIEWER", "REVIEWER", "MANAGER", "MANAGER"] as const).map((role) => createTestUser(db, role)),
  )).map(asViewer);
});
afterAll(() => wide.$disconnect());

async function disputed() {
  const project = await reviewProject(db);
  // The second label is another annotator's: a reviewer who labeled the painting never reviews it.
  const second = await createTestUser(db, "ANNOTATOR");
  const painting = await paintingWithLabels(db, project.id, [
    { annotatorId: annotator.id, labelClassId: project.humanId },
    { annotatorId: second.id, labelClassId: project.aiId },
  ]);
  const entry = await openEntry(db, { projectId: project.id, paintingId: painting.id, reason: "DISAGREEMENT" });
  return { project, painting, entry };
}

describe("claiming", () => {
  it("gives the single open entry to exactly one of two racing reviewers", async () => {
    const { project, entry } = await disputed();
    const claims = await Promise.all([reviewer, reviewer2].map((r) => claimNextReview(wide, { projectId: project.id, reviewerId: r.id })));
    const won = claims.filter((claim) => claim !== null);
    expect(won.map((claim) => claim.id)).toEqual([entry.id]);
    expect(claims.filter((claim) => claim === null)).toHaveLength(1);
    const stored = await db.reviewQueueEntry.findUniqueOrThrow({ where: { id: entry.id } });
    expect([reviewer.id, reviewer2.id]).toContain(stored.claimedById);
    expect(stored.claimExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 500_000); // the project's 600 s TTL
  });

  it("spreads 12 racing reviewers over 5 paintings, one each, and nothing to the rest", async () => {
    const project = await reviewProject(db);
    for (let i = 0; i < 5; i++) {
      const painting = await paintingWithLabels(db, project.id, []);
      await openEntry(db, { projectId: project.id, paintingId: painting.id, reason: "MODEL_UNSURE", score: i / 10 });
    }
    const people = await Promise.all(Array.from({ length: 12 }, () => createTestUser(db, "REVIEWER")));
    const claims = await Promise.all(people.map((p) => claimNextReview(wide, { projectId: project.id, reviewerId: p.id })));
    const ids = claims.flatMap((claim) => (claim ? [claim.paintingId] : []));
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
  });

  it("returns the held entry on asking again, and hands an expired claim to the next reviewer", async () => {
    const { project, painting, entry } = await disputed();
    const first = await claimNextReview(db, { projectId: project.id, reviewerId: reviewer.id });
    expect((await claimNextReview(db, { projectId: project.id, reviewerId: reviewer.id }))?.id).toBe(first?.id);
    expect(await claimNextReview(db, { projectId: project.id, reviewerId: reviewer2.id })).toBeNull();
    await expireReviewClaims(db, painting.id);
    expect((await claimNextReview(db, { projectId: project.id, reviewerId: reviewer2.id }))?.id).toBe(entry.id);
    const late = resolveReview(db, { reviewer, input: { entryId: entry.id, decision: "APPROVE", finalLabelKey: "HUMAN", reasonCode: "BRUSHWORK" } });
    await expect(late).rejects.toMatchObject({ code: "review/claimed_by_other" });
  });

  it("claims a painting's entries together and serves its most urgent one", async () => {
    const { project, painting, entry } = await disputed();
    const unsure = await openEntry(db, { projectId: project.id, paintingId: painting.id, reason: "MODEL_UNSURE", score: 0.9 });
    // Asked for MODEL_UNSURE, the reviewer still gets the painting's dispute: one decision settles both.
    const claim = await claimNextReview(db, { projectId: project.id, reviewerId: reviewer.id, reason: "MODEL_UNSURE" });
    expect(claim?.id).toBe(entry.id);
    const sibling = await db.reviewQueueEntry.findUniqueOrThrow({ where: { id: unsure.id } });
    expect(sibling.claimedById).toBe(reviewer.id);
    expect(await claimNextReview(db, { projectId: project.id, reviewerId: reviewer2.id, reason: "MODEL_UNSURE" })).toBeNull();
  });
});

describe("queue order and filters", () => {
  it("orders by priority (disputes first, then by model uncertainty) and filters by reason", async () => {
    const project = await reviewProject(db);
    const seed = async (reason: "DISAGREEMENT" | "MODEL_UNSURE" | "SPOT_CHECK" | "GOLD_FAILED", score = 0) =>
      (await openEntry(db, { projectId: project.id, paintingId: (await paintingWithLabels(db, project.id, [])).id, reason, score })).id;
    const spot = await seed("SPOT_CHECK");
    const unsureLow = await seed("MODEL_UNSURE", 0.2);
    const unsureHigh = await seed("MODEL_UNSURE", 0.9);
    const gold = await seed("GOLD_FAILED");
    const dispute = await seed("DISAGREEMENT");

    const all = await execute<{ reviewQueue: { total: number; counts: { reason: string; open: number }[]; entries: { id: string }[] } }>(reviewer, QUEUE, { projectId: project.id });
    expect(all.errors).toBeUndefined();
    expect(all.data?.reviewQueue.entries.map((e) => e.id)).toEqual([dispute, gold, unsureHigh, unsureLow, spot]);
    expect(all.data?.reviewQueue.total).toBe(5);
    expect(all.data?.reviewQueue.counts.find((c) => c.reason === "MODEL_UNSURE")?.open).toBe(2);

    const unsure = await execute<{ reviewQueue: { total: number; entries: { id: string }[] } }>(reviewer, QUEUE, { projectId: project.id, reason: "MODEL_UNSURE" });
    expect(unsure.data?.reviewQueue.entries.map((e) => e.id)).toEqual([unsureHigh, unsureLow]);
    const claimed = await execute<{ claimNextReview: { id: string } }>(reviewer, CLAIM, { projectId: project.id, reason: "MODEL_UNSURE" });
    expect(claimed.data?.claimNextReview.id).toBe(unsureHigh);
    const next = await execute<{ claimNextReview: { id: string } }>(reviewer2, CLAIM, { projectId: project.id });
    expect(next.data?.claimNextReview.id).toBe(dispute);
    const after = await execute<{ reviewQueue: { myClaim: { id: string } | null; counts: { reason: string; claimed: number }[] } }>(reviewer, QUEUE, { projectId: project.id });
    expect(after.data?.reviewQueue.myClaim?.id).toBe(unsureHigh);
    expect(after.data?.reviewQueue.counts.find((c) => c.reason === "DISAGREEMENT")?.claimed).toBe(1);
  });
});

describe("deciding exactly once", () => {
  it("records one Review, one approval and one audit entry when two managers decide at once", async () => {
    const { painting, entry } = await disputed();
    const decide = (m: Viewer, key: string) =>
      resolveReview(wide, { reviewer: m, input: { entryId: entry.id, decision: "APPROVE", finalLabelKey: key, reasonCode: "BRUSHWORK" } });
    const results = await Promise.allSettled([decide(manager, "HUMAN"), decide(manager2, "AI")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "review/already_resolved" });
    expect(await db.review.count({ where: { entryId: entry.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: painting.id, action: "review.resolve" } })).toBe(1);
    const review = await db.review.findUniqueOrThrow({ where: { entryId: entry.id } });
    const approved = await db.painting.findUniqueOrThrow({ where: { id: painting.id } });
    expect(approved).toMatchObject({ status: "APPROVED", approvedLabelId: review.finalLabelId });
  });

  it("lets a double-submitted decision through once and answers the second with review/already_resolved", async () => {
    const { project, entry } = await disputed();
    await claimNextReview(db, { projectId: project.id, reviewerId: reviewer.id });
    const input = { entryId: entry.id, decision: "APPROVE", finalLabelKey: "AI", reasonCode: "ARTIFACTS_HANDS_TEXT" };
    const [a, b] = await Promise.all([execute(reviewer, RESOLVE, { input }), execute(reviewer, RESOLVE, { input })]);
    expect([errorCodes(a), errorCodes(b)].sort()).toEqual([[], ["review/already_resolved"]]);
    expect(await db.review.count({ where: { entryId: entry.id } })).toBe(1);
  });
});

describe("who may call what", () => {
  it("refuses an annotator with FORBIDDEN and a visitor with UNAUTHENTICATED, writing nothing", async () => {
    const { project, entry } = await disputed();
    const input = { entryId: entry.id, decision: "APPROVE", finalLabelKey: "HUMAN", reasonCode: "OTHER" };
    expect(errorCodes(await execute(annotator, RESOLVE, { input }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await execute(annotator, CLAIM, { projectId: project.id }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await execute(annotator, QUEUE, { projectId: project.id }))).toEqual(["FORBIDDEN"]);
    const visitor = await execute(null, RESOLVE, { input });
    expect(errorCodes(visitor)).toEqual(["UNAUTHENTICATED"]);
    expect(visitor.data).toBeNull();
    expect(await db.review.count({ where: { entryId: entry.id } })).toBe(0);
    expect((await db.reviewQueueEntry.findUniqueOrThrow({ where: { id: entry.id } })).claimedById).toBeNull();
  });

  it("answers an unknown entry id with review/not_found", async () => {
    const input = { entryId: "no-such-entry", decision: "RELABEL", reasonCode: "OTHER" };
    expect(errorCodes(await execute(reviewer, RESOLVE, { input }))).toEqual(["review/not_found"]);
    expect(errorCodes(await execute(reviewer, `query { reviewItem(entryId: "no-such-entry") { canDecide } }`))).toEqual(["review/not_found"]);
    expect(errorCodes(await execute(reviewer, `mutation { releaseReviewClaim(entryId: "no-such-entry") { id } }`))).toEqual(["review/not_found"]);
  });

  it("needs the reviewer's own live claim; a manager may decide an unclaimed entry", async () => {
    const { project, painting, entry } = await disputed();
    const input = { entryId: entry.id, decision: "APPROVE", finalLabelKey: "HUMAN", reasonCode: "OTHER" };
    expect(errorCodes(await execute(reviewer, RESOLVE, { input }))).toEqual(["review/not_claimed"]);
    await claimNextReview(db, { projectId: project.id, reviewerId: reviewer.id });
    expect(errorCodes(await execute(reviewer2, RESOLVE, { input }))).toEqual(["review/claimed_by_other"]);
    expect(errorCodes(await execute(manager, RESOLVE, { input }))).toEqual(["review/claimed_by_other"]);
    await expireReviewClaims(db, painting.id);
    expect(errorCodes(await execute(reviewer, RESOLVE, { input }))).toEqual(["claim/expired"]);
    expect(errorCodes(await execute(manager, RESOLVE, { input }))).toEqual([]);
  });

  it("explains a decision without a label instead of failing", async () => {
    const { entry } = await disputed();
    const result = await execute(manager, RESOLVE, { input: { entryId: entry.id, decision: "APPROVE", reasonCode: "OTHER" } });
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors?.[0]?.message).toMatch(/finalLabelKey/);
    const unknown = await execute(manager, RESOLVE, { input: { entryId: entry.id, decision: "APPROVE", finalLabelKey: "MAYBE", reasonCode: "OTHER" } });
    expect(errorCodes(unknown)).toEqual(["label/invalid_class"]);
  });
});

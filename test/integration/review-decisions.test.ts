// What a review decision does: approve a label, send a painting back, confirm or correct gold;
// and what a reviewer sees before deciding.
import { print } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { ClaimNextReviewDocument, ReviewItemDocument, ReviewQueueDocument } from "@/app/graphql/generated";
import type { Viewer } from "@/server/auth/viewer";
import { claimNextReview } from "@/server/services/review/claim-next-review";
import { createTestUser, resetDatabase, testDb } from "./helpers/database";
import { addEveryWorker } from "./helpers/project-members";
import { asViewer, errorCodes, execute } from "./helpers/graphql";
import { openEntry, paintingWithLabels, reviewProject } from "./helpers/review-scenario";

const db = testDb();
const RESOLVE = `mutation($input: ResolveReviewInput!) { resolveReview(input: $input) { closedEntries review { decision round reasonCode comment finalLabel { key } reviewer { id } } painting { status approvedLabel { key } } entry { status claimedBy { id } review { id } } } }`;
const ITEM = `query($entryId: ID!) {
  reviewItem(entryId: $entryId) {
    canDecide openReasons goldLabel { key } labelClasses { key }
    entry { reason claimedBy { id } }
    annotations { annotator { name } label { key } confidence note round }
    prediction { modelVersion predictedKey probabilities { labelKey probability label { key } } }
    previousReviews { decision reason finalLabel { key } }
    painting { id nearDuplicates { distance painting { id } } history { kind } }
  }
}`;

let ada: Viewer, ben: Viewer, cy: Viewer, reviewer: Viewer, manager: Viewer;

beforeAll(async () => {
  await resetDatabase();
  const make = (role: "ANNOTATOR" | "REVIEWER" | "MANAGER", name: string) => createTestUser(db, role, { name }).then(asViewer);
  [ada, ben, cy, reviewer, manager] = await Promise.all([make("ANNOTATOR", "Ada"), make("ANNOTATOR", "Ben"), make("ANNOTATOR", "Cy"), make("REVIEWER", "Rita"), make("MANAGER", "Max")]);
});

async function claimedDispute() {
  const project = await reviewProject(db);
  const painting = await paintingWithLabels(db, project.id, [
    { annotatorId: ada.id, labelClassId: project.humanId, confidence: 4, note: "visible brushwork" },
    { annotatorId: ben.id, labelClassId: project.aiId, confidence: 2, note: "hands look odd" },
  ]);
  const entry = await openEntry(db, { projectId: project.id, paintingId: painting.id, reason: "DISAGREEMENT" });
  const unsure = await openEntry(db, { projectId: project.id, paintingId: painting.id, reason: "MODEL_UNSURE", score: 0.7 });
  await claimNextReview(db, { projectId: project.id, reviewerId: reviewer.id });
  return { project, painting, entry, unsure };
}

describe("decisions", () => {
  it("approves the final label, closes the painting's other open entries and writes the audit log", async () => {
    const { painting, entry, unsure } = await claimedDispute();
    const input = { entryId: entry.id, decision: "APPROVE", finalLabelKey: "human", reasonCode: "BRUSHWORK", comment: "  impasto under raking light " };
    const result = await execute<{ resolveReview: Record<string, unknown> }>(reviewer, RESOLVE, { input });
    expect(result.errors).toBeUndefined();
    expect(result.data?.resolveReview).toMatchObject({
      closedEntries: 2,
      review: { decision: "APPROVE", round: 0, reasonCode: "BRUSHWORK", comment: "impasto under raking light", finalLabel: { key: "HUMAN" }, reviewer: { id: reviewer.id } },
      painting: { status: "APPROVED", approvedLabel: { key: "HUMAN" } },
      entry: { status: "RESOLVED", claimedBy: null },
    });
    const sibling = await db.reviewQueueEntry.findUniqueOrThrow({ where: { id: unsure.id }, include: { review: true } });
    expect(sibling).toMatchObject({ status: "RESOLVED", claimedById: null, review: null });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: painting.id, action: "review.resolve" } });
    expect(audit).toMatchObject({ actorId: reviewer.id, data: expect.objectContaining({ entryId: entry.id, decision: "APPROVE", closedEntryIds: [unsure.id] }) });
  });

  it("sends a painting back for relabeling: a new round, old labels kept", async () => {
    const { project, painting, entry } = await claimedDispute();
    const result = await execute(reviewer, RESOLVE, { input: { entryId: entry.id, decision: "RELABEL", reasonCode: "ANNOTATOR_ERROR" } });
    expect(result.errors).toBeUndefined();
    const after = await db.painting.findUniqueOrThrow({ where: { id: painting.id } });
    expect(after).toMatchObject({ labelRound: 1, status: "UNLABELED", approvedLabelId: null, approvedAt: null });
    expect(await db.annotation.count({ where: { paintingId: painting.id, round: 0 } })).toBe(2);
    expect(await db.review.findUniqueOrThrow({ where: { entryId: entry.id } })).toMatchObject({ decision: "RELABEL", round: 0, finalLabelId: null });
    // A later entry on the painting shows the new round's labels only, and the earlier verdict.
    await db.annotation.create({ data: { paintingId: painting.id, annotatorId: cy.id, labelClassId: project.aiId, round: 1 } });
    const next = await openEntry(db, { projectId: project.id, paintingId: painting.id, reason: "SPOT_CHECK" });
    const item = await execute<{ reviewItem: { annotations: { annotator: { name: string }; round: number }[]; previousReviews: { decision: string; reason: string }[] } }>(reviewer, ITEM, { entryId: next.id });
    expect(item.data?.reviewItem.annotations).toEqual([expect.objectContaining({ annotator: { name: "Cy" }, round: 1 })]);
    expect(item.data?.reviewItem.previousReviews).toEqual([expect.objectContaining({ decision: "RELABEL", reason: "DISAGREEMENT" })]);
  });

  it("lets a reviewer confirm a gold label, and only a manager change it", async () => {
    const project = await reviewProject(db);
    const gold = await paintingWithLabels(db, project.id, [{ annotatorId: ada.id, labelClassId: project.aiId }], {
      isGold: true, goldLabelId: project.humanId, status: "APPROVED", approvedLabelId: project.humanId,
    });
    const entry = await openEntry(db, { projectId: project.id, paintingId: gold.id, reason: "GOLD_FAILED" });
    await claimNextReview(db, { projectId: project.id, reviewerId: reviewer.id });
    const item = await execute<{ reviewItem: { goldLabel: { key: string } } }>(reviewer, ITEM, { entryId: entry.id });
    expect(item.data?.reviewItem.goldLabel).toEqual({ key: "HUMAN" });
    const decide = (viewer: Viewer, decision: string, finalLabelKey?: string) =>
      execute(viewer, RESOLVE, { input: { entryId: entry.id, decision, finalLabelKey, reasonCode: "PROVENANCE_KNOWN" } });
    expect(errorCodes(await decide(reviewer, "RELABEL"))).toEqual(["review/invalid_decision"]);
    expect(errorCodes(await decide(reviewer, "APPROVE", "AI"))).toEqual(["FORBIDDEN"]);
    expect(await db.review.count({ where: { entryId: entry.id } })).toBe(0);
    await db.reviewQueueEntry.update({ where: { id: entry.id }, data: { claimedById: null, claimExpiresAt: null } });
    expect(errorCodes(await decide(manager, "APPROVE", "AI"))).toEqual([]);
    expect(await db.painting.findUniqueOrThrow({ where: { id: gold.id } })).toMatchObject({ goldLabelId: project.aiId, approvedLabelId: project.aiId, status: "APPROVED" });
    expect(await db.auditLog.count({ where: { entityId: gold.id, action: "painting.gold_label_change", actorId: manager.id } })).toBe(1);
  });

  it("confirms a gold label when a reviewer picks it", async () => {
    const project = await reviewProject(db);
    const gold = await paintingWithLabels(db, project.id, [{ annotatorId: ada.id, labelClassId: project.aiId }], {
      isGold: true, goldLabelId: project.humanId, status: "APPROVED", approvedLabelId: project.humanId,
    });
    const entry = await openEntry(db, { projectId: project.id, paintingId: gold.id, reason: "GOLD_FAILED" });
    await claimNextReview(db, { projectId: project.id, reviewerId: reviewer.id });
    const result = await execute(reviewer, RESOLVE, { input: { entryId: entry.id, decision: "APPROVE", finalLabelKey: "HUMAN", reasonCode: "ANNOTATOR_ERROR" } });
    expect(result.errors).toBeUndefined();
    expect(await db.painting.findUniqueOrThrow({ where: { id: gold.id } })).toMatchObject({ goldLabelId: project.humanId, approvedLabelId: project.humanId });
  });
});

describe("what a reviewer sees", () => {
  it("shows every label with note and confidence, the latest prediction, near-duplicates and earlier reviews", async () => {
    const { project, painting, entry } = await claimedDispute();
    const twin = await paintingWithLabels(db, project.id, [], { status: "UNLABELED" });
    await db.nearDuplicate.create({ data: { paintingAId: twin.id, paintingBId: painting.id, distance: 3 } });
    const run = await db.trainingRun.create({ data: { projectId: project.id, config: {}, preset: "tiny", seed: 1, status: "SUCCEEDED" } });
    const model = await db.modelVersion.create({ data: { projectId: project.id, runId: run.id, version: 2, artifactKey: "m", classKeys: ["HUMAN", "AI"], inputSize: 64, preset: "tiny" } });
    await db.prediction.create({ data: { paintingId: painting.id, modelVersionId: model.id, probabilities: { AI: 0.58, HUMAN: 0.42 }, predictedKey: "AI", confidence: 0.58, uncertainty: 0.42 } });

    const result = await execute<{ reviewItem: Record<string, unknown> }>(reviewer, ITEM, { entryId: entry.id });
    expect(result.errors).toBeUndefined();
    expect(result.data?.reviewItem).toMatchObject({
      canDecide: true,
      openReasons: ["DISAGREEMENT", "MODEL_UNSURE"],
      goldLabel: null,
      labelClasses: [{ key: "HUMAN" }, { key: "AI" }],
      annotations: [
        { annotator: { name: "Ada" }, label: { key: "HUMAN" }, confidence: 4, note: "visible brushwork", round: 0 },
        { annotator: { name: "Ben" }, label: { key: "AI" }, confidence: 2, note: "hands look odd", round: 0 },
      ],
      prediction: { modelVersion: 2, predictedKey: "AI", probabilities: [{ labelKey: "HUMAN", probability: 0.42, label: { key: "HUMAN" } }, { labelKey: "AI", probability: 0.58, label: { key: "AI" } }] },
      previousReviews: [],
      painting: { nearDuplicates: [{ distance: 3, painting: { id: twin.id } }] },
    });
    const other = await createTestUser(db, "REVIEWER").then(asViewer);
    await addEveryWorker(db, project.id);
    const theirs = await execute<{ reviewItem: { canDecide: boolean } }>(other, ITEM, { entryId: entry.id });
    expect(theirs.data?.reviewItem.canDecide).toBe(false);
  });

  it("shows annotators the verdict on disputes they took part in, and nothing else", async () => {
    const { painting, entry } = await claimedDispute();
    await execute(reviewer, RESOLVE, { input: { entryId: entry.id, decision: "APPROVE", finalLabelKey: "AI", reasonCode: "ARTIFACTS_HANDS_TEXT" } });
    const REVIEWS = `query($id: ID!) { painting(id: $id) { reviews { decision finalLabel { key } comment reviewer { name } } } }`;
    const mine = await execute<{ painting: { reviews: unknown[] } }>(ada, REVIEWS, { id: painting.id });
    expect(mine.data?.painting.reviews).toEqual([{ decision: "APPROVE", finalLabel: { key: "AI" }, comment: null, reviewer: { name: "Rita" } }]);
    const notMine = await execute<{ painting: { reviews: unknown[] } }>(cy, REVIEWS, { id: painting.id });
    expect(notMine.data?.painting.reviews).toEqual([]);
  });

  it("releases a claim back to the queue", async () => {
    const { project, entry } = await claimedDispute();
    const other = await createTestUser(db, "REVIEWER");
    const released = await execute<{ releaseReviewClaim: { claimedBy: null } }>(reviewer, `mutation($id: ID!) { releaseReviewClaim(entryId: $id) { claimedBy { id } } }`, { id: entry.id });
    expect(released.data?.releaseReviewClaim.claimedBy).toBeNull();
    expect((await claimNextReview(db, { projectId: project.id, reviewerId: other.id }))?.id).toBe(entry.id);
    const refused = await execute(reviewer, `mutation($id: ID!) { releaseReviewClaim(entryId: $id) { id } }`, { id: entry.id });
    expect(errorCodes(refused)).toEqual(["review/claimed_by_other"]);
  });

  it("answers the review pages' own operations within the server's query limits", async () => {
    const { project, entry } = await claimedDispute();
    const queue = await execute(reviewer, print(ReviewQueueDocument), { projectId: project.id });
    const item = await execute(reviewer, print(ReviewItemDocument), { entryId: entry.id });
    const claim = await execute<{ claimNextReview: { id: string } }>(reviewer, print(ClaimNextReviewDocument), { projectId: project.id });
    expect([queue.errors, item.errors, claim.errors]).toEqual([undefined, undefined, undefined]);
    expect(claim.data?.claimNextReview.id).toBe(entry.id); // the painting already held comes back
  });
});

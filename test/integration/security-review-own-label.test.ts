// Nobody reviews a painting they labeled themselves: the queue does not serve it to them and a
// decision on it is refused, for reviewers, managers and admins alike.
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/server/auth/viewer";
import { claimNextReview } from "@/server/services/review/claim-next-review";
import { getReviewItem } from "@/server/services/review/get-review-item";
import { resolveReview } from "@/server/services/review/resolve-review";
import { createTestUser, resetDatabase, testDb } from "./helpers/database";
import { asViewer } from "./helpers/graphql";
import { openEntry, paintingWithLabels, reviewProject } from "./helpers/review-scenario";

const db = testDb();
let ada: Viewer, reviewer: Viewer, other: Viewer, manager: Viewer;

beforeAll(async () => {
  await resetDatabase();
  [ada, reviewer, other, manager] = (await Promise.all([
    createTestUser(db, "ANNOTATOR"), createTestUser(db, "REVIEWER"), createTestUser(db, "REVIEWER"), createTestUser(db, "MANAGER"),
  ])).map(asViewer);
});

/** A dispute between Ada and `labeler`, who also reviews. */
async function disputeWith(labeler: Viewer) {
  const project = await reviewProject(db);
  const painting = await paintingWithLabels(db, project.id, [
    { annotatorId: ada.id, labelClassId: project.humanId },
    { annotatorId: labeler.id, labelClassId: project.aiId },
  ]);
  const entry = await openEntry(db, { projectId: project.id, paintingId: painting.id, reason: "DISAGREEMENT" });
  return { project, painting, entry };
}

const approve = (entryId: string, finalLabelKey = "AI") => ({ entryId, decision: "APPROVE" as const, finalLabelKey, reasonCode: "OTHER" as const });

describe("reviewing one's own label", () => {
  it("is never served from the queue, while another reviewer gets it", async () => {
    const { project, entry } = await disputeWith(reviewer);
    expect(await claimNextReview(db, { projectId: project.id, reviewerId: reviewer.id })).toBeNull();
    expect((await claimNextReview(db, { projectId: project.id, reviewerId: other.id }))?.id).toBe(entry.id);
  });

  it("is refused when a manager decides a dispute over their own label without claiming", async () => {
    const { entry } = await disputeWith(manager);
    await expect(resolveReview(db, { reviewer: manager, input: approve(entry.id) })).rejects.toMatchObject({ code: "review/own_label" });
    expect((await db.reviewQueueEntry.findUniqueOrThrow({ where: { id: entry.id } })).status).toBe("OPEN");
    expect((await getReviewItem(db, { entryId: entry.id, viewer: manager })).canDecide).toBe(false);
  });

  it("is refused even with a claim taken while the label was not yet there", async () => {
    const { project, painting, entry } = await disputeWith(other);
    const claimed = await claimNextReview(db, { projectId: project.id, reviewerId: reviewer.id });
    expect(claimed?.id).toBe(entry.id);
    // The reviewer's label from an earlier round of the same painting.
    await db.annotation.create({ data: { paintingId: painting.id, annotatorId: reviewer.id, labelClassId: project.aiId, round: painting.labelRound - 1 } });
    await expect(resolveReview(db, { reviewer, input: approve(entry.id) })).rejects.toMatchObject({ code: "review/own_label" });
  });

  it("still lets an uninvolved reviewer decide", async () => {
    const { project, entry } = await disputeWith(other);
    await claimNextReview(db, { projectId: project.id, reviewerId: reviewer.id });
    const result = await resolveReview(db, { reviewer, input: approve(entry.id) });
    expect(result.entry.status).toBe("RESOLVED");
  });
});

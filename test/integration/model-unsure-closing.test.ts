// A painting the model was unsure of, settled by annotators' consensus before any reviewer got to
// it, leaves the review queue; what consensus does not answer (spot checks, failed gold, model
// contradictions) stays, and so does an entry a reviewer already holds.
import { beforeAll, describe, expect, it } from "vitest";
import { submitAnnotation } from "@/server/services/labeling/submit-annotation";
import { enqueueReview } from "@/server/services/review-queue/enqueue-review";
import { createTestUser, resetDatabase, testDb } from "./helpers/database";
import { annotators, claimFor, labelingProject, seedPaintings } from "./helpers/labeling-scenario";

const db = testDb();

beforeAll(() => resetDatabase());

async function label(userId: string, paintingId: string, labelKey: string) {
  await claimFor(db, paintingId, userId);
  return submitAnnotation(db, { userId, input: { paintingId, labelKey, durationMs: 900 } });
}

const entries = (paintingId: string) =>
  db.reviewQueueEntry.findMany({ where: { paintingId } }).then((rows) => rows.map((row) => [row.reason, row.status]).sort());

describe("MODEL_UNSURE entries and consensus", () => {
  it("closes the painting's open MODEL_UNSURE entry when annotators agree, and keeps the others", async () => {
    const project = await labelingProject(db, { labelsPerItem: 2 });
    const [painting, other] = await seedPaintings(db, project.id, 2);
    for (const paintingId of [painting, other]) await enqueueReview(db, { projectId: project.id, paintingId, reason: "MODEL_UNSURE", score: 0.4, uncertainty: 0.4 });
    await enqueueReview(db, { projectId: project.id, paintingId: painting, reason: "MODEL_DISAGREES", score: 0.9 });
    const [ada, ben] = await annotators(db, 2);
    await label(ada.id, painting, "HUMAN");
    expect(await entries(painting)).toEqual([["MODEL_DISAGREES", "OPEN"], ["MODEL_UNSURE", "OPEN"]]);
    await label(ben.id, painting, "HUMAN");
    expect((await db.painting.findUniqueOrThrow({ where: { id: painting } })).status).toBe("APPROVED");
    expect(await entries(painting)).toEqual([["MODEL_DISAGREES", "OPEN"], ["MODEL_UNSURE", "DISMISSED"]]);
    const closed = await db.reviewQueueEntry.findFirstOrThrow({ where: { paintingId: painting, reason: "MODEL_UNSURE" } });
    expect(closed.resolvedAt).toBeInstanceOf(Date);
    expect(await db.auditLog.count({ where: { entityId: painting, action: "painting.model_unsure_closed" } })).toBe(1);
    // Another painting's entry is untouched.
    expect(await entries(other)).toEqual([["MODEL_UNSURE", "OPEN"]]);
  });

  it("keeps the entry open when the labels disagree: the painting is not settled", async () => {
    const project = await labelingProject(db, { labelsPerItem: 2 });
    const [painting] = await seedPaintings(db, project.id, 1);
    await enqueueReview(db, { projectId: project.id, paintingId: painting, reason: "MODEL_UNSURE", score: 0.4 });
    const [ada, ben] = await annotators(db, 2);
    await label(ada.id, painting, "HUMAN");
    await label(ben.id, painting, "AI");
    expect(await entries(painting)).toEqual([["DISAGREEMENT", "OPEN"], ["MODEL_UNSURE", "OPEN"]]);
  });

  it("leaves the spot check that the same approval draws, and an entry a reviewer holds", async () => {
    const project = await labelingProject(db, { labelsPerItem: 1, spotCheckRate: 1 });
    const [spot, held] = await seedPaintings(db, project.id, 2);
    for (const paintingId of [spot, held]) await enqueueReview(db, { projectId: project.id, paintingId, reason: "MODEL_UNSURE", score: 0.4 });
    const reviewer = await createTestUser(db, "REVIEWER");
    await db.reviewQueueEntry.updateMany({
      where: { paintingId: held }, data: { claimedById: reviewer.id, claimExpiresAt: new Date(Date.now() + 600_000) },
    });
    const [ada] = await annotators(db, 1);
    await label(ada.id, spot, "AI");
    expect(await entries(spot)).toEqual([["MODEL_UNSURE", "DISMISSED"], ["SPOT_CHECK", "OPEN"]]);
    await label(ada.id, held, "AI");
    expect(await entries(held)).toEqual([["MODEL_UNSURE", "OPEN"], ["SPOT_CHECK", "OPEN"]]);
  });
});

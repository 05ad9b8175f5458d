// What submitted labels decide: consensus, disputes, spot checks, and the refusals that keep labels
// honest (no claim, wrong class, changing one's mind without undo).
import { beforeAll, describe, expect, it } from "vitest";
import { submitAnnotation } from "@/server/services/labeling/submit-annotation";
import { resetDatabase, testDb } from "./helpers/database";
import { annotators, claimFor, labelingProject, seedPaintings } from "./helpers/labeling-scenario";

const db = testDb();

beforeAll(() => resetDatabase());

async function label(userId: string, paintingId: string, labelKey: string, extra: { confidence?: number; note?: string } = {}) {
  await claimFor(db, paintingId, userId);
  return submitAnnotation(db, { userId, input: { paintingId, labelKey, durationMs: 1200, ...extra } });
}

describe("overlap and consensus", () => {
  it("approves a painting when its two labels agree, with an audit entry", async () => {
    const project = await labelingProject(db, { labelsPerItem: 2 });
    const [painting] = await seedPaintings(db, project.id, 1);
    const [ada, ben] = await annotators(db, 2);
    const first = await label(ada.id, painting, "human", { confidence: 4, note: "visible underdrawing" });
    expect(first.painting.status).toBe("ANNOTATING");
    expect(first.annotation).toMatchObject({ confidence: 4, note: "visible underdrawing", durationMs: 1200, suggestionShown: false });
    await label(ben.id, painting, "HUMAN");
    const approved = await db.painting.findUniqueOrThrow({ where: { id: painting } });
    expect(approved).toMatchObject({ status: "APPROVED", approvedLabelId: project.humanId });
    expect(approved.approvedAt).toBeInstanceOf(Date);
    expect(await db.auditLog.count({ where: { entityId: painting, action: "painting.approve" } })).toBe(1);
    expect(await db.itemClaim.count({ where: { paintingId: painting } })).toBe(0);
    expect(await db.reviewQueueEntry.count({ where: { paintingId: painting } })).toBe(0);
  });

  it("waits for the third label when the project asks for three", async () => {
    const project = await labelingProject(db, { labelsPerItem: 3 });
    const [painting] = await seedPaintings(db, project.id, 1);
    const [ada, ben, cy] = await annotators(db, 3);
    await label(ada.id, painting, "AI");
    expect((await label(ben.id, painting, "AI")).painting.status).toBe("ANNOTATING");
    expect((await label(cy.id, painting, "AI")).painting).toMatchObject({ status: "APPROVED", approvedLabelId: project.aiId });
  });

  it("sends disagreeing labels to review exactly once, as DISAGREEMENT", async () => {
    const project = await labelingProject(db, { labelsPerItem: 3 });
    const [painting] = await seedPaintings(db, project.id, 1);
    const [ada, ben, cy] = await annotators(db, 3);
    await label(ada.id, painting, "AI");
    await label(ben.id, painting, "AI");
    expect((await label(cy.id, painting, "HUMAN")).painting).toMatchObject({ status: "DISPUTED", approvedLabelId: null });
    const entries = await db.reviewQueueEntry.findMany({ where: { paintingId: painting } });
    expect(entries.map((entry) => [entry.reason, entry.status])).toEqual([["DISAGREEMENT", "OPEN"]]);
  });

  it("spot-checks approvals at the project's rate", async () => {
    for (const [spotCheckRate, expected] of [[1, 1], [0, 0]] as const) {
      const project = await labelingProject(db, { labelsPerItem: 1, spotCheckRate });
      const [painting] = await seedPaintings(db, project.id, 1);
      const [ada] = await annotators(db, 1);
      await label(ada.id, painting, "HUMAN");
      expect(await db.reviewQueueEntry.count({ where: { paintingId: painting, reason: "SPOT_CHECK" } })).toBe(expected);
    }
  });
});

describe("submitting safely", () => {
  it("treats the same decision submitted twice, even at once, as one label", async () => {
    const project = await labelingProject(db, { labelsPerItem: 2 });
    const [painting] = await seedPaintings(db, project.id, 1);
    const [ada] = await annotators(db, 1);
    await claimFor(db, painting, ada.id);
    const input = { paintingId: painting, labelKey: "AI" };
    const both = await Promise.all([submitAnnotation(db, { userId: ada.id, input }), submitAnnotation(db, { userId: ada.id, input })]);
    expect(both.map((result) => result.duplicate).sort()).toEqual([false, true]);
    expect(both[0].annotation.id).toBe(both[1].annotation.id);
    const again = await submitAnnotation(db, { userId: ada.id, input });
    expect(again.duplicate).toBe(true);
    expect(await db.annotation.count({ where: { paintingId: painting } })).toBe(1);
  });

  it("refuses a different label for a painting already labeled", async () => {
    const project = await labelingProject(db);
    const [painting] = await seedPaintings(db, project.id, 1);
    const [ada] = await annotators(db, 1);
    await label(ada.id, painting, "AI");
    const change = submitAnnotation(db, { userId: ada.id, input: { paintingId: painting, labelKey: "HUMAN" } });
    await expect(change).rejects.toMatchObject({ code: "label/already_submitted" });
  });

  it("refuses a label without a claim, for a class of another project, or for an unknown painting", async () => {
    const project = await labelingProject(db);
    const [painting] = await seedPaintings(db, project.id, 1);
    const [ada, ben] = await annotators(db, 2);
    const submit = (userId: string, paintingId: string, labelKey: string) => submitAnnotation(db, { userId, input: { paintingId, labelKey } });
    await expect(submit(ada.id, painting, "HUMAN")).rejects.toMatchObject({ code: "label/not_claimed" });
    await claimFor(db, painting, ben.id);
    await expect(submit(ada.id, painting, "HUMAN")).rejects.toMatchObject({ code: "label/not_claimed" });
    await expect(submit(ben.id, painting, "SCULPTURE")).rejects.toMatchObject({ code: "label/invalid_class" });
    await expect(submit(ben.id, "no-such-painting", "HUMAN")).rejects.toMatchObject({ code: "painting/not_found" });
    const tooLong = submitAnnotation(db, { userId: ben.id, input: { paintingId: painting, labelKey: "HUMAN", note: "x".repeat(2001) } });
    await expect(tooLong).rejects.toThrow(/at most 2000/);
    const badConfidence = submitAnnotation(db, { userId: ben.id, input: { paintingId: painting, labelKey: "HUMAN", confidence: 6 } });
    await expect(badConfidence).rejects.toThrow(/1 to 5/);
    expect(await db.annotation.count({ where: { paintingId: painting } })).toBe(0);
  });
});

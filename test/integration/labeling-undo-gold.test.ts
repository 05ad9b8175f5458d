// Undo rules, and gold paintings: mixed into queues at the project's rate, scored against their
// known label, never changed by the answers.
import { beforeAll, describe, expect, it } from "vitest";
import { claimNextPainting } from "@/server/services/labeling/claim-next-painting";
import { submitAnnotation } from "@/server/services/labeling/submit-annotation";
import { undoLastAnnotation } from "@/server/services/labeling/undo-last-annotation";
import { resetDatabase, testDb } from "./helpers/database";
import { annotators, claimFor, labelingProject, seedPaintings, servingOrderFor } from "./helpers/labeling-scenario";

const db = testDb();

beforeAll(() => resetDatabase());

async function label(userId: string, paintingId: string, labelKey: string) {
  await claimFor(db, paintingId, userId);
  return submitAnnotation(db, { userId, input: { paintingId, labelKey } });
}

describe("undo", () => {
  it("takes back a label on an undecided painting and hands the painting back, claimed", async () => {
    const project = await labelingProject(db, { labelsPerItem: 2 });
    const [painting, other] = await seedPaintings(db, project.id, 2);
    const [ada] = await annotators(db, 1);
    await label(ada.id, painting, "AI");
    await claimFor(db, other, ada.id); // a prefetched painting, released by the undo
    const undone = await undoLastAnnotation(db, { projectId: project.id, userId: ada.id });
    expect(undone.labelClassId).toBe(project.aiId);
    expect(await db.annotation.count({ where: { paintingId: painting } })).toBe(0);
    expect(await db.painting.findUniqueOrThrow({ where: { id: painting } })).toMatchObject({ status: "UNLABELED" });
    expect(await db.itemClaim.findMany({ where: { userId: ada.id }, select: { paintingId: true } })).toEqual([{ paintingId: painting }]);
    expect((await claimNextPainting(db, { projectId: project.id, userId: ada.id }))?.painting.id).toBe(painting);
    expect((await label(ada.id, painting, "HUMAN")).annotation.labelClassId).toBe(project.humanId);
  });

  it("refuses once consensus has decided, when nothing is left to undo, and while someone else holds the painting", async () => {
    const project = await labelingProject(db, { labelsPerItem: 2 });
    const [decided, open] = await seedPaintings(db, project.id, 2);
    const [ada, ben, cy] = await annotators(db, 3);
    await expect(undoLastAnnotation(db, { projectId: project.id, userId: ada.id })).rejects.toMatchObject({ code: "label/nothing_to_undo" });
    await label(ada.id, decided, "AI");
    await label(ben.id, decided, "HUMAN");
    await expect(undoLastAnnotation(db, { projectId: project.id, userId: ben.id })).rejects.toMatchObject({ code: "label/undo_too_late" });
    expect(await db.annotation.count({ where: { paintingId: decided } })).toBe(2);
    await label(ada.id, open, "AI");
    await claimFor(db, open, cy.id);
    await expect(undoLastAnnotation(db, { projectId: project.id, userId: ada.id })).rejects.toMatchObject({ code: "claim/taken" });
    expect(await db.annotation.count({ where: { paintingId: open } })).toBe(1);
    await expect(undoLastAnnotation(db, { projectId: "nope", userId: ada.id })).rejects.toMatchObject({ code: "project/not_found" });
  });
});

describe("gold paintings", () => {
  async function goldProject(goldRate: number) {
    const project = await labelingProject(db, { labelsPerItem: 2, goldRate });
    const [gold] = await seedPaintings(db, project.id, 1, {
      isGold: true, goldLabelId: project.humanId, status: "APPROVED", approvedLabelId: project.humanId, approvedAt: new Date(),
    });
    const ordinary = await seedPaintings(db, project.id, 3);
    return { project, gold, ordinary };
  }

  it("serves gold first at rate 1.0, once per annotator, and never at rate 0.0", async () => {
    const always = await goldProject(1);
    const [ada, ben] = await annotators(db, 2);
    const claim = (projectId: string, userId: string) => claimNextPainting(db, { projectId, userId });
    expect((await claim(always.project.id, ada.id))?.painting.id).toBe(always.gold);
    await submitAnnotation(db, { userId: ada.id, input: { paintingId: always.gold, labelKey: "HUMAN" } });
    const adasOrdinary = (await servingOrderFor(db, always.project.id, ada.id)).filter((id) => id !== always.gold);
    expect((await claim(always.project.id, ada.id))?.painting.id).toBe(adasOrdinary[0]);
    expect((await claim(always.project.id, ben.id))?.painting.id).toBe(always.gold);

    const never = await goldProject(0);
    const served: string[] = [];
    for (let i = 0; i < 3; i++) {
      const next = await claim(never.project.id, ada.id);
      served.push(next!.painting.id);
      await submitAnnotation(db, { userId: ada.id, input: { paintingId: next!.painting.id, labelKey: "AI" } });
    }
    expect(served).toEqual((await servingOrderFor(db, never.project.id, ada.id)).filter((id) => id !== never.gold));
    expect(await claim(never.project.id, ada.id)).toBeNull();
  });

  it("never serves gold alone: an annotator with no ordinary work left gets nothing", async () => {
    const { project, ordinary } = await goldProject(1);
    const [ada] = await annotators(db, 1);
    await db.painting.deleteMany({ where: { id: { in: ordinary } } });
    expect(await claimNextPainting(db, { projectId: project.id, userId: ada.id })).toBeNull();
  });

  it("sends a wrong gold answer to review without touching the gold painting", async () => {
    const { project, gold } = await goldProject(1);
    const [ada, ben] = await annotators(db, 2);
    const before = await db.painting.findUniqueOrThrow({ where: { id: gold } });
    await label(ada.id, gold, "HUMAN");
    expect(await db.reviewQueueEntry.count({ where: { paintingId: gold } })).toBe(0);
    await label(ben.id, gold, "AI");
    const entries = await db.reviewQueueEntry.findMany({ where: { paintingId: gold } });
    expect(entries.map((entry) => [entry.reason, entry.status])).toEqual([["GOLD_FAILED", "OPEN"]]);
    expect(await db.auditLog.count({ where: { action: "annotation.gold_failed", actorId: ben.id } })).toBe(1);
    const after = await db.painting.findUniqueOrThrow({ where: { id: gold } });
    expect(after).toEqual(before);
    // Gold answers are final: the wrong one cannot be taken back, and its review entry stays open.
    await expect(undoLastAnnotation(db, { projectId: project.id, userId: ben.id })).rejects.toMatchObject({ code: "label/undo_too_late" });
    expect((await db.reviewQueueEntry.findFirstOrThrow({ where: { paintingId: gold } })).status).toBe("OPEN");
    expect(await db.painting.findUniqueOrThrow({ where: { id: gold } })).toEqual(before);
  });
});

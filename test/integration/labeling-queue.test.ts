// The labeling queue under real concurrency: every claim is its own transaction on a real
// PostgreSQL, many at once through a wide connection pool.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/server/db/generated/client";
import { claimNextPainting } from "@/server/services/labeling/claim-next-painting";
import { getLabelingTask } from "@/server/services/labeling/get-labeling-task";
import { skipPainting } from "@/server/services/labeling/skip-painting";
import { submitAnnotation } from "@/server/services/labeling/submit-annotation";
import { resetDatabase, testDb } from "./helpers/database";
import { annotators, expireClaim, labelingProject, seedPaintings, servingOrderFor } from "./helpers/labeling-scenario";

// One connection per simulated annotator, so the transactions really overlap in the database.
const wide = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 30 }) });
const db = testDb();

beforeAll(() => resetDatabase());
afterAll(() => wide.$disconnect());

describe("claiming under concurrency", () => {
  it("gives 24 simultaneous annotators 24 different paintings, and nothing to the rest", async () => {
    const project = await labelingProject(db, { labelsPerItem: 1 });
    await seedPaintings(db, project.id, 24);
    const people = await annotators(db, 30);
    const claims = await Promise.all(people.map((person) => claimNextPainting(wide, { projectId: project.id, userId: person.id })));
    const ids = claims.filter((claim) => claim !== null).map((claim) => claim.painting.id);
    expect(ids).toHaveLength(24);
    expect(new Set(ids).size).toBe(24);
    expect(claims.filter((claim) => claim === null)).toHaveLength(6);
    expect(await db.itemClaim.count({ where: { painting: { projectId: project.id } } })).toBe(24);
  });

  it("labels every painting exactly labelsPerItem times when 24 annotators work the queue at once", async () => {
    const project = await labelingProject(db, { labelsPerItem: 2 });
    const paintingIds = await seedPaintings(db, project.id, 30);
    const people = await annotators(db, 24);
    const seen = new Map<string, Set<string>>();
    await Promise.all(people.map(async (person, n) => {
      for (;;) {
        const claim = await claimNextPainting(wide, { projectId: project.id, userId: person.id });
        if (!claim) return;
        const holders = seen.get(claim.painting.id) ?? new Set();
        expect(holders.has(person.id)).toBe(false); // never served the same painting twice
        seen.set(claim.painting.id, holders.add(person.id));
        const labelKey = (n + claim.painting.id.charCodeAt(5)) % 3 === 0 ? "AI" : "HUMAN";
        await submitAnnotation(wide, { userId: person.id, input: { paintingId: claim.painting.id, labelKey } });
      }
    }));
    const perPainting = await db.annotation.groupBy({ by: ["paintingId"], where: { paintingId: { in: paintingIds } }, _count: { _all: true } });
    expect(perPainting).toHaveLength(30);
    expect(perPainting.every((group) => group._count._all === 2)).toBe(true);
    const statuses = await db.painting.groupBy({ by: ["status"], where: { projectId: project.id }, _count: { _all: true } });
    const disputed = statuses.find((s) => s.status === "DISPUTED")?._count._all ?? 0;
    const approved = statuses.find((s) => s.status === "APPROVED")?._count._all ?? 0;
    expect(disputed + approved).toBe(30);
    expect(await db.reviewQueueEntry.count({ where: { projectId: project.id, reason: "DISAGREEMENT" } })).toBe(disputed);
    expect(await db.itemClaim.count({ where: { painting: { projectId: project.id } } })).toBe(0);
  });
});

describe("claims that are kept, expire or are passed on", () => {
  it("returns the painting already held when the annotator asks again (a page reload)", async () => {
    const project = await labelingProject(db);
    await seedPaintings(db, project.id, 3);
    const [ada] = await annotators(db, 1);
    const first = await claimNextPainting(db, { projectId: project.id, userId: ada.id });
    const again = await claimNextPainting(db, { projectId: project.id, userId: ada.id });
    expect(again?.painting.id).toBe(first?.painting.id);
    expect(await db.itemClaim.count({ where: { userId: ada.id } })).toBe(1);
  });

  it("hands an abandoned painting to the next annotator once its claim expires, and refuses the late submit", async () => {
    const project = await labelingProject(db, { labelsPerItem: 1 });
    await seedPaintings(db, project.id, 1);
    const [ada, ben, cy] = await annotators(db, 3);
    const adas = await claimNextPainting(db, { projectId: project.id, userId: ada.id });
    expect(await claimNextPainting(db, { projectId: project.id, userId: ben.id })).toBeNull();
    await expireClaim(db, adas!.painting.id);
    const late = submitAnnotation(db, { userId: ada.id, input: { paintingId: adas!.painting.id, labelKey: "HUMAN" } });
    await expect(late).rejects.toMatchObject({ code: "claim/expired" });
    const bens = await claimNextPainting(db, { projectId: project.id, userId: ben.id });
    expect(bens?.painting.id).toBe(adas!.painting.id);
    const stolen = submitAnnotation(db, { userId: ada.id, input: { paintingId: adas!.painting.id, labelKey: "HUMAN" } });
    await expect(stolen).rejects.toMatchObject({ code: "label/not_claimed" });
    expect(await claimNextPainting(db, { projectId: project.id, userId: cy.id })).toBeNull();
  });

  it("finishes paintings that already have labels before starting new ones, then follows the annotator's order", async () => {
    const project = await labelingProject(db, { labelsPerItem: 2 });
    await seedPaintings(db, project.id, 3);
    const [ada, ben] = await annotators(db, 2);
    // The painting Ben would reach last on his own is the one Ada labels, so only "labeled first" can bring it forward.
    const bens = await servingOrderFor(db, project.id, ben.id);
    const labeled = bens[2]!;
    await db.itemClaim.create({ data: { paintingId: labeled, userId: ada.id, expiresAt: new Date(Date.now() + 60_000) } });
    await submitAnnotation(db, { userId: ada.id, input: { paintingId: labeled, labelKey: "AI" } });
    expect((await claimNextPainting(db, { projectId: project.id, userId: ben.id }))?.painting.id).toBe(labeled);
    const adas = (await servingOrderFor(db, project.id, ada.id)).filter((id) => id !== labeled);
    expect((await claimNextPainting(db, { projectId: project.id, userId: ada.id }))?.painting.id).toBe(adas[0]);
  });

  it("does not serve a skipped painting to the skipper again, but does to others", async () => {
    const project = await labelingProject(db);
    await seedPaintings(db, project.id, 2);
    const [ada, ben] = await annotators(db, 2);
    const [first, second] = await servingOrderFor(db, project.id, ada.id);
    expect((await claimNextPainting(db, { projectId: project.id, userId: ada.id }))?.painting.id).toBe(first);
    await skipPainting(db, { paintingId: first, userId: ada.id });
    expect((await claimNextPainting(db, { projectId: project.id, userId: ada.id }))?.painting.id).toBe(second);
    expect((await claimNextPainting(db, { projectId: project.id, userId: ben.id }))?.painting.id).toBe(first);
  });

  it("with prefetch holds the next painting too, and shows it next", async () => {
    const project = await labelingProject(db);
    await seedPaintings(db, project.id, 3);
    const [ada] = await annotators(db, 1);
    const [first, second, third] = await servingOrderFor(db, project.id, ada.id);
    const task = await getLabelingTask(db, { projectId: project.id, userId: ada.id, prefetch: true });
    expect([task?.painting.id, task?.upcoming?.id]).toEqual([first, second]);
    await submitAnnotation(db, { userId: ada.id, input: { paintingId: first, labelKey: "HUMAN" } });
    const next = await getLabelingTask(db, { projectId: project.id, userId: ada.id, prefetch: true });
    expect([next?.painting.id, next?.upcoming?.id]).toEqual([second, third]);
  });
});

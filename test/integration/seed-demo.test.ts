import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import { DEMO_PROJECT_SLUG, seedDemoData } from "@/prisma/seed";
import { DEMO_PAINTING_COUNT } from "@/prisma/seed-paintings";
import { resetDatabase, testDb } from "./helpers/database";
import { tempStorage, type CountingStorage } from "./helpers/painting-files";

const db = testDb();
let storage: CountingStorage;

beforeAll(async () => {
  await resetDatabase();
  storage = tempStorage();
});
afterAll(() => fs.rmSync(storage.root, { recursive: true, force: true }));

describe("demo seed", () => {
  // How long it takes is a bench figure (bench/seed-demo.ts), not an assertion.
  it("imports the demo paintings: some approved, two gold, one near-duplicate pair", async () => {
    await seedDemoData(db, { storage });
    const project = await db.project.findUniqueOrThrow({ where: { slug: DEMO_PROJECT_SLUG } });
    const paintings = await db.painting.findMany({ where: { projectId: project.id } });
    expect(paintings).toHaveLength(DEMO_PAINTING_COUNT);
    expect(paintings.filter((p) => p.status === "APPROVED")).toHaveLength(6);
    expect(paintings.filter((p) => p.isGold)).toHaveLength(2);
    expect(paintings.filter((p) => p.status === "UNLABELED")).toHaveLength(18);
    expect(await db.nearDuplicate.count()).toBeGreaterThanOrEqual(1);
    for (const p of paintings) expect(await storage.exists(p.thumbnailKey)).toBe(true);
  });

  it("hashes each demo account's password separately (no shared salt)", async () => {
    const users = await db.user.findMany({ select: { passwordHash: true } });
    expect(users).toHaveLength(5);
    expect(new Set(users.map((user) => user.passwordHash)).size).toBe(5);
  });

  it("makes the demo annotators and reviewer members of the demo project", async () => {
    const project = await db.project.findUniqueOrThrow({ where: { slug: DEMO_PROJECT_SLUG } });
    const members = await db.projectMember.findMany({ where: { projectId: project.id }, include: { user: true } });
    expect(members.map((m) => m.user.email).sort()).toEqual(["annotator2@example.com", "annotator@example.com", "reviewer@example.com"]);
  });

  it("gives a demo project seeded before memberships existed its members, and keeps a later removal", async () => {
    const project = await db.project.findUniqueOrThrow({ where: { slug: DEMO_PROJECT_SLUG } });
    await db.projectMember.deleteMany({ where: { projectId: project.id } });
    await seedDemoData(db, { storage });
    expect(await db.projectMember.count({ where: { projectId: project.id } })).toBe(3);
    const ben = await db.user.findUniqueOrThrow({ where: { email: "annotator2@example.com" } });
    await db.projectMember.delete({ where: { projectId_userId: { projectId: project.id, userId: ben.id } } });
    await seedDemoData(db, { storage });
    expect(await db.projectMember.count({ where: { projectId: project.id } })).toBe(2);
  });

  it("is idempotent", async () => {
    const writes = storage.puts.length;
    await seedDemoData(db, { storage });
    expect(await db.painting.count()).toBe(DEMO_PAINTING_COUNT);
    expect(await db.user.count()).toBe(5);
    expect(storage.puts.length).toBe(writes);
  });
});

// Demo data for the quick start: one account per role, a project with the default classes and
// demo paintings in it. Idempotent: running it again changes nothing that exists. `npm run
// db:seed` runs it alone.
import { pathToFileURL } from "node:url";
import { createPrismaClient, type Db } from "../server/db/client";
import { hashPassword } from "../server/auth/password";
import type { Role } from "../server/auth/roles";
import { DEFAULT_LABEL_CLASSES } from "../server/services/projects/create-project";
import { getStorage } from "../server/storage/get-storage";
import type { BlobStorage } from "../server/storage/storage";
import { seedDemoPaintings } from "./seed-paintings";

export const DEMO_PASSWORD = "provenance-demo";

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "annotator@example.com", name: "Ada Annotator", role: "ANNOTATOR" },
  { email: "annotator2@example.com", name: "Ben Annotator", role: "ANNOTATOR" },
  { email: "reviewer@example.com", name: "Rita Reviewer", role: "REVIEWER" },
  { email: "manager@example.com", name: "Max Manager", role: "MANAGER" },
  { email: "admin@example.com", name: "Alex Admin", role: "ADMIN" },
];

export const DEMO_PROJECT_SLUG = "demo-paintings";

export async function seedDemoData(db: Db, { storage = getStorage() }: { storage?: BlobStorage } = {}): Promise<void> {
  const existing = new Set((await db.user.findMany({ where: { email: { in: DEMO_USERS.map((u) => u.email) } }, select: { email: true } })).map((u) => u.email));
  const missing = DEMO_USERS.filter((user) => !existing.has(user.email));
  // One hash (and salt) per account: a shared hash would tell anyone who reads one row that the
  // accounts share a password, and cracking it once would open them all. Hashed concurrently
  // (argon2 runs on libuv's threads), so this costs about what one shared hash did.
  const hashes = await Promise.all(missing.map(() => hashPassword(DEMO_PASSWORD)));
  for (const [i, user] of missing.entries()) {
    await db.user.upsert({ where: { email: user.email }, update: {}, create: { ...user, passwordHash: hashes[i]! } });
  }
  const manager = await db.user.findUniqueOrThrow({ where: { email: "manager@example.com" } });
  const project = await db.project.upsert({
    where: { slug: DEMO_PROJECT_SLUG },
    update: {},
    create: {
      slug: DEMO_PROJECT_SLUG,
      name: "Demo: human or AI?",
      description: "Paintings to sort into human-made and AI-generated.",
      createdById: manager.id,
      labelClasses: { create: DEFAULT_LABEL_CLASSES.map((c, position) => ({ ...c, position })) },
    },
  });
  await seedDemoMembers(db, project.id);
  await seedDemoPaintings(db, storage, project.id);
}

/**
 * Annotators and reviewers see only projects they are members of, so the demo accounts join the
 * demo project. Only while it has no members at all: that covers a new database and one seeded
 * before memberships existed, while a manager's later removal of someone is not undone by seeding
 * again. (The migration that introduced memberships made existing people members already.)
 */
async function seedDemoMembers(db: Db, projectId: string): Promise<void> {
  if ((await db.projectMember.count({ where: { projectId } })) > 0) return;
  const workers = await db.user.findMany({
    where: { email: { in: DEMO_USERS.map((u) => u.email) }, role: { in: ["ANNOTATOR", "REVIEWER"] } },
    select: { id: true },
  });
  await db.projectMember.createMany({ data: workers.map((user) => ({ projectId, userId: user.id })), skipDuplicates: true });
}

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  return (await db.user.count()) === 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { withProductDatabase } = await import("../scripts/lib/product-database");
  await withProductDatabase(async (url) => {
    const db = createPrismaClient(url);
    await seedDemoData(db).finally(() => db.$disconnect());
    console.log(`Seeded demo users (password "${DEMO_PASSWORD}"): ${DEMO_USERS.map((u) => u.email).join(", ")}`);
  });
}

// A worker as worker/main.ts runs it (real pg-boss on the test database, the real registerJobs,
// trainer processes), started inside the test process under a name of the test's choosing.
import type PgBoss from "pg-boss";
import { reloadConfig } from "@/server/config";
import { startJobQueue } from "@/server/queue/job-queue";
import { registerJobs } from "@/worker/jobs/register-jobs";
import { announceWorker } from "@/worker/node/worker-presence";
import { createLocalDiskStorage } from "@/server/storage/local-disk-storage";
import { createTestUser, resetDatabase, testDb } from "./database";
import { asViewer } from "./graphql";
import { seedStripePaintings } from "./synthetic-paintings";

export type TestWorker = { boss: PgBoss; stop: () => Promise<void> };

export async function startTestWorker(workerId: string, backend = "wasm"): Promise<TestWorker> {
  const presence = await announceWorker(testDb(), workerId, { backend, threads: 2, notes: "test worker" });
  const boss = await startJobQueue(process.env.DATABASE_URL);
  const stopJobs = await registerJobs(boss, { workerId, presence });
  return {
    boss,
    stop: async () => {
      await stopJobs();
      await presence.stop();
      await boss.stop({ graceful: true, timeout: 5000 });
    },
  };
}

/** Polls `read` until `done` holds or `timeoutMs` passes; returns the last value read. */
export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, { timeoutMs = 120_000, everyMs = 250 } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, everyMs));
    value = await read();
  }
  return value;
}

/** A fresh database with a manager and a project of 2 x `perClass` learnable stripe paintings,
 *  stored where trainer processes look (STORAGE_DIR), trained on wasm. */
export async function setUpTrainingProject(storageDir: string, { perClass = 30, slug = "queue" } = {}) {
  process.env.TFJS_BACKEND = "wasm";
  process.env.TFJS_WASM_THREADS = "1";
  process.env.STORAGE_DIR = storageDir;
  reloadConfig();
  await resetDatabase();
  const db = testDb();
  const manager = asViewer(await createTestUser(db, "MANAGER"));
  const project = await db.project.create({
    data: {
      slug, name: slug,
      labelClasses: { create: [{ key: "HUMAN", name: "Human", hotkey: "h", position: 0 }, { key: "AI", name: "AI", hotkey: "a", position: 1 }] },
    },
  });
  await seedStripePaintings(db, createLocalDiskStorage({ rootDir: storageDir }), { projectId: project.id, perClass });
  return { manager, projectId: project.id };
}

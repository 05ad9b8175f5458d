// Starts the product as a user would run it: a production build of the web app and the worker, on
// a throwaway embedded PostgreSQL with the demo data. Torn down by global-teardown.ts.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { FullConfig } from "@playwright/test";
import { startEmbeddedPostgres } from "../../server/db/embedded-postgres";
import { migrateDatabase } from "../../server/db/migrate-database";
import { createPrismaClient } from "../../server/db/client";
import { seedDemoData } from "../../prisma/seed";
import { createLocalDiskStorage } from "../../server/storage/local-disk-storage";
import { ensureNextBuild } from "../../scripts/lib/ensure-next-build";
import { e2eState, ROOT, saveE2eState } from "./helpers/e2e-state";

export default async function globalSetup(config: FullConfig) {
  const baseURL = String(config.projects[0]?.use.baseURL);
  const port = new URL(baseURL).port;
  const dataDir = path.join(ROOT, ".test-data", `e2e-${process.pid}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const db = await startEmbeddedPostgres({ dataDir, persistent: false, database: "provenance_e2e" });
  const state = e2eState();
  state.databaseUrl = db.url;
  state.dataDir = dataDir;
  await migrateDatabase(db.url, { quiet: true });
  const prisma = createPrismaClient(db.url);
  // The demo paintings' files go where this run's web server will read them.
  const storageDir = path.join(dataDir, "storage");
  await seedDemoData(prisma, { storage: createLocalDiskStorage({ rootDir: storageDir }) });
  await prisma.$disconnect();

  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    AUTH_SECRET: randomBytes(33).toString("base64"),
    STORAGE_DIR: storageDir,
    NODE_ENV: "production" as const,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  ensureNextBuild(env);
  const web = spawn(path.join(ROOT, "node_modules", ".bin", "next"), ["start", "-p", port, "-H", "127.0.0.1"], {
    cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"], detached: true,
  });
  web.stdout?.on("data", (chunk) => process.env.E2E_VERBOSE && process.stdout.write(`[web] ${chunk}`));
  web.stderr?.on("data", (chunk) => process.stderr.write(`[web] ${chunk}`));
  state.pids = [web.pid!];
  state.postgresPort = db.port;
  saveE2eState(state);
  await waitForServer(`${baseURL}/signin`, 60_000);
  (globalThis as { stopE2eDatabase?: () => Promise<void> }).stopE2eDatabase = db.stop;
}

async function waitForServer(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`the web app did not answer at ${url} within ${timeoutMs / 1000} s`);
}

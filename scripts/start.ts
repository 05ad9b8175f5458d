// `npm start`: the whole product in one command. Database (embedded unless DATABASE_URL is set),
// migrations, demo data on an empty database, the web app and the worker. Ctrl-C stops it all in
// order: web app and worker first (the worker records its run's fate), the database last.
// `--no-web` runs the database and the worker alone; `--dev` the Next.js dev server.
import fs from "node:fs";
import path from "node:path";
import { reloadConfig } from "../server/config";
import { createPrismaClient } from "../server/db/client";
import { migrateDatabase } from "../server/db/migrate-database";
import { DEMO_PASSWORD, DEMO_USERS, isDatabaseEmpty, seedDemoData } from "../prisma/seed";
import { ensureNextBuild } from "./lib/ensure-next-build";
import { acquireInstanceLock, AlreadyRunningError } from "./lib/instance-lock";
import { localAuthSecret } from "./lib/local-auth-secret";
import { DATA_DIR, openProductDatabase, ROOT, type ProductDatabase } from "./lib/product-database";
import { createRestartBudget } from "./lib/restart-budget";
import { superviseProcesses, type ProcessSpec, type Supervisor } from "./lib/supervise-processes";
import { assertPortFree, waitForWeb } from "./lib/wait-for-web";

const dev = process.argv.includes("--dev");
const withWeb = !process.argv.includes("--no-web");
if (fs.existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));
const port = process.env.PORT ?? "3000";
const log = (line: string) => console.log(`[start] ${line}`);

async function main(): Promise<number> {
  // The web app and worker would each refuse a bad variable; saying so once, before anything
  // starts, beats a restart loop. Throws naming every bad variable.
  reloadConfig();
  let stopRequested: (signal: string) => void = () => {};
  const stopSignal = new Promise<string>((resolve) => (stopRequested = resolve));
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => stopRequested(signal));

  const lock = await acquireInstanceLock(path.join(DATA_DIR, "start.pid.json"), { port, log });
  let database: ProductDatabase | null = null;
  let supervisor: Supervisor | null = null;
  try {
    if (withWeb) await assertPortFree(port);
    database = await openProductDatabase();
    log(`database: ${database.embedded ? `embedded PostgreSQL in ${path.relative(ROOT, database.dataDir!) || database.dataDir}` : "DATABASE_URL"}`);
    await prepareDatabase(database.url);
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: database.url };
    if (!env.AUTH_SECRET && database.embedded) env.AUTH_SECRET = localAuthSecret();
    if (withWeb && !dev) ensureNextBuild(env);

    supervisor = superviseProcesses(processSpecs(env), { onSpawn: () => supervisor && lock.record(supervisor.pids()) });
    lock.record(supervisor.pids());
    const databaseLost = watchDatabase(database, (replacement) => (database = replacement));
    const problem = Promise.race([supervisor.failed, databaseLost]);
    if (withWeb) {
      await Promise.race([waitForWeb(port, { aborted: problem }), stopSignal.then(() => {})]);
    }
    log(withWeb ? `Provenance Lab is running at http://localhost:${port} (Ctrl-C to stop)` : "database and worker are running (Ctrl-C to stop)");

    const outcome = await Promise.race([stopSignal.then((signal) => ({ signal })), problem.catch((error: Error) => ({ error }))]);
    log("error" in outcome ? `${outcome.error.message}` : `${outcome.signal}: stopping the web app and worker…`);
    return "error" in outcome ? 1 : 0;
  } finally {
    await supervisor?.stopAll();
    if (database) {
      log("stopping the database…");
      await database.stop().catch((error) => log(`the database did not stop cleanly: ${error instanceof Error ? error.message : error}`));
    }
    lock.release();
    log("stopped");
  }
}

async function prepareDatabase(url: string) {
  await migrateDatabase(url, { quiet: true });
  const db = createPrismaClient(url);
  try {
    if (process.env.SEED_DEMO !== "false" && (await isDatabaseEmpty(db))) {
      await seedDemoData(db);
      log(`seeded demo accounts, password "${DEMO_PASSWORD}": ${DEMO_USERS.map((u) => u.email).join(", ")}`);
    }
  } finally {
    await db.$disconnect();
  }
}

function processSpecs(env: NodeJS.ProcessEnv): ProcessSpec[] {
  const node = process.execPath;
  // Plain `node`, never a wrapper such as the tsx binary: it would SIGKILL a busy worker 30 ms
  // after passing on a SIGTERM, before the worker could record anything.
  const worker: ProcessSpec = { name: "worker", command: node, args: ["--import", "tsx", "worker/main.ts"], env, essential: false };
  if (!withWeb) return [worker];
  const nextBin = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
  const web: ProcessSpec = {
    name: "web", command: node, args: [nextBin, dev ? "dev" : "start", "-p", port],
    env: { ...env, NODE_ENV: dev ? "development" : "production", NEXT_TELEMETRY_DISABLED: "1" }, essential: true,
  };
  return [web, worker];
}

/** An embedded database that dies is started again (the apps reconnect); if it keeps dying, or
 *  cannot start, the returned promise rejects and everything stops with the reason. */
function watchDatabase(initial: ProductDatabase, replace: (db: ProductDatabase) => void): Promise<never> {
  const budget = createRestartBudget({ max: 3 });
  return new Promise<never>((_resolve, reject) => {
    const watch = (db: ProductDatabase) => {
      void db.died?.then(async (how) => {
        if (!budget.tryRestart()) return reject(new Error(`the database stopped (${how.signal ?? `code ${how.code}`}) ${budget.describe()}; stopping everything`));
        log(`the database stopped unexpectedly (${how.signal ?? `code ${how.code}`}); starting it again`);
        try {
          const next = await openProductDatabase();
          replace(next);
          log("the database is back; the web app and worker reconnect on their own");
          watch(next);
        } catch (error) {
          reject(new Error(`the database stopped and could not be started again: ${error instanceof Error ? error.message : error}`));
        }
      });
    };
    watch(initial);
  });
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[start] ${error instanceof AlreadyRunningError ? "" : "could not start: "}${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

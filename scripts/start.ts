// `npm start`: the whole product in one command. Database (embedded unless DATABASE_URL is set),
// migrations, demo data on an empty database, the web app and the worker. Ctrl-C stops it all.
import fs from "node:fs";
import path from "node:path";
import { migrateDatabase } from "../server/db/migrate-database";
import { createPrismaClient } from "../server/db/client";
import { DEMO_PASSWORD, DEMO_USERS, isDatabaseEmpty, seedDemoData } from "../prisma/seed";
import { ensureNextBuild } from "./lib/ensure-next-build";
import { localAuthSecret } from "./lib/local-auth-secret";
import { openProductDatabase, ROOT } from "./lib/product-database";
import { superviseProcesses } from "./lib/supervise-processes";

const dev = process.argv.includes("--dev");
if (fs.existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));

async function main() {
  const database = await openProductDatabase();
  console.log(`[start] database: ${database.embedded ? "embedded PostgreSQL in ./.data/postgres" : "DATABASE_URL"}`);
  try {
    await migrateDatabase(database.url, { quiet: true });
    const db = createPrismaClient(database.url);
    if (process.env.SEED_DEMO !== "false" && (await isDatabaseEmpty(db))) {
      await seedDemoData(db);
      console.log(`[start] seeded demo accounts, password "${DEMO_PASSWORD}": ${DEMO_USERS.map((u) => u.email).join(", ")}`);
    }
    await db.$disconnect();

    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: database.url };
    if (!env.AUTH_SECRET && database.embedded) env.AUTH_SECRET = localAuthSecret();
    const port = process.env.PORT ?? "3000";
    if (!dev) ensureNextBuild(env);

    const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);
    await superviseProcesses(
      [
        { name: "web", command: bin("next"), args: dev ? ["dev", "-p", port] : ["start", "-p", port], env: { ...env, NODE_ENV: dev ? "development" : "production" } },
        { name: "worker", command: bin("tsx"), args: ["worker/main.ts"], env, restartOnCrash: true },
      ],
      () => console.log(`[start] Provenance Lab is running at http://localhost:${port} (Ctrl-C to stop)`),
    );
  } finally {
    await database.stop();
    console.log("[start] stopped");
  }
}

main().catch((error) => {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

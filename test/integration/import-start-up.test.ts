// How quickly `npm run import` gets to work: an empty folder is refused before anything starts, an
// up-to-date database is not migrated again (one query instead of `prisma migrate deploy`), a
// database that `npm start` is running is shared rather than started twice, and an import never
// loads TensorFlow.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { isAlive, runningEmbeddedPostgres, startEmbeddedPostgres } from "@/server/db/embedded-postgres";
import { listLocalMigrations, listPendingMigrations, migrateIfPending } from "@/scripts/lib/pending-migrations";
import { createPrismaClient } from "@/server/db/client";
import { migrateDatabase } from "@/server/db/migrate-database";
import { patternJpeg } from "./helpers/painting-files";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "provenance-start-up-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** `npm run <name> -- <args>` as package.json spells it, with the module tracer added. */
function npmRun(name: "import" | "train", args: string[], env: NodeJS.ProcessEnv) {
  const script = (JSON.parse(fs.readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts[name];
  const [command, ...rest] = script.split(" ");
  expect(command, `npm run ${name} starts node itself, not the tsx launcher`).toBe("node");
  return spawnSync(command, [...rest.slice(0, -1), "--import", "./scripts/lib/trace-module-loads.mjs", rest.at(-1)!, ...args], {
    encoding: "utf8", timeout: 120_000, env,
  });
}

/** The environment of a user without DATABASE_URL, whose data folder is `dataDir`. */
function withoutDatabaseUrl(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PROVENANCE_DATA_DIR: dataDir, STORAGE_DIR: path.join(dataDir, "storage") };
  delete env.DATABASE_URL;
  return env;
}

async function withFreshDatabase<T>(name: string, work: (url: string) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    return await work(process.env.DATABASE_URL!.replace(/\/[^/?]+(\?|$)/, `/${name}$1`));
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

describe("pending migrations", () => {
  it("finds none on a migrated database, and every one on an empty database", async () => {
    expect(await listPendingMigrations(process.env.DATABASE_URL!)).toEqual([]);
    const names = listLocalMigrations().map((migration) => migration.name);
    expect(names.length).toBeGreaterThan(3);
    await withFreshDatabase("pending_empty", async (url) => expect(await listPendingMigrations(url)).toEqual(names));
  });

  it("counts a new migration folder, and an applied migration whose SQL has changed, as pending", async () => {
    const copy = path.join(work, "migrations");
    fs.cpSync("prisma/migrations", copy, { recursive: true });
    const [first] = listLocalMigrations(copy);
    fs.appendFileSync(path.join(copy, first.name, "migration.sql"), "\n-- edited after it was applied\n");
    fs.mkdirSync(path.join(copy, "29991231000000_later"));
    fs.writeFileSync(path.join(copy, "29991231000000_later", "migration.sql"), "SELECT 1;\n");
    expect(await listPendingMigrations(process.env.DATABASE_URL!, copy)).toEqual([first.name, "29991231000000_later"]);
  });

  it("runs prisma migrate deploy only when something is pending", async () => {
    const deploys: string[] = [];
    const migrate = async (url: string, options?: { quiet?: boolean }) => {
      deploys.push(url);
      await migrateDatabase(url, options);
    };
    await withFreshDatabase("pending_apply", async (url) => {
      expect(await migrateIfPending(url, { quiet: true, migrate })).toEqual(listLocalMigrations().map((m) => m.name));
      expect(deploys).toEqual([url]);
      expect(await listPendingMigrations(url)).toEqual([]);
      expect(await migrateIfPending(url, { quiet: true, migrate })).toEqual([]);
      expect(deploys).toEqual([url]);
    });
  });
});

describe("npm run import start-up", () => {
  it("refuses an empty folder at once, before starting a database", () => {
    const dataDir = path.join(work, "never-started");
    const empty = path.join(work, "empty");
    fs.mkdirSync(path.join(empty, "nested"), { recursive: true });
    fs.writeFileSync(path.join(empty, ".DS_Store"), "finder");
    const result = npmRun("import", [empty], withoutDatabaseUrl(dataDir));
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/has no files to import \(1 skipped/);
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it("imports beside a running database: shares it, skips the migration, loads no TensorFlow", async () => {
    // Inside the checkout like the test database: when run as root the server runs as the postgres
    // user, which cannot enter a private folder under /tmp.
    const dataDir = path.resolve(".test-data", `start-up-${process.pid}`);
    fs.rmSync(dataDir, { recursive: true, force: true });
    const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), persistent: false });
    try {
      await migrateIfPending(server.url, { quiet: true });
      const db = createPrismaClient(server.url);
      await db.project.create({ data: { slug: "beside", name: "Beside" } });
      const folder = path.join(work, "two");
      fs.mkdirSync(folder);
      fs.writeFileSync(path.join(folder, "a.jpg"), await patternJpeg(61));
      fs.writeFileSync(path.join(folder, "b.jpg"), await patternJpeg(62));

      const result = npmRun("import", [folder, "--project", "beside"], withoutDatabaseUrl(dataDir));
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr).toMatch(new RegExp(`database: the embedded one already running on .* \\(port ${server.port}\\), migrations up to date; ready \\d+\\.\\d s after start`));
      expect(result.stdout).toMatch(/created\s+2/);
      expect(await db.painting.count()).toBe(2);
      await db.$disconnect();
      // Still the same server, still running: the import neither started another nor stopped it.
      expect(runningEmbeddedPostgres(path.join(dataDir, "postgres"))?.pid).toBe(server.pid);
      expect(isAlive(server.pid)).toBe(true);
      const loaded = /\[loaded packages\] (.*)/.exec(result.stderr)?.[1].split(" ") ?? [];
      expect(loaded).toContain("sharp");
      expect(loaded.filter((name) => name.startsWith("@tensorflow/"))).toEqual([]);

      // npm run train shares it the same way, and loads TensorFlow only to train.
      const train = npmRun("train", ["--project", "nope"], withoutDatabaseUrl(dataDir));
      expect(train.status).not.toBe(0);
      expect(train.stderr).toMatch(/database: the embedded one already running on .*, migrations up to date/);
      expect(train.stderr).toMatch(/no project "nope"/);
      expect(/\[loaded packages\] (.*)/.exec(train.stderr)?.[1].split(" ").filter((name) => name.startsWith("@tensorflow/"))).toEqual([]);
    } finally {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

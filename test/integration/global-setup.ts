// One embedded PostgreSQL for the whole integration run: started once, migrated once, deleted at
// the end. Tests connect through DATABASE_URL (a server of your own works too: set
// TEST_DATABASE_URL and it is used instead, after migrations).
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../server/db/embedded-postgres";
import { migrateDatabase } from "../../server/db/migrate-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  let url = process.env.TEST_DATABASE_URL;
  let stop = async () => {};
  if (!url) {
    const dataDir = path.resolve(".test-data", `pg-${process.pid}`);
    fs.rmSync(dataDir, { recursive: true, force: true });
    const db = await startEmbeddedPostgres({ dataDir, persistent: false, database: "provenance_test" });
    url = db.url;
    stop = db.stop;
  }
  await migrateDatabase(url, { quiet: true });
  project.provide("databaseUrl", url);
  return async () => {
    await stop();
  };
}

// schema.prisma and prisma/migrations must describe the same database: a schema change committed
// without its migration would pass every other test (they run on the migrated database) and then
// fail on a real deployment. The test database was built from the migrations; a second one is
// built from schema.prisma alone (prisma db push), and the two catalogs must match.
import { execFileSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogDifferences, catalogSnapshot } from "./helpers/catalog-snapshot";

const ROOT = path.resolve(import.meta.dirname, "../..");
const migratedUrl = process.env.DATABASE_URL!;
const withDatabase = (name: string) => migratedUrl.replace(/\/[^/?]+(\?.*)?$/, `/${name}`);
const FROM_SCHEMA = "drift_from_schema";
/**
 * Objects Prisma's schema language cannot express, written by hand into a migration on purpose.
 * Each is named with the migration that creates it; anything else only migrations have is drift.
 */
const HAND_WRITTEN_SQL = [
  // 20261129000000_init: one open review entry per painting and reason (a partial unique index).
  `- index CREATE UNIQUE INDEX "ReviewQueueEntry_open_painting_reason_key" ON public."ReviewQueueEntry" USING btree ("paintingId", reason) WHERE (status = 'OPEN'::"ReviewEntryStatus")`,
  // 20261202100000_fold_null_is_final_model: one final-model row (fold null) per epoch and per split.
  `- index CREATE UNIQUE INDEX "EpochMetric_runId_fold_epoch_key" ON public."EpochMetric" USING btree ("runId", fold, epoch) NULLS NOT DISTINCT`,
  `- index CREATE UNIQUE INDEX "EvaluationReport_runId_split_fold_key" ON public."EvaluationReport" USING btree ("runId", split, fold) NULLS NOT DISTINCT`,
  // 20261203000000_open_paintings_count_index: the labeling counter's open paintings, counted from the index.
  `- index CREATE INDEX "Painting_open_for_labels_idx" ON public."Painting" USING btree ("projectId") WHERE ((status = ANY (ARRAY['UNLABELED'::"PaintingStatus", 'ANNOTATING'::"PaintingStatus"])) AND (NOT "isGold") AND ("evaluationSetId" IS NULL))`,
  // 20261204000000_gold_paintings_index: a project's few gold paintings without scanning the approved ones.
  `- index CREATE INDEX "Painting_gold_idx" ON public."Painting" USING btree ("projectId") WHERE "isGold"`,
];
const TAMPERED = "drift_tampered";

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: withDatabase("postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function pushSchema(url: string) {
  execFileSync(path.join(ROOT, "node_modules", ".bin", "prisma"), ["db", "push", "--skip-generate", "--accept-data-loss"], {
    cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: "pipe", timeout: 90_000,
  });
}

beforeAll(async () => {
  for (const name of [FROM_SCHEMA, TAMPERED]) {
    await admin(`DROP DATABASE IF EXISTS ${name}`);
    await admin(`CREATE DATABASE ${name}`);
  }
  pushSchema(withDatabase(FROM_SCHEMA));
});

afterAll(async () => {
  for (const name of [FROM_SCHEMA, TAMPERED]) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

describe("migrations and schema.prisma", () => {
  it("build the same database", async () => {
    const fromMigrations = await catalogSnapshot(migratedUrl);
    const fromSchema = await catalogSnapshot(withDatabase(FROM_SCHEMA));
    expect(fromMigrations.length).toBeGreaterThan(100);
    const differences = catalogDifferences(fromMigrations, fromSchema).filter((line) => !HAND_WRITTEN_SQL.includes(line));
    expect(differences, "schema.prisma differs from the migrations (- migrations, + schema): write a migration with scripts/new-migration.ts").toEqual([]);
  });

  it("would notice a column the migrations lack", async () => {
    pushSchema(withDatabase(TAMPERED));
    const client = new pg.Client({ connectionString: withDatabase(TAMPERED) });
    await client.connect();
    await client.query(`ALTER TABLE "Project" ADD COLUMN "notInAnyMigration" BOOLEAN NOT NULL DEFAULT false`);
    await client.end();
    const differences = catalogDifferences(await catalogSnapshot(migratedUrl), await catalogSnapshot(withDatabase(TAMPERED)));
    expect(differences.filter((line) => !HAND_WRITTEN_SQL.includes(line))).toEqual([
      `+ column Project.notInAnyMigration bool null=NO default=false`,
      `+ constraint "Project" Project_notInAnyMigration_not_null NOT NULL "notInAnyMigration"`,
    ]);
  });
});

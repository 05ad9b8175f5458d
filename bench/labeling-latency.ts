// Labeling latency at scale: how long an annotator waits for "claim the next painting + submit my
// label" in a project of 100,000 paintings, against a database round trip measured in the same
// run (SELECT 1, and a primary-key lookup of a painting), so the figures travel across machines
// as ratios. Service level, real embedded PostgreSQL. Prints figures, asserts nothing.
//   npx tsx bench/labeling-latency.ts [paintings=100000] [iterations=300] [annotators=6]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient, type Db } from "@/server/db/client";
import { startEmbeddedPostgres } from "@/server/db/embedded-postgres";
import { migrateDatabase } from "@/server/db/migrate-database";
import { claimNextPainting } from "@/server/services/labeling/claim-next-painting";
import { labelingProgress } from "@/server/services/labeling/labeling-progress";
import { submitAnnotation } from "@/server/services/labeling/submit-annotation";
import { DEFAULT_LABEL_CLASSES } from "@/server/services/projects/create-project";

const PAINTINGS = Number(process.argv[2] ?? 100_000);
const ITERATIONS = Number(process.argv[3] ?? 300);
const ANNOTATORS = Number(process.argv[4] ?? 6);
const GOLD = 200;
const ROUNDS = 5; // baseline and labeling batches alternate, so machine load hits both alike

type Sample = { claim: number; submit: number; total: number; progress: number };

const ms = (start: number) => performance.now() - start;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const fmt = (value: number) => value.toFixed(2).padStart(7);

async function seed(db: Db) {
  const project = await db.project.create({
    data: {
      slug: "bench", name: "bench", labelsPerItem: 2, goldRate: 0.1, spotCheckRate: 0.05,
      labelClasses: { create: DEFAULT_LABEL_CLASSES.map((labelClass, position) => ({ ...labelClass, position })) },
    },
    include: { labelClasses: true },
  });
  const human = project.labelClasses.find((labelClass) => labelClass.key === "HUMAN")!.id;
  // One statement for all rows; the last GOLD are approved gold paintings of known provenance.
  await db.$executeRaw`
    INSERT INTO "Painting" ("id", "projectId", "sha256", "phash", "width", "height", "format", "byteSize", "storageKey",
      "thumbnailKey", "trainingKey", "originalName", "status", "isGold", "goldLabelId", "approvedLabelId", "approvedAt", "createdAt")
    SELECT 'bench-' || g, ${project.id}, md5(g::text) || md5('x' || g::text), substr(md5(g::text), 1, 16), 1024, 768, 'jpeg', 300000,
      'k/' || g, 't/' || g, 'r/' || g, 'painting-' || g || '.jpg',
      CASE WHEN g > ${PAINTINGS - GOLD} THEN 'APPROVED'::"PaintingStatus" ELSE 'UNLABELED'::"PaintingStatus" END,
      g > ${PAINTINGS - GOLD}, CASE WHEN g > ${PAINTINGS - GOLD} THEN ${human} END,
      CASE WHEN g > ${PAINTINGS - GOLD} THEN ${human} END, CASE WHEN g > ${PAINTINGS - GOLD} THEN now() END,
      (now() AT TIME ZONE 'UTC') - make_interval(secs => (${PAINTINGS} - g) / 1000.0)
    FROM generate_series(1, ${PAINTINGS}) AS g`;
  // As autovacuum leaves a table that has sat a while: statistics, and the visibility map that
  // lets counts come from an index alone.
  await db.$executeRawUnsafe(`VACUUM ANALYZE "Painting"`);
  const users = await Promise.all(Array.from({ length: ANNOTATORS }, (_, i) =>
    db.user.create({ data: { email: `bench-${i}@bench.local`, name: `Bench ${i}`, passwordHash: "-", role: "ANNOTATOR" } })));
  return { projectId: project.id, userIds: users.map((user) => user.id) };
}

/** Each simulated annotator claims, then labels, `perAnnotator` paintings, all of them at once. */
async function labelingBatch(db: Db, projectId: string, userIds: string[], perAnnotator: number): Promise<Sample[]> {
  const samples: Sample[] = [];
  await Promise.all(userIds.map(async (userId, n) => {
    for (let i = 0; i < perAnnotator; i++) {
      const start = performance.now();
      const claim = await claimNextPainting(db, { projectId, userId });
      const claimed = ms(start);
      if (!claim) throw new Error("the queue ran dry; use more paintings");
      const labelKey = (i + n) % 5 === 0 ? "AI" : "HUMAN";
      const submitStart = performance.now();
      await submitAnnotation(db, { userId, input: { paintingId: claim.painting.id, labelKey, confidence: 4, durationMs: 1500 } });
      const submitted = ms(submitStart);
      const total = ms(start);
      // The screen's counter, asked with every claim over HTTP (not part of the round trip here).
      const progressStart = performance.now();
      await labelingProgress(db, { projectId, userId });
      samples.push({ claim: claimed, submit: submitted, total, progress: ms(progressStart) });
    }
  }));
  return samples;
}

async function baselineBatch(db: Db, userIds: string[], perAnnotator: number) {
  const selectOne: number[] = [];
  const byKey: number[] = [];
  await Promise.all(userIds.map(async () => {
    for (let i = 0; i < perAnnotator; i++) {
      let start = performance.now();
      await db.$queryRaw`SELECT 1`;
      selectOne.push(ms(start));
      start = performance.now();
      await db.painting.findUnique({ where: { id: `bench-${1 + Math.floor(Math.random() * (PAINTINGS - GOLD))}` } });
      byKey.push(ms(start));
    }
  }));
  return { selectOne, byKey };
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "labeling-bench-"));
  const pg = await startEmbeddedPostgres({ dataDir, persistent: false, database: "bench" });
  const db = createPrismaClient(pg.url);
  try {
    console.log(`${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(2)}; ${PAINTINGS} paintings (${GOLD} gold), ${ANNOTATORS} annotators at once, ${ITERATIONS} claim+submit iterations`);
    await migrateDatabase(pg.url, { quiet: true });
    let start = performance.now();
    const { projectId, userIds } = await seed(db);
    console.log(`seeded in ${(ms(start) / 1000).toFixed(1)} s`);
    await labelingBatch(db, projectId, userIds, 5); // warm-up: connections, plans, caches
    await baselineBatch(db, userIds, 5);

    const perRound = Math.max(1, Math.round(ITERATIONS / ROUNDS / userIds.length));
    const samples: Sample[] = [];
    const baseline = { selectOne: [] as number[], byKey: [] as number[] };
    start = performance.now();
    for (let round = 0; round < ROUNDS; round++) {
      const base = await baselineBatch(db, userIds, perRound);
      baseline.selectOne.push(...base.selectOne);
      baseline.byKey.push(...base.byKey);
      samples.push(...(await labelingBatch(db, projectId, userIds, perRound)));
      process.stdout.write(`\rround ${round + 1}/${ROUNDS}`);
    }
    const seconds = ms(start) / 1000;
    console.log(`\n${samples.length} iterations (${(samples.length / seconds).toFixed(0)} labels/s incl. baseline batches)\n`);

    const rows: [string, number[]][] = [
      ["baseline: SELECT 1", baseline.selectOne],
      ["baseline: painting by primary key", baseline.byKey],
      ["claim next painting", samples.map((s) => s.claim)],
      ["submit annotation", samples.map((s) => s.submit)],
      ["progress counter (HTTP claims ask it)", samples.map((s) => s.progress)],
      ["claim + submit round trip", samples.map((s) => s.total)],
    ];
    console.log(`${"".padEnd(36)}    p50 ms   p95 ms`);
    for (const [name, values] of rows) console.log(`${name.padEnd(36)} ${fmt(percentile(values, 50))}  ${fmt(percentile(values, 95))}`);
    const total = samples.map((s) => s.total);
    for (const [name, values] of rows.slice(0, 2)) {
      console.log(`round trip / ${name.slice(10)}: p50 x${(percentile(total, 50) / percentile(values, 50)).toFixed(1)}, p95 x${(percentile(total, 95) / percentile(values, 95)).toFixed(1)}`);
    }
    const statuses = await db.painting.groupBy({ by: ["status"], where: { projectId }, _count: { _all: true } });
    console.log(`queue afterwards: ${statuses.map((s) => `${s.status} ${s._count._all}`).join(", ")}; gold answers ${await db.annotation.count({ where: { painting: { isGold: true } } })}`);
  } finally {
    await db.$disconnect();
    await pg.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();

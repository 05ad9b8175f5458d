// What grows with a project, at 100,000 paintings: the near-duplicate scan each import runs
// (Hamming distance of 64-bit perceptual hashes in SQL), and the paintings list's first and a
// deep page (keyset pagination). Median of repeated runs on a real embedded PostgreSQL.
//   npx tsx bench/near-duplicate-scan.ts [paintings]
import { randomBytes } from "node:crypto";
import type { Viewer } from "@/server/auth/viewer";
import { findNearDuplicates } from "@/server/services/paintings/link-near-duplicates";
import { listPaintings } from "@/server/services/paintings/list-paintings";
import { encodePaintingCursor } from "@/server/services/paintings/painting-cursor";
import { openBenchEnvironment } from "./lib/bench-database";

const COUNT = Number(process.argv[2] ?? 100_000);
const RUNS = 25;

async function timeMs(runs: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

async function main() {
  const env = await openBenchEnvironment();
  try {
    const projectId = (await env.db.project.create({ data: { slug: "scan", name: "Scan" } })).id;
    const started = performance.now();
    // Random 64-bit hashes, as distinct paintings have; one row per second of createdAt.
    await env.db.$executeRaw`
      INSERT INTO "Painting" ("id", "projectId", "sha256", "phash", "width", "height", "format", "byteSize",
        "storageKey", "thumbnailKey", "trainingKey", "originalName", "source", "createdAt")
      SELECT 'p' || lpad(n::text, 9, '0'), ${projectId}, md5(n::text) || md5((n + 1)::text), substr(md5((n * 7)::text), 1, 16),
        1024, 1024, 'jpeg', 1, 'k', 'k', 'k', 'n.jpg', 'IMPORT', timestamp '2026-01-01' + n * interval '1 second'
      FROM generate_series(1, ${COUNT}) AS n`;
    await env.db.$executeRawUnsafe(`VACUUM ANALYZE "Painting"`);
    console.log(`${COUNT.toLocaleString("en")} paintings inserted in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const phash = () => randomBytes(8).toString("hex");
    const scanMs = await timeMs(RUNS, () => findNearDuplicates(env.db, { projectId, phash: phash() }));
    // Under the import lock only recently created rows are scanned again: here none of the 100,000.
    const recentMs = await timeMs(RUNS, () => findNearDuplicates(env.db, { projectId, phash: phash(), recentOnly: true }));
    console.log(`  near-duplicate scan, all paintings:   ${scanMs.toFixed(1).padStart(7)} ms (median of ${RUNS}; outside the lock)`);
    console.log(`  near-duplicate scan, recent only:     ${recentMs.toFixed(1).padStart(7)} ms (under the per-project lock)`);

    const viewer: Viewer = { id: "bench", email: "bench@local", name: "Bench", role: "REVIEWER" };
    const firstMs = await timeMs(RUNS, () => listPaintings(env.db, viewer, { projectId, first: 50 }));
    const deep = encodePaintingCursor({ createdAt: new Date(Date.UTC(2026, 0, 1) + 1000 * 1000), id: "p000001000" });
    const deepMs = await timeMs(RUNS, () => listPaintings(env.db, viewer, { projectId, first: 50, after: deep }));
    console.log(`  paintings list, first page of 50:     ${firstMs.toFixed(1).padStart(7)} ms`);
    console.log(`  paintings list, page 1,980 of 2,000:  ${deepMs.toFixed(1).padStart(7)} ms`);
  } finally {
    await env.close();
  }
}

await main();

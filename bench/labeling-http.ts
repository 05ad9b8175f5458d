// Labeling throughput through the whole stack: the built web app (`next start` on the production
// build, as `npm start` serves it) on an embedded PostgreSQL, signed-in annotators claiming
// (nextLabelingTask with prefetch) and submitting over HTTP until their project's queue is empty,
// at 20 and at 50 annotators. Each load is set against bare `{ __typename }` requests from the same
// clients in the same run, before and after the load (the faster counts): a label is two
// requests, so labels/s over requests/s tops out at 0.5. Then 20 annotators label one more
// project as the labeling screen does (its submit brings the next painting: one request a label).
// Prints figures, asserts nothing.
//   npx tsx bench/labeling-http.ts [paintingsPerProject=400] [port=3290] [annotators=20,50]
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { hashPassword } from "@/server/auth/password";
import type { Db } from "@/server/db/client";
import { DEFAULT_LABEL_CLASSES } from "@/server/services/projects/create-project";
import { ensureNextBuild } from "../scripts/lib/ensure-next-build";
import { openBenchEnvironment } from "./lib/bench-database";
import { signInOverHttp } from "./lib/http-annotator";
import { bareRequests, labelAsTheScreenDoes, labelUntilEmpty, percentile } from "./lib/labeling-http-load";

const PAINTINGS = Number(process.argv[2] ?? 400);
const PORT = Number(process.argv[3] ?? 3290);
const LOADS = (process.argv[4] ?? "20,50").split(",").map(Number);
const GOLD = 20;
const BARE_SECONDS = 8;
const SCREEN_LOAD = Math.min(20, ...LOADS);
const PASSWORD = "bench-password-1";
const ROOT = path.resolve(import.meta.dirname, "..");
const BASE = `http://127.0.0.1:${PORT}`;

/** A project with the product's default rates (overlap 2, gold 10%, spot checks 5%). */
async function seedProject(db: Db, slug: string) {
  const project = await db.project.create({
    data: { slug, name: slug, labelClasses: { create: DEFAULT_LABEL_CLASSES.map((labelClass, position) => ({ ...labelClass, position })) } },
    include: { labelClasses: true },
  });
  const human = project.labelClasses.find((labelClass) => labelClass.key === "HUMAN")!.id;
  await db.$executeRaw`
    INSERT INTO "Painting" ("id", "projectId", "sha256", "phash", "width", "height", "format", "byteSize", "storageKey",
      "thumbnailKey", "trainingKey", "originalName", "status", "isGold", "goldLabelId", "approvedLabelId", "approvedAt")
    SELECT ${slug} || '-' || g, ${project.id}, md5(${slug} || g), substr(md5(g::text), 1, 16), 1024, 768, 'jpeg', 300000,
      'k/' || g, 't/' || g, 'r/' || g, 'painting-' || g || '.jpg',
      CASE WHEN g > ${PAINTINGS} THEN 'APPROVED'::"PaintingStatus" ELSE 'UNLABELED'::"PaintingStatus" END,
      g > ${PAINTINGS}, CASE WHEN g > ${PAINTINGS} THEN ${human} END, CASE WHEN g > ${PAINTINGS} THEN ${human} END,
      CASE WHEN g > ${PAINTINGS} THEN now() END
    FROM generate_series(1, ${PAINTINGS + GOLD}) AS g`;
  return project.id;
}

function startWeb(databaseUrl: string, storageDir: string) {
  const env = {
    ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: randomBytes(33).toString("base64"), STORAGE_DIR: storageDir,
    NODE_ENV: "production" as const, NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-bench",
  };
  ensureNextBuild(env);
  const web = spawn(path.join(ROOT, "node_modules", ".bin", "next"), ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"], detached: true,
  });
  return { stop: () => { try { process.kill(-web.pid!, "SIGTERM"); } catch { /* already gone */ } } };
}

async function waitForGraphQL(timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(`${BASE}/api/graphql?query=%7B__typename%7D`, { headers: { "apollo-require-preflight": "true" } })
      .then((response) => response.status < 500).catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the web app did not answer on port ${PORT}`);
}

const f = (value: number) => value.toFixed(0).padStart(6);

async function main() {
  const bench = await openBenchEnvironment();
  let web: { stop: () => void } | null = null;
  try {
    const { db } = bench;
    const passwordHash = await hashPassword(PASSWORD);
    const most = Math.max(...LOADS);
    await db.user.createMany({ data: Array.from({ length: most }, (_, i) => ({ email: `bench-${i}@bench.local`, name: `Bench ${i}`, passwordHash, role: "ANNOTATOR" as const })) });
    const projects = await Promise.all(LOADS.map((count) => seedProject(db, `bench-${count}`)));
    const screenProject = await seedProject(db, "bench-screen");
    projects.push(screenProject);
    // Annotators work only in projects they are members of: every bench annotator joins each.
    await db.$executeRaw`
      INSERT INTO "ProjectMember" ("projectId", "userId")
      SELECT p, u."id" FROM unnest(${projects}::text[]) AS p, "User" u WHERE u."role" = 'ANNOTATOR'`;
    web = startWeb(bench.url, bench.storageDir);
    await waitForGraphQL();
    const people = [];
    for (let i = 0; i < most; i++) people.push(await signInOverHttp(BASE, `bench-${i}@bench.local`, PASSWORD));
    console.log(`${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(2)}; ${PAINTINGS} paintings (+${GOLD} gold) per project, overlap 2`);

    for (const [index, count] of LOADS.entries()) {
      const clients = people.slice(0, count);
      await bareRequests(BASE, clients, 2); // warm-up: connections, JIT, plans
      const bareBefore = await bareRequests(BASE, clients, BARE_SECONDS);
      const load = await labelUntilEmpty(BASE, clients, projects[index]!);
      // Bare requests again, warm now: the ratio is taken against the faster of the two, so a
      // baseline still warming up cannot flatter it.
      const bareAfter = await bareRequests(BASE, clients, BARE_SECONDS);
      const bare = bareAfter.perSecond > bareBefore.perSecond ? bareAfter : bareBefore;
      const labelsPerSecond = load.labels / load.seconds;
      console.log(`\n${count} annotators: ${load.labels} labels in ${load.seconds.toFixed(1)} s = ${labelsPerSecond.toFixed(1)} labels/s; bare { __typename } ${bare.perSecond.toFixed(0)} requests/s (p50 ${percentile(bare.ms, 50).toFixed(0)} ms; before the load ${bareBefore.perSecond.toFixed(0)}, after ${bareAfter.perSecond.toFixed(0)})`);
      console.log(`  ratio labels/s / requests/s = ${(labelsPerSecond / bare.perSecond).toFixed(3)} (ceiling 0.5)`);
      console.log(`  ${"".padEnd(8)}   p50 ms  p95 ms`);
      console.log(`  claim    ${f(percentile(load.claimMs, 50))}  ${f(percentile(load.claimMs, 95))}`);
      console.log(`  submit   ${f(percentile(load.submitMs, 50))}  ${f(percentile(load.submitMs, 95))}`);
      if (load.errors.length) console.log(`  ${load.errors.length} errors, e.g. ${[...new Set(load.errors)].slice(0, 3).join(" | ")}`);
    }
    // Not part of the ratio: what annotators get from the labeling screen, whose submit brings
    // the next painting, so a label is one request.
    const screen = await labelAsTheScreenDoes(BASE, people.slice(0, SCREEN_LOAD), screenProject);
    console.log(`\n${SCREEN_LOAD} annotators as the labeling screen asks (one request per label): ${(screen.labels / screen.seconds).toFixed(1)} labels/s; ` +
      `submit-and-next p50 ${percentile(screen.submitMs, 50).toFixed(0)} ms, p95 ${percentile(screen.submitMs, 95).toFixed(0)} ms` +
      (screen.errors.length ? `; ${screen.errors.length} errors, e.g. ${screen.errors[0]}` : ""));
  } finally {
    web?.stop();
    await bench.close();
  }
}

await main();

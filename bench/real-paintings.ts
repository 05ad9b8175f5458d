// Trains the product's DEFAULT configuration on a real labeled folder and prints what it learnt,
// through the product's own path: folder import (labels approved from human/ and ai/), snapshot
// with near-duplicate groups, trainRun. The database is a throwaway embedded PostgreSQL; the data
// stays where it is (keep it outside the repository).
// Run: node --import tsx bench/real-paintings.ts <folder with human/ and ai/> [--limit N] [--seed S]
//        [--config '{"learningRate":0.0001}']   (a JSON of run settings, for experiments only)
import fs from "node:fs";
import { foldLabel } from "@/core/metrics/model-fold";
import { DEFAULT_LABEL_CLASSES } from "@/server/services/projects/create-project";
import { startTrainingRun } from "@/server/services/runs/start-training-run";
import { trainRun } from "@/worker/jobs/train-run";
import { runImport } from "@/scripts/lib/import/run-import";
import { openBenchEnvironment } from "./lib/bench-database";
import { nearDuplicateLines, runReportLines } from "./lib/real-paintings-report";
import { stageLabeledSample } from "./lib/stage-labeled-sample";

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const dir = process.argv[2];
if (!dir || dir.startsWith("--")) throw new Error("usage: bench/real-paintings.ts <folder with human/ and ai/> [--limit N] [--seed S] [--config JSON]");
const limit = Number(option("limit") ?? 0);
const seed = Number(option("seed") ?? 1);
const overrides = option("config") ? (JSON.parse(option("config")!) as Record<string, unknown>) : {};
process.env.TFJS_BACKEND ??= "wasm";

const started = performance.now();
const minutes = () => ((performance.now() - started) / 60_000).toFixed(1);
const staged = stageLabeledSample(dir, { limit, seed });
const env = await openBenchEnvironment();
let timer: NodeJS.Timeout | undefined;
try {
  const project = await env.db.project.create({
    data: { slug: "bench", name: "Bench", labelClasses: { create: DEFAULT_LABEL_CLASSES.map((c, position) => ({ ...c, position })) } },
  });
  const imported = await runImport(env.db, env.storage, { path: staged.folder, project: project.slug });
  console.log(`[${minutes()} min] imported ${imported.created} (${JSON.stringify(staged.counts)} staged), ${imported.duplicate} exact duplicates, ${imported.failed} failed`);
  const run = await startTrainingRun(env.db, null, null, { projectId: project.id, config: overrides });
  let printed = 0;
  // Progress while it trains: epoch rows as trainRun stores them.
  timer = setInterval(() => {
    void env.db.epochMetric.findMany({ where: { runId: run.id }, orderBy: { createdAt: "asc" }, skip: printed }).then((rows) => {
      for (const e of rows) {
        printed++;
        console.log(`[${minutes()} min] ${foldLabel(e.fold)} epoch ${e.epoch}: train loss ${e.trainLoss.toFixed(4)}, val loss ${e.valLoss?.toFixed(4)}, val acc ${((e.valAccuracy ?? 0) * 100).toFixed(1)}%, ${e.imagesPerSecond.toFixed(1)} images/s`);
      }
    });
  }, 5000);
  const trainingStarted = performance.now();
  const result = await trainRun(env.db, env.storage, { runId: run.id, workerId: "bench" });
  clearInterval(timer);
  const stored = await env.db.trainingRun.findUniqueOrThrow({ where: { id: run.id } });
  console.log(`\n=== ${dir}${limit ? ` (limit ${limit})` : ""}: ${result.status}; trainRun ${((performance.now() - trainingStarted) / 60_000).toFixed(1)} min`);
  for (const line of await nearDuplicateLines(env.db, stored.snapshotId!)) console.log(line);
  for (const line of await runReportLines(env.db, run.id)) console.log(line);
  console.log(`total wall time ${minutes()} min; peak RSS of this process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  clearInterval(timer);
  await env.close();
  fs.rmSync(staged.folder, { recursive: true, force: true });
}

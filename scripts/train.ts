// `npm run train -- --project <slug|id> [--preset tiny|small|full] [--epochs N] [--batch-size N]
//   [--learning-rate X] [--patience N] [--seed N] [--k-folds K] [--no-augment] [--backend NAME]
//   [--pretrained NAME] [--freeze all-conv|except-last-block|none] [--queue]`
// Trains in this process with a progress bar (then scores the project), or with --queue hands
// the run to the worker. Uses the embedded database when DATABASE_URL is unset (see
// open-command-database.ts). TensorFlow and the worker's modules load only once the run exists and
// trains here, so usage errors and --queue answer in about a second.
import { parseArgs } from "node:util";
import { FOLD_ORDER, foldLabel, isFinalModel } from "../core/metrics/model-fold";

const { values } = parseArgs({
  options: {
    project: { type: "string" }, preset: { type: "string" }, epochs: { type: "string" }, "batch-size": { type: "string" },
    "learning-rate": { type: "string" }, patience: { type: "string" }, seed: { type: "string" }, "k-folds": { type: "string" },
    "no-augment": { type: "boolean" }, backend: { type: "string" }, pretrained: { type: "string" }, freeze: { type: "string" },
    queue: { type: "boolean" }, help: { type: "boolean" },
  },
});
if (values.help || !values.project) {
  console.error("usage: npm run train -- --project <slug|id> [--preset tiny] [--epochs 10] [--k-folds 5] [--queue] ...");
  process.exit(values.help ? 0 : 2);
}
const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));
const config = {
  preset: values.preset, epochs: number(values.epochs), batchSize: number(values["batch-size"]),
  learningRate: number(values["learning-rate"]), patience: number(values.patience), seed: number(values.seed),
  kFolds: number(values["k-folds"]), augment: values["no-augment"] ? false : undefined, backend: values.backend,
  pretrainedModel: values.pretrained, freeze: values.freeze,
};

async function main() {
  const [{ createPrismaClient }, { startJobQueue }, { startTrainingRun }, { openCommandDatabase }] = await Promise.all([
    import("../server/db/client"),
    import("../server/queue/job-queue"),
    import("../server/services/runs/start-training-run"),
    import("./lib/open-command-database"),
  ]);
  const database = await openCommandDatabase();
  const url = database.url;
  const db = createPrismaClient(url);
  try {
    const project = await db.project.findFirst({ where: { OR: [{ slug: values.project }, { id: values.project }] } });
    if (!project) throw new Error(`no project "${values.project}"`);
    const boss = values.queue ? await startJobQueue(url) : null;
    const run = await startTrainingRun(db, boss, null, { projectId: project.id, config, trainsHere: !boss });
    if (boss) {
      console.log(`queued run ${run.id}; a worker (npm start or npm run worker) will train it`);
      await boss.stop({ graceful: true });
      return;
    }
    const [{ default: cliProgress }, { getStorage }, { scorePaintings }, { trainRun }] = await Promise.all([
      import("cli-progress"),
      import("../server/storage/get-storage"),
      import("../worker/jobs/score-paintings"),
      import("../worker/jobs/train-run"),
    ]);
    const bar = new cliProgress.SingleBar({ format: "{bar} {percentage}% | {phase} | {message}", stream: process.stderr }, cliProgress.Presets.shades_classic);
    bar.start(100, 0, { phase: "starting", message: "" });
    const poll = setInterval(async () => {
      const row = await db.trainingRun.findUnique({ where: { id: run.id } });
      if (row) bar.update(Math.round(row.progress * 100), { phase: row.phase, message: row.message ?? "" });
    }, 500);
    const result = await trainRun(db, getStorage(), { runId: run.id, workerId: "cli" });
    clearInterval(poll);
    bar.stop();
    const stored = await db.trainingRun.findUniqueOrThrow({ where: { id: run.id }, include: { epochs: { orderBy: [{ fold: FOLD_ORDER }, { epoch: "asc" }] }, evaluations: true } });
    console.log(`run ${run.id}: ${stored.status} on ${stored.backend}`);
    if (stored.error) console.log(`error: ${stored.error}`);
    for (const e of stored.epochs) {
      console.log(`${foldLabel(e.fold)} epoch ${e.epoch}: loss ${e.trainLoss.toFixed(3)} acc ${(e.trainAccuracy * 100).toFixed(1)}% | val loss ${e.valLoss?.toFixed(3)} acc ${((e.valAccuracy ?? 0) * 100).toFixed(1)}% | ${e.samplesSeen}/${e.expectedSamples} samples in ${e.wallSeconds.toFixed(1)} s (${e.imagesPerSecond.toFixed(1)} img/s)`);
    }
    for (const r of stored.evaluations.filter((e) => isFinalModel(e.fold))) {
      console.log(`${r.split.toLowerCase()}: accuracy ${(r.accuracy * 100).toFixed(1)}% (n=${r.sampleCount}), macro-F1 ${r.macroF1.toFixed(3)}, ROC AUC ${r.rocAuc?.toFixed(3) ?? "n/a"}`);
    }
    if (result.modelVersionId) {
      const round = await scorePaintings(db, getStorage(), { modelVersionId: result.modelVersionId });
      console.log(`scored ${round.scored} paintings; ${round.enqueued} sent to review, ${round.removed} no longer uncertain`);
    }
    if (result.status !== "SUCCEEDED") process.exitCode = 1;
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

await main();

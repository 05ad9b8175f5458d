// The training worker as it runs for real: pg-boss on the test database, the real job handlers,
// every job in a trainer process. Runs are started through the GraphQL mutation.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parentPid } from "@/server/process/parent-pid";
import { QUEUES } from "@/server/queue/job-queue";
import { commandLineOf } from "@/scripts/lib/instance-lock";
import { testDb } from "./helpers/database";
import { errorCodes, execute, type asViewer } from "./helpers/graphql";
import { setUpTrainingProject, startTestWorker, waitFor, type TestWorker } from "./helpers/test-worker";

const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "provenance-worker-"));
let manager: ReturnType<typeof asViewer>;
let projectId: string;
const workers: TestWorker[] = [];

const START = `mutation($input: StartTrainingRunInput!) { startTrainingRun(input: $input) { id status } }`;
const start = async (config: Record<string, unknown>) => {
  const result = await execute<{ startTrainingRun: { id: string } }>(manager, START, { input: { projectId, ...config } });
  expect(result.errors).toBeUndefined();
  return result.data!.startTrainingRun.id;
};
const runRow = (id: string) => testDb().trainingRun.findUniqueOrThrow({ where: { id } });
const finished = (run: { status: string }) => !["QUEUED", "RUNNING"].includes(run.status);

beforeAll(async () => {
  ({ manager, projectId } = await setUpTrainingProject(storageDir));
  workers.push(await startTestWorker("worker-a"));
});

afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  fs.rmSync(storageDir, { recursive: true, force: true });
});

describe("the training worker through the queue", () => {
  it("refuses a preset no live worker can train, with no run written", async () => {
    const result = await execute(manager, START, { input: { projectId, preset: "full" } });
    expect(errorCodes(result)).toEqual(["run/preset_unsupported"]);
    expect(result.errors![0]!.message).toMatch(/native TensorFlow/);
    expect(await testDb().trainingRun.count()).toBe(0);
    const availability = await execute<{ presetAvailability: { preset: string; available: boolean }[] }>(
      manager, `query($p: ID!) { presetAvailability(projectId: $p) { preset available } }`, { p: projectId });
    expect(availability.data!.presetAvailability).toEqual([
      { preset: "tiny", available: true }, { preset: "small", available: true }, { preset: "full", available: false },
    ]);
  });

  it("trains a run started by the mutation, then scores the project with the new model", async () => {
    const runId = await start({ preset: "tiny", epochs: 2, batchSize: 16, patience: 0 });
    const run = await waitFor(() => runRow(runId), finished);
    expect(run.error).toBeNull();
    expect(run.status).toBe("SUCCEEDED");
    expect(run.workerId).toBe("worker-a");
    const db = testDb();
    expect(await db.epochMetric.count({ where: { runId } })).toBe(2);
    const model = await db.modelVersion.findUniqueOrThrow({ where: { runId } });
    const round = await waitFor(() => db.activeLearningRound.findFirst({ where: { modelVersionId: model.id } }), (r) => r?.status === "SUCCEEDED");
    expect(round?.scored).toBe(60);
    const job = await workers[0]!.boss.getJobById(QUEUES.train, run.jobId!);
    expect(job?.state).toBe("completed");
  });

  it("runs k-fold cross-validation (k = 2) before the final training", async () => {
    const runId = await start({ preset: "tiny", epochs: 1, batchSize: 16, patience: 0, kFolds: 2 });
    const run = await waitFor(() => runRow(runId), finished);
    expect(run.status).toBe("SUCCEEDED");
    const folds = await testDb().evaluationReport.findMany({ where: { runId, split: "VALIDATION", fold: { not: null } }, orderBy: { fold: "asc" } });
    expect(folds.map((f) => f.fold)).toEqual([0, 1]);
    const epochs = await testDb().epochMetric.findMany({ where: { runId }, select: { fold: true } });
    // One convention in both tables: the final model is fold null, the folds 0 and 1.
    expect(new Set(epochs.map((e) => e.fold))).toEqual(new Set([null, 0, 1]));
  });

  it("fails a run whose trainer dies, with the reason, and goes on with the next job", async () => {
    const doomed = await start({ preset: "small", epochs: 200, batchSize: 8, patience: 0 });
    await waitFor(() => runRow(doomed), (r) => r.phase === "training");
    const trainerPid = await findTrainerPid(doomed);
    process.kill(trainerPid, "SIGKILL");
    const failed = await waitFor(() => runRow(doomed), finished, { timeoutMs: 15_000 });
    expect(failed.status).toBe("FAILED");
    expect(failed.error).toMatch(/killed by the system/);
    const next = await start({ preset: "tiny", epochs: 1, batchSize: 16, patience: 0 });
    expect((await waitFor(() => runRow(next), finished)).status).toBe("SUCCEEDED");
  });
});

/** The trainer process of a run: a child of this test process whose command line names the run. */
async function findTrainerPid(runId: string): Promise<number> {
  const pids = fs.readdirSync("/proc").filter((entry) => /^\d+$/.test(entry)).map(Number).filter((pid) => {
    return parentPid(pid) === process.pid && commandLineOf(pid).includes(`trainer-main.ts train ${runId}`);
  });
  expect(pids, `one trainer for run ${runId}`).toHaveLength(1);
  return pids[0]!;
}

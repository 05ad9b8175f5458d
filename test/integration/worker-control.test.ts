// The worker stays in control of long work: heartbeats and cancellation while a trainer is busy,
// two workers sharing one queue, jobs of dead workers and runs whose job never got queued.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { QUEUES, startJobQueue } from "@/server/queue/job-queue";
import { startTrainingRun } from "@/server/services/runs/start-training-run";
import { reapStaleRuns, STALE_AFTER_MS } from "@/worker/runs/reap-stale-runs";
import { testDb } from "./helpers/database";
import { execute, type asViewer } from "./helpers/graphql";
import { setUpTrainingProject, startTestWorker, waitFor, type TestWorker } from "./helpers/test-worker";

const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "provenance-control-"));
let manager: ReturnType<typeof asViewer>;
let projectId: string;
const workers: TestWorker[] = [];

const start = async (config: Record<string, unknown>) => {
  const result = await execute<{ startTrainingRun: { id: string } }>(
    manager, `mutation($input: StartTrainingRunInput!) { startTrainingRun(input: $input) { id } }`, { input: { projectId, ...config } });
  expect(result.errors).toBeUndefined();
  return result.data!.startTrainingRun.id;
};
const runRow = (id: string) => testDb().trainingRun.findUniqueOrThrow({ where: { id } });
const finished = (run: { status: string }) => !["QUEUED", "RUNNING"].includes(run.status);

beforeAll(async () => {
  ({ manager, projectId } = await setUpTrainingProject(storageDir, { slug: "control" }));
  workers.push(await startTestWorker("worker-a"), await startTestWorker("worker-b"));
});

afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  fs.rmSync(storageDir, { recursive: true, force: true });
});

describe("a worker in control of a busy trainer", () => {
  it("heartbeats a small run at least 3 times in 40 s of training, and cancels it within 10 s", async () => {
    // small with batch norm at 128 px: each batch keeps the trainer inside wasm for a while, and
    // the heartbeat must still advance. (Batch 64 over this 48-painting split hits a wasm
    // "divide by zero" trap in the trainer: a known bug, see the closing note of 2026-12-01.)
    const runId = await start({ preset: "small", epochs: 200, batchSize: 16, patience: 0 });
    await waitFor(() => runRow(runId), (r) => r.phase === "training" || finished(r));
    const beats = new Set<number>();
    const watchUntil = Date.now() + 40_000;
    while (Date.now() < watchUntil) {
      const run = await runRow(runId);
      expect(run.status, run.error ?? "").toBe("RUNNING");
      beats.add(run.heartbeatAt!.getTime());
      // The other worker's reaper must never take a live run for a dead one.
      expect(await reapStaleRuns(testDb())).not.toContain(runId);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    expect(beats.size).toBeGreaterThanOrEqual(3);

    const asked = Date.now();
    const cancel = await execute(manager, `mutation($id: ID!) { cancelTrainingRun(id: $id) { id } }`, { id: runId });
    expect(cancel.errors).toBeUndefined();
    const ended = await waitFor(() => runRow(runId), finished, { timeoutMs: 15_000, everyMs: 100 });
    expect(ended.status).toBe("CANCELLED");
    expect(Date.now() - asked).toBeLessThan(10_000);
  });

  it("spreads runs over two workers, training each exactly once", async () => {
    const runIds = [await start({ preset: "tiny", epochs: 2, batchSize: 16, patience: 0 }), await start({ preset: "tiny", epochs: 2, batchSize: 16, patience: 0, seed: 5 })];
    const runs = await Promise.all(runIds.map((id) => waitFor(() => runRow(id), finished, { timeoutMs: 180_000 })));
    expect(runs.map((r) => r.status)).toEqual(["SUCCEEDED", "SUCCEEDED"]);
    expect(runs.map((r) => r.attempt)).toEqual([1, 1]);
    expect(new Set(runs.map((r) => r.workerId))).toEqual(new Set(["worker-a", "worker-b"]));
    for (const id of runIds) expect(await testDb().epochMetric.count({ where: { runId: id } })).toBe(2);
  });
});

describe("runs whose worker or queue failed them", () => {
  it("fails the pg-boss job of a run whose worker died, along with the run", async () => {
    const boss = await startJobQueue(process.env.DATABASE_URL);
    try {
      const db = testDb();
      const run = await startTrainingRun(db, null, manager.id, { projectId, config: { preset: "tiny" } });
      const jobId = (await boss.send(QUEUES.train, { runId: "not-for-workers" }, { startAfter: 3600 }))!;
      // A worker that took the job and died: the job is active, the run RUNNING with an old heartbeat.
      await db.$executeRaw`UPDATE pgboss.job SET state = 'active', started_on = now() WHERE id = ${jobId}::uuid`;
      await db.trainingRun.update({ where: { id: run.id }, data: { status: "RUNNING", jobId, workerId: "gone:1", heartbeatAt: new Date(), startedAt: new Date() } });
      const later = new Date(Date.now() + STALE_AFTER_MS + 1000);
      expect(await reapStaleRuns(db, later, boss)).toEqual([run.id]);
      expect((await runRow(run.id)).status).toBe("FAILED");
      expect((await boss.getJobById(QUEUES.train, jobId))?.state).toBe("failed");
    } finally {
      await boss.stop({ graceful: false });
    }
  });

  it("fails a run at once when the queue cannot take its job", async () => {
    const boss = new PgBoss({ connectionString: process.env.DATABASE_URL, max: 1 });
    await boss.start();
    await boss.stop({ graceful: false, wait: true });
    const before = await testDb().trainingRun.count();
    const attempt = startTrainingRun(testDb(), boss, manager.id, { projectId, config: { preset: "tiny" } });
    await expect(attempt).rejects.toSatisfy((error) => error instanceof AppError && error.code === "run/queue_unavailable");
    const run = await testDb().trainingRun.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(await testDb().trainingRun.count()).toBe(before + 1);
    expect(run.status).toBe("FAILED");
    expect(run.error).toMatch(/job queue did not take the run/);
  });
});

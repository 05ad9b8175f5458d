// `npm start` as a person uses it: a second start on a taken port, and Ctrl-C in the middle of a
// training run. Runs scripts/start.ts for real (database and worker; the web app is left out to
// spare a Next.js build) on an embedded PostgreSQL of its own.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/server/db/client";
import { findFreePort, isAlive, runningEmbeddedPostgres, startEmbeddedPostgres } from "@/server/db/embedded-postgres";
import { startJobQueue } from "@/server/queue/job-queue";
import { startTrainingRun } from "@/server/services/runs/start-training-run";
import { createLocalDiskStorage } from "@/server/storage/local-disk-storage";
import { seedStripePaintings } from "./helpers/synthetic-paintings";
import { waitFor } from "./helpers/test-worker";

const ROOT = path.resolve(import.meta.dirname, "../..");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "provenance-start-"));
fs.chmodSync(scratch, 0o755);
const started: ChildProcess[] = [];

afterAll(() => {
  for (const child of started) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  }
  fs.rmSync(scratch, { recursive: true, force: true });
});

function startProduct(args: string[], env: Record<string, string | undefined>) {
  // Its own process group, as a terminal would run it, so the test can send Ctrl-C to the group.
  const dataDir = path.join(scratch, `data-${started.length}`);
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", ...args], {
    cwd: ROOT, detached: true, stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, PROVENANCE_DATA_DIR: dataDir, ...env },
  });
  started.push(child);
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, exited, output: () => output, dataDir };
}

/** The worker's log lines in the supervisor's output, parsed. */
function workerLines(output: string): Record<string, unknown>[] {
  return output.split("\n").flatMap((line) => {
    const json = /^\[worker\] (\{.*\})$/.exec(line)?.[1];
    return json ? [JSON.parse(json) as Record<string, unknown>] : [];
  });
}

describe("npm start", () => {
  it("exits non-zero, saying why, when its port is taken", async () => {
    const blocker = net.createServer();
    const port = await new Promise<number>((resolve) => blocker.listen(0, () => resolve((blocker.address() as net.AddressInfo).port)));
    try {
      const product = startProduct([], { PORT: String(port), DATABASE_URL: process.env.DATABASE_URL });
      expect(await product.exited).toBe(1);
      expect(product.output()).toMatch(new RegExp(`port ${port} is already in use`));
    } finally {
      blocker.close();
    }
  });

  it("refuses to start with a malformed variable, naming every bad one, before starting anything", async () => {
    const product = startProduct(["--no-web"], { DATABASE_URL: "", LOG_LEVEL: "chatty", TRUSTED_PROXY_COUNT: "two" });
    expect(await product.exited).toBe(1);
    expect(product.output()).toMatch(/could not start: Invalid configuration: .*TRUSTED_PROXY_COUNT is not a number/);
    expect(product.output()).toMatch(/LOG_LEVEL must be fatal, error/);
    expect(fs.existsSync(path.join(product.dataDir, "postgres"))).toBe(false);
  });

  it("refuses a production start without DATABASE_URL, saying so, instead of running an embedded database", async () => {
    const product = startProduct(["--no-web"], { NODE_ENV: "production", DATABASE_URL: "" });
    expect(await product.exited).toBe(1);
    expect(product.output()).toMatch(/could not start: DATABASE_URL is required when NODE_ENV=production/);
    expect(fs.existsSync(path.join(product.dataDir, "postgres"))).toBe(false);
  });

  it("on Ctrl-C during training, records the run's end before the database stops", async () => {
    const storageDir = path.join(scratch, "storage");
    const pgPort = await findFreePort();
    const env = { DATABASE_URL: "", EMBEDDED_PG_PORT: String(pgPort), STORAGE_DIR: storageDir, TFJS_BACKEND: "wasm", TFJS_WASM_THREADS: "1", SEED_DEMO: "false" };
    const product = startProduct(["--no-web"], env);
    await waitFor(async () => product.output(), (out) => /\[worker\] .* ready/.test(out) || product.child.exitCode !== null, { timeoutMs: 120_000 });
    expect(product.output()).toMatch(/database and worker are running/);

    const url = `postgresql://provenance:provenance-local@127.0.0.1:${pgPort}/provenance`;
    const db = createPrismaClient(url);
    const boss = await startJobQueue(url);
    const project = await db.project.create({
      data: { slug: "drill", name: "Drill", labelClasses: { create: [{ key: "HUMAN", name: "Human", hotkey: "h", position: 0 }, { key: "AI", name: "AI", hotkey: "a", position: 1 }] } },
    });
    await seedStripePaintings(db, createLocalDiskStorage({ rootDir: storageDir }), { projectId: project.id, perClass: 12 });
    const run = await startTrainingRun(db, boss, null, { projectId: project.id, config: { preset: "small", epochs: 200, batchSize: 16, patience: 0 } });
    await boss.stop({ graceful: false });
    const training = await waitFor(() => db.trainingRun.findUniqueOrThrow({ where: { id: run.id } }), (r) => r.phase === "training" || r.status !== "QUEUED" && r.status !== "RUNNING");
    expect(training.status).toBe("RUNNING");
    await db.$disconnect();

    process.kill(-product.child.pid!, "SIGINT");
    expect(await product.exited).toBe(0);
    const out = product.output();
    // The worker logs structured lines (JSON), relayed under its name.
    const finishing = workerLines(out).find((line) => line.msg === "SIGTERM: finishing up");
    expect(finishing).toMatchObject({ service: "worker", reason: "SIGTERM" });
    expect(out.indexOf("stopping the database")).toBeGreaterThan(out.indexOf("finishing up"));

    // The database is down; start it again on the same data and read what the worker wrote.
    const again = await startEmbeddedPostgres({ dataDir: path.join(product.dataDir, "postgres"), port: pgPort, persistent: true });
    const check = createPrismaClient(again.url);
    try {
      const ended = await check.trainingRun.findUniqueOrThrow({ where: { id: run.id } });
      expect(ended.status).toBe("FAILED");
      expect(ended.error).toMatch(/worker was stopped during the run/);
    } finally {
      await check.$disconnect();
      await again.stop();
    }
  });

  it("starts a database that died again, and leaves nothing running when it is killed outright", async () => {
    const pgPort = await findFreePort();
    const product = startProduct(["--no-web"], { DATABASE_URL: "", EMBEDDED_PG_PORT: String(pgPort), TFJS_BACKEND: "wasm", SEED_DEMO: "false" });
    await waitFor(async () => product.output(), (out) => /\[worker\] .* ready/.test(out) || product.child.exitCode !== null, { timeoutMs: 120_000 });
    const dataDir = path.join(product.dataDir, "postgres");
    const database = runningEmbeddedPostgres(dataDir)!;
    process.kill(database.pid, "SIGKILL");
    await waitFor(async () => product.output(), (out) => out.includes("the database is back"), { timeoutMs: 60_000 });
    const restarted = runningEmbeddedPostgres(dataDir)!;
    expect(restarted.pid).not.toBe(database.pid);
    const db = createPrismaClient(`postgresql://provenance:provenance-local@127.0.0.1:${pgPort}/provenance`);
    expect(await db.user.count()).toBe(0);
    await db.$disconnect();

    const ready = workerLines(product.output()).find((line) => / ready: /.test(String(line.msg)));
    const workerPid = Number(/:(\d+)$/.exec(String(ready?.workerId))![1]);
    expect(ready?.pid).toBe(workerPid);
    process.kill(product.child.pid!, "SIGKILL");
    await waitFor(async () => [isAlive(workerPid), isAlive(restarted.pid)], (alive) => !alive.includes(true), { timeoutMs: 20_000 });
    expect([isAlive(workerPid), isAlive(restarted.pid)]).toEqual([false, false]);
  });
});

// Training throughput of VGG19 on each TensorFlow.js backend this machine can load, against a
// large-matmul baseline measured in the same run. Run: npx tsx bench/train-throughput.ts
// Every case runs in its own process (bench/lib/train-throughput-case.ts) with a time limit, so an
// out-of-memory abort in the 4 GB wasm heap is reported rather than ending the bench.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { countFlops } from "@/worker/model/count-flops";
import { resolvePreset } from "@/core/model/presets";
import { type CaseOutcome, type PlannedCase, formatTable, summarise } from "./lib/train-throughput-report";

const CASE_SCRIPT = path.join(import.meta.dirname, "lib", "train-throughput-case.ts");

function nativeBackends(): string[] {
  const require = createRequire(import.meta.url);
  return [["@tensorflow/tfjs-node-gpu", "tensorflow-gpu"], ["@tensorflow/tfjs-node", "tensorflow"]].flatMap(([pkg, name]) => {
    try {
      require.resolve(pkg);
      return [name];
    } catch {
      return [];
    }
  });
}

function plan(): PlannedCase[] {
  const fast = (backend: string): PlannedCase[] => [
    { backend, name: "matmul", batch: 1024, timeoutS: 60 },
    { backend, name: "matmul", batch: 2048, timeoutS: 60 },
    { backend, name: "matmul-conv1x1", batch: 2048, timeoutS: 60 },
    { backend, name: "tiny-train", batch: 32, timeoutS: 120 },
    { backend, name: "conv-base-forward", batch: 8, timeoutS: 180 },
    { backend, name: "conv-base-step", batch: 4, timeoutS: 240 },
    // Last: it is expected to exhaust the wasm heap.
    { backend, name: "full-step", batch: backend === "wasm" ? 1 : 8, timeoutS: 240 },
  ];
  const cpuSkip = "pure-JS cpu: one conv-base forward image takes ~40 s, a training step several minutes";
  return [
    ...nativeBackends().flatMap(fast),
    ...fast("wasm"),
    { backend: "cpu", name: "matmul", batch: 256, timeoutS: 60 },
    { backend: "cpu", name: "matmul", batch: 512, timeoutS: 60 },
    { backend: "cpu", name: "tiny-train", batch: 8, timeoutS: 150, warmup: 0 },
    { backend: "cpu", name: "conv-base-forward", batch: 1, timeoutS: 180, warmup: 0 },
    { backend: "cpu", name: "conv-base-step", batch: 1, timeoutS: 0, skip: cpuSkip },
    { backend: "cpu", name: "full-step", batch: 1, timeoutS: 0, skip: cpuSkip },
  ];
}

function runCase(c: PlannedCase): Promise<CaseOutcome> {
  if (c.skip) return Promise.resolve({ ...c, skipped: c.skip });
  return new Promise((resolve) => {
    const started = Date.now();
    const args = ["--import", "tsx", CASE_SCRIPT, c.backend, c.name, String(c.batch), String(c.warmup ?? 1)];
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), c.timeoutS * 1000);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const wallS = (Date.now() - started) / 1000;
      const line = output.split("\n").find((l) => l.startsWith("RESULT "));
      if (line) return resolve({ ...c, wallS, ...JSON.parse(line.slice(7)) });
      const reason = signal === "SIGKILL" ? `timed out after ${c.timeoutS} s` : `exited with ${code ?? signal}`;
      const tail = output.trim().split("\n").filter((l) => /error|abort|memory|oom/i.test(l)).slice(-1)[0] ?? "";
      resolve({ ...c, wallS, error: `${reason}${tail ? `: ${tail.trim().slice(0, 160)}` : ""}` });
    });
  });
}

function numpyBaseline(): Promise<number | null> {
  const script = "import numpy as n,time\na=n.random.rand(4096,4096).astype(n.float32)\na@a\nt=time.perf_counter()\nfor _ in range(3): a@a\nprint(2*4096**3*3/(time.perf_counter()-t)/1e9)";
  return new Promise((resolve) => {
    const child = spawn("python3", ["-c", script], { stdio: ["ignore", "pipe", "ignore"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("error", () => resolve(null));
    child.on("close", (code) => resolve(code === 0 ? Number(out.trim()) : null));
  });
}

const started = Date.now();
console.log(`train-throughput: ${os.cpus().length} CPUs (${os.cpus()[0]?.model}), load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
const numpy = await numpyBaseline();
console.log(numpy ? `native ceiling (numpy float32 4096^3 matmul): ${numpy.toFixed(0)} GFLOP/s` : "numpy not available: no native ceiling");
const outcomes: CaseOutcome[] = [];
const cases = plan();
for (const [i, c] of cases.entries()) {
  process.stdout.write(`[${i + 1}/${cases.length}] ${c.backend} ${c.name} (batch ${c.batch}) ... `);
  const outcome = await runCase(c);
  outcomes.push(outcome);
  console.log(outcome.skipped ? "skipped" : outcome.error ? `failed: ${outcome.error}` : `${outcome.seconds!.toFixed(3)} s/run`);
}
console.log(`\n${formatTable(outcomes, numpy)}\n`);
const fullParameters = countFlops(resolvePreset("full", { numClasses: 2 })).parameters;
for (const line of summarise(outcomes, numpy, fullParameters)) console.log(line);
console.log(`\nbench wall time ${((Date.now() - started) / 1000).toFixed(0)} s, load average at end ${os.loadavg()[0].toFixed(2)}`);

// Starts a trainer process for one job and follows it: its output is relayed line by line (the
// last lines are kept to explain a crash), its reply resolves `result`, and `kill` ends it at
// once, even in the middle of a wasm batch.
import { fork } from "node:child_process";
import path from "node:path";
import { relayChildOutput } from "@/server/process/relay-child-output";
import { childEnv } from "@/server/process/child-env";
import type { TrainerJob, TrainerReply, TrainerResult } from "./trainer-messages";

const ENTRY = path.join(import.meta.dirname, "trainer-main.ts");
const TAIL_LINES = 20;

export type TrainerOutcome<K extends TrainerJob["kind"]> =
  | { ok: true; result: TrainerResult[K] }
  | { ok: false; reason: string; exit: { code: number | null; signal: NodeJS.Signals | null; killedByUs: boolean } };

export type Trainer<K extends TrainerJob["kind"]> = {
  pid: number | undefined;
  /** Settles when the process has exited; never rejects. */
  outcome: Promise<TrainerOutcome<K>>;
  kill: () => void;
};

export function startTrainer<K extends TrainerJob["kind"]>(job: Extract<TrainerJob, { kind: K }>, { label = job.kind }: { label?: string } = {}): Trainer<K> {
  // `node --import tsx`, not the tsx binary: its wrapper kills a busy child 30 ms after a signal.
  // The job's kind and label ride along as arguments only so `ps` shows which trainer is which.
  const child = fork(ENTRY, [job.kind, label], {
    execArgv: ["--import", "tsx"],
    serialization: "advanced",
    stdio: ["ignore", "pipe", "pipe", "ipc"],
    env: childEnv(),
  });
  const tail: string[] = [];
  relayChildOutput(child, `[trainer ${label}]`, (line) => {
    tail.push(line);
    if (tail.length > TAIL_LINES) tail.shift();
  });
  let reply: TrainerReply<K> | null = null;
  let killedByUs = false;
  child.on("message", (message: TrainerReply<K>) => (reply = message));
  child.send(job);

  const outcome = new Promise<TrainerOutcome<K>>((resolve) => {
    child.on("error", (error) => tail.push(`could not run the trainer: ${error.message}`));
    child.on("exit", (code, signal) => {
      const exit = { code, signal, killedByUs };
      const answer = reply as TrainerReply<K> | null;
      if (answer?.type === "done") return resolve({ ok: true, result: answer.result });
      if (answer?.type === "failed") return resolve({ ok: false, reason: answer.message, exit });
      resolve({ ok: false, reason: explainExit(exit, tail), exit });
    });
  });
  return {
    pid: child.pid,
    outcome,
    kill: () => {
      killedByUs = true;
      child.kill("SIGKILL");
    },
  };
}

/** Why a trainer ended without a reply, in words a manager can act on. */
export function explainExit({ code, signal, killedByUs }: { code: number | null; signal: string | null; killedByUs: boolean }, tail: readonly string[]): string {
  const text = tail.join("\n");
  if (killedByUs) return "The trainer was stopped.";
  if (/heap out of memory|Allocation failed|out of memory|Cannot allocate memory/i.test(text)) {
    return "The trainer ran out of memory; try a smaller preset or batch size.";
  }
  if (signal === "SIGKILL") return "The trainer was killed by the system (often: out of memory); try a smaller preset or batch size.";
  const last = tail.filter((line) => line.trim()).at(-1);
  return `The trainer exited unexpectedly (${signal ?? `code ${code}`})${last ? `: ${last.slice(0, 300)}` : ""}.`;
}

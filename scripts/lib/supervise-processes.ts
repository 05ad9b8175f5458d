// Runs the product's processes side by side with prefixed output, each in a process group of its
// own: a terminal's Ctrl-C reaches only the supervisor, which stops the web app and the worker
// first (so the worker can record its run's fate) and the database last. A process that dies on
// its own is restarted unless it crashed too often lately; the web app stays up whatever the
// worker does. Each child also gets a parent-death signal, so none outlives a killed supervisor.
import { spawn, type ChildProcess } from "node:child_process";
import { relayChildOutput } from "../../server/process/relay-child-output";
import { withParentDeathSignal } from "../../server/db/postgres-user";
import { createRestartBudget } from "./restart-budget";

export type ProcessSpec = { name: string; command: string; args: string[]; env: NodeJS.ProcessEnv; essential: boolean };

export type Supervisor = {
  pids: () => Record<string, number | undefined>;
  /** Stops every child (SIGTERM, then SIGKILL after `graceMs`) and resolves once all have exited. */
  stopAll: (graceMs?: number) => Promise<void>;
  /** Rejects when an essential process cannot be kept running; never resolves. */
  failed: Promise<never>;
};

const RESTART_DELAY_MS = 2000;

/** `onSpawn` hears of every (re)start, so the pid file always names the children that run now. */
export function superviseProcesses(specs: ProcessSpec[], { onSpawn = () => {} }: { onSpawn?: () => void } = {}): Supervisor {
  const running = new Map<string, ChildProcess>();
  const exits = new Map<string, Promise<void>>();
  let stopping = false;
  let fail: (error: Error) => void = () => {};
  const failed = new Promise<never>((_resolve, reject) => (fail = reject));
  failed.catch(() => {});

  const launch = (spec: ProcessSpec, budget = createRestartBudget()) => {
    const [command, args] = withParentDeathSignal(spec.command, spec.args, "SIGTERM");
    const child = spawn(command, args, {
      env: { ...spec.env, PROVENANCE_SUPERVISOR_PID: String(process.pid) },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    running.set(spec.name, child);
    onSpawn();
    relayChildOutput(child, `[${spec.name}]`);
    exits.set(spec.name, new Promise((resolve) => child.once("exit", () => resolve())));
    child.once("error", (error) => console.error(`[start] ${spec.name} could not start: ${error.message}`));
    child.once("exit", (code, signal) => {
      running.delete(spec.name);
      if (stopping) return;
      const how = signal ?? `code ${code}`;
      if (budget.tryRestart()) {
        console.error(`[start] ${spec.name} exited (${how}); restarting in ${RESTART_DELAY_MS / 1000} s`);
        setTimeout(() => !stopping && launch(spec, budget), RESTART_DELAY_MS).unref();
      } else if (spec.essential) {
        fail(new Error(`${spec.name} exited (${how}) ${budget.describe()}; stopping`));
      } else {
        console.error(`[start] ${spec.name} exited (${how}) ${budget.describe()}; not restarting it. The rest keeps running; see its log above.`);
      }
    });
  };

  specs.forEach((spec) => launch(spec));
  return {
    pids: () => Object.fromEntries([...running].map(([name, child]) => [name, child.pid])),
    failed,
    stopAll: async (graceMs = 15_000) => {
      stopping = true;
      for (const child of running.values()) child.kill("SIGTERM");
      const killer = setTimeout(() => running.forEach((child) => child.kill("SIGKILL")), graceMs);
      await Promise.all(exits.values());
      clearTimeout(killer);
    },
  };
}

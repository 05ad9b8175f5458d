// Runs the product's processes side by side with prefixed output. Ctrl-C (or SIGTERM) stops them
// all and resolves; if a process dies on its own, the worker is restarted (a few times) and the
// web app takes everything down with it, so a half-running product is never left behind.
import { spawn, type ChildProcess } from "node:child_process";

type ProcessSpec = { name: string; command: string; args: string[]; env: NodeJS.ProcessEnv; restartOnCrash?: boolean };

const MAX_RESTARTS = 5;

export function superviseProcesses(specs: ProcessSpec[], onStarted: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const running = new Map<string, ChildProcess>();
    const restarts = new Map<string, number>();
    let stopping = false;

    const launch = (spec: ProcessSpec) => {
      const child = spawn(spec.command, spec.args, { env: spec.env, stdio: ["ignore", "pipe", "pipe"] });
      running.set(spec.name, child);
      prefixLines(child, spec.name);
      child.on("exit", (code, signal) => {
        running.delete(spec.name);
        if (stopping) return running.size === 0 && resolve();
        const count = restarts.get(spec.name) ?? 0;
        if (spec.restartOnCrash && count < MAX_RESTARTS) {
          restarts.set(spec.name, count + 1);
          console.error(`[start] ${spec.name} exited (${signal ?? code}); restarting in 2 s`);
          setTimeout(() => !stopping && launch(spec), 2000);
          return;
        }
        console.error(`[start] ${spec.name} exited (${signal ?? code}); stopping everything`);
        stopAll();
        if (running.size === 0) reject(new Error(`${spec.name} exited`));
        else for (const other of running.values()) other.once("exit", () => running.size === 0 && reject(new Error(`${spec.name} exited`)));
      });
    };

    const stopAll = () => {
      stopping = true;
      for (const child of running.values()) child.kill("SIGTERM");
      // A process that ignores SIGTERM is killed after 15 s.
      setTimeout(() => running.forEach((child) => child.kill("SIGKILL")), 15_000).unref();
    };

    process.on("SIGINT", stopAll);
    process.on("SIGTERM", stopAll);
    specs.forEach(launch);
    onStarted();
  });
}

function prefixLines(child: ChildProcess, name: string) {
  for (const [stream, out] of [[child.stdout, process.stdout], [child.stderr, process.stderr]] as const) {
    let buffer = "";
    stream?.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) out.write(`[${name}] ${line}\n`);
    });
  }
}

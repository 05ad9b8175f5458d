// A child process's output, passed on line by line with a prefix naming the child, so the logs
// of several processes in one terminal stay readable. `onLine` sees each line too (to keep the
// last ones, say, to explain a crash).
import type { ChildProcess } from "node:child_process";

export function relayChildOutput(child: ChildProcess, prefix: string, onLine: (line: string) => void = () => {}): void {
  for (const [stream, out] of [[child.stdout, process.stdout], [child.stderr, process.stderr]] as const) {
    let buffer = "";
    stream?.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) {
        out.write(`${prefix} ${line}\n`);
        onLine(line);
      }
    });
  }
}

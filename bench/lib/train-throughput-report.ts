// Table and summary for bench/train-throughput.ts: achieved GFLOP/s per case, as a share of the
// same backend's best matmul, and the wasm-over-cpu speedup the issue asks to be at least 5x.
export type PlannedCase = { backend: string; name: string; batch: number; timeoutS: number; warmup?: number; skip?: string };
export type CaseOutcome = PlannedCase & {
  seconds?: number; runs?: number; flopsPerRun?: number; threads?: number; note?: string;
  error?: string; skipped?: string; wallS?: number;
};

const gflops = (o: CaseOutcome) => (o.seconds && o.flopsPerRun ? o.flopsPerRun / o.seconds / 1e9 : null);
const isMatmul = (o: CaseOutcome) => o.name.startsWith("matmul");
const imagesPerSecond = (o: CaseOutcome) => (o.seconds && !isMatmul(o) ? o.batch / o.seconds : null);
const fixed = (v: number) => v.toFixed(v < 1 ? 3 : v < 10 ? 2 : 1);

/** The backend's best large matrix product, the yardstick for its convolutions. */
function matmulBaseline(outcomes: CaseOutcome[], backend: string): number | null {
  const values = outcomes.filter((o) => o.backend === backend && isMatmul(o)).map(gflops).filter((v): v is number => v !== null);
  return values.length ? Math.max(...values) : null;
}

export function formatTable(outcomes: CaseOutcome[], numpyGflops: number | null): string {
  const header = ["backend", "case", "batch", "s/run", "runs", "images/s", "GFLOP/s", "of matmul", "of numpy", "notes"];
  const rows = outcomes.map((o) => {
    const g = gflops(o);
    const base = matmulBaseline(outcomes, o.backend);
    const ips = imagesPerSecond(o);
    return [
      o.backend + (o.threads ? ` x${o.threads}` : ""),
      o.name,
      String(o.batch),
      o.seconds ? o.seconds.toFixed(3) : "-",
      o.runs ? String(o.runs) : "-",
      ips ? fixed(ips) : "-",
      g ? fixed(g) : "-",
      g && base && !isMatmul(o) ? `${((100 * g) / base).toFixed(0)}%` : "-",
      g && numpyGflops ? `${((100 * g) / numpyGflops).toFixed(1)}%` : "-",
      o.skipped ? `skipped: ${o.skipped}` : o.error ? `FAILED: ${o.error}` : (o.note ?? ""),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join("  ");
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

export function summarise(outcomes: CaseOutcome[], numpyGflops: number | null, fullParameters: number): string[] {
  const find = (backend: string, name: string) => outcomes.find((o) => o.backend === backend && o.name === name && o.seconds);
  const lines: string[] = [];
  for (const backend of [...new Set(outcomes.map((o) => o.backend))]) {
    const base = matmulBaseline(outcomes, backend);
    if (base) lines.push(`${backend}: matmul baseline ${fixed(base)} GFLOP/s${numpyGflops ? ` (${((100 * base) / numpyGflops).toFixed(1)}% of numpy's ${numpyGflops.toFixed(0)})` : ""}`);
  }
  for (const name of ["tiny-train", "conv-base-forward"]) {
    const wasm = find("wasm", name);
    const cpu = find("cpu", name);
    if (wasm && cpu) {
      const speedup = imagesPerSecond(wasm)! / imagesPerSecond(cpu)!;
      lines.push(`wasm vs cpu, ${name}: ${speedup.toFixed(0)}x faster (${speedup >= 5 ? "meets" : "MISSES"} the >= 5x target)`);
    } else {
      lines.push(`wasm vs cpu, ${name}: not comparable (a case failed or was skipped)`);
    }
  }
  const full = outcomes.find((o) => o.backend === "wasm" && o.name === "full-step");
  if (full?.error) {
    const gb = (fullParameters * 4) / 2 ** 30;
    lines.push(
      `full VGG19 (${(fullParameters / 1e6).toFixed(1)} M parameters, ${gb.toFixed(2)} GiB as float32) with Adam on wasm: ${full.error}. ` +
        "Adam keeps several parameter-sized tensors besides weights and gradients, past the 4 GiB wasm heap; " +
        "see the conv-base rows for what does fit",
    );
  }
  return lines;
}

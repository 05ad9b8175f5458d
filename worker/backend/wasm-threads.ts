// Multi-threaded XNNPACK for the tfjs wasm backend under Node. tfjs 4.22 turns wasm threads off
// under Node (tfjs#3830) because its pthread workers get `blob:` URLs; on a 2-core machine
// threads roughly double convolution throughput (measured: 31 -> 63 GFLOP/s for the VGG19 conv
// base at 224, batch 8). We run the
// same threaded-SIMD build tfjs ships, but from real files, and re-register it as `wasm` so every
// wasm kernel (and ours in wasm-kernels.ts) applies unchanged.
import { createRequire } from "node:module";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import perfHooks from "node:perf_hooks";
import * as tf from "@tensorflow/tfjs";
import { BackendWasm, getThreadsCount, setThreadsCount, version_wasm } from "@tensorflow/tfjs-backend-wasm";
import { extractThreadedSources, writeThreadedFiles } from "./threaded-wasm-sources";

const require = createRequire(import.meta.url);

// The C++ side creates at most 8 pthreads (the build pre-spawns 8 workers).
export const MAX_WASM_THREADS = 8;
const WASM_PRIORITY = 2;

type EmscriptenModule = {
  cwrap: (name: string, returns: string | null, args: string[]) => (...args: number[]) => number;
  PThread?: { runningWorkers: { unref(): void }[]; unusedWorkers: { unref(): void }[] };
  tfjs?: Record<string, unknown>;
};

let enabled: Promise<number> | null = null;

/**
 * Registers the threaded wasm backend under the name `wasm` and makes it current. Must run
 * before anything else initialises `wasm`; the result is cached for the process.
 * Resolves to the thread count XNNPACK actually uses.
 */
export function enableWasmThreads({ threads, cacheDir }: { threads: number; cacheDir?: string }): Promise<number> {
  if (!Number.isInteger(threads) || threads < 1 || threads > MAX_WASM_THREADS) {
    throw new RangeError(`threads must be an integer in 1..${MAX_WASM_THREADS}, got ${threads}`);
  }
  enabled ??= start(threads, cacheDir ?? path.join(os.tmpdir(), "provenance-lab-tfjs-wasm"));
  return enabled;
}

async function start(threads: number, cacheDir: string): Promise<number> {
  const bundlePath = require.resolve("@tensorflow/tfjs-backend-wasm");
  const distDir = path.dirname(bundlePath);
  const sources = extractThreadedSources(fs.readFileSync(bundlePath, "utf8"));
  const files = writeThreadedFiles(sources, { dir: cacheDir, version: version_wasm });

  const module = await instantiate(sources, {
    threads,
    locateFile: (file: string, prefix: string) => {
      if (file.endsWith(".worker.js")) return files.workerScript;
      if (file.endsWith(".wasm")) return path.join(distDir, "tfjs-backend-wasm-threaded-simd.wasm");
      return prefix + file;
    },
    mainScriptUrlOrBlob: files.mainScript,
  });
  attachTfjsBindings(module);

  setThreadsCount(threads);
  // Only the factory is checked: findBackend("wasm") would start initialising the stock build.
  if (tf.findBackendFactory("wasm")) tf.removeBackend("wasm");
  tf.registerBackend("wasm", () => new BackendWasm(module as never), WASM_PRIORITY);
  if (!(await tf.setBackend("wasm"))) throw new Error("threaded wasm backend failed to initialise");
  // XNNPACK's pool threads park between ops but stay referenced, which would keep Node alive
  // after a script finishes; the main thread blocks on them synchronously, so unref is safe.
  for (const worker of [...(module.PThread?.runningWorkers ?? []), ...(module.PThread?.unusedWorkers ?? [])]) {
    worker.unref();
  }
  return getThreadsCount();
}

async function instantiate(
  { factory: factorySource, helpers }: { factory: string; helpers: string },
  { threads, ...config }: { threads: number; locateFile: unknown; mainScriptUrlOrBlob: string },
): Promise<EmscriptenModule> {
  // The C++ side caps the pool at (logical cores / 2), assuming hyper-threading; on a 2-core
  // VM that means one thread. Reporting 2x the wanted count lifts the cap to exactly `threads`.
  const osView = { ...os, cpus: () => Array.from({ length: threads * 2 }, () => os.cpus()[0]) };
  // The factory text closes over the bundle's module-level names; supply them as parameters.
  const makeFactory = new Function(
    "require", "require$$0", "require$$1", "require$$3", "require$$4", "commonjsGlobal", "__dirname", "__filename",
    `${helpers}\nreturn ${factorySource};`,
  );
  const factory = makeFactory(
    require, fs, path, perfHooks, osView, globalThis, path.dirname(config.mainScriptUrlOrBlob), config.mainScriptUrlOrBlob,
  ) as (config: object) => Promise<EmscriptenModule>;
  return factory(config);
}

// Mirrors tfjs-backend-wasm's own init(): BackendWasm expects these on `module.tfjs`.
function attachTfjsBindings(module: EmscriptenModule): void {
  module.tfjs = {
    init: module.cwrap("init", null, []),
    initWithThreadsCount: module.cwrap("init_with_threads_count", null, ["number"]),
    getThreadsCount: module.cwrap("get_threads_count", "number", []),
    registerTensor: module.cwrap("register_tensor", null, ["number", "number", "number"]),
    disposeData: module.cwrap("dispose_data", null, ["number"]),
    dispose: module.cwrap("dispose", null, []),
  };
}

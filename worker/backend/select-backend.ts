// Picks the fastest TensorFlow.js backend this machine can run, best first:
// tfjs-node-gpu (CUDA), tfjs-node (native TensorFlow), wasm (XNNPACK, threaded when possible),
// cpu (pure JS, about 100x slower than wasm for VGG19). `TFJS_BACKEND` forces one; a forced
// backend that cannot load is an error rather than a silent fallback.
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import * as tf from "@tensorflow/tfjs";
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";
import { getConfig } from "@/server/config";
import { MAX_WASM_THREADS, enableWasmThreads } from "./wasm-threads";
import { registerWasmKernels } from "./wasm-kernels";

export type BackendName = "tensorflow-gpu" | "tensorflow" | "wasm" | "cpu";
export type SelectedBackend = { name: BackendName; threads?: number; notes: string };

const ORDER: BackendName[] = ["tensorflow-gpu", "tensorflow", "wasm", "cpu"];
const ALIASES: Record<string, BackendName> = {
  "tensorflow-gpu": "tensorflow-gpu", gpu: "tensorflow-gpu", "tfjs-node-gpu": "tensorflow-gpu",
  tensorflow: "tensorflow", node: "tensorflow", "tfjs-node": "tensorflow",
  wasm: "wasm", cpu: "cpu",
};

export function parseBackendName(value: string): BackendName {
  const name = ALIASES[value.trim().toLowerCase()];
  if (!name) throw new Error(`unknown TFJS_BACKEND "${value}"; use auto or one of ${ORDER.join(", ")}`);
  return name;
}

/** Threads for wasm: `TFJS_WASM_THREADS` if set, else one per available CPU, within 1..8. */
export function wasmThreadCount(env: string | undefined, cpus: number): number {
  if (env !== undefined && env.trim() !== "") {
    const n = Number(env);
    if (!Number.isInteger(n) || n < 1 || n > MAX_WASM_THREADS) {
      throw new Error(`TFJS_WASM_THREADS must be an integer in 1..${MAX_WASM_THREADS}, got "${env}"`);
    }
    return n;
  }
  return Math.max(1, Math.min(cpus, MAX_WASM_THREADS));
}

const selections = new Map<BackendName, Promise<SelectedBackend>>();

/** `preferred` (default: env TFJS_BACKEND) forces a backend; unset, "" or "auto" picks the best. */
export async function selectBackend(preferred: string | undefined = getConfig().TFJS_BACKEND): Promise<SelectedBackend> {
  const auto = !preferred || preferred.trim().toLowerCase() === "auto";
  const forced = auto ? undefined : parseBackendName(preferred);
  const skipped: string[] = [];
  for (const name of forced ? [forced] : ORDER) {
    if (!selections.has(name)) selections.set(name, LOADERS[name]());
    try {
      const selected = await selections.get(name)!;
      if (tf.getBackend() !== backendKey(name)) await tf.setBackend(backendKey(name));
      return { ...selected, notes: [...skipped, selected.notes].join("; ") };
    } catch (error) {
      selections.delete(name);
      const reason = error instanceof Error ? error.message : String(error);
      if (forced) throw new Error(`TFJS_BACKEND=${preferred} was requested but cannot be used: ${reason}`);
      // A missing optional package is the usual case; say so instead of quoting the import path.
      const missing = (error as { code?: string }).code === "ERR_MODULE_NOT_FOUND" || /Cannot find (package|module)/.test(reason);
      skipped.push(`${name} unavailable (${missing ? "package not installed" : reason.split("\n")[0]})`);
    }
  }
  throw new Error(`no TensorFlow.js backend could be initialised: ${skipped.join("; ")}`);
}

function backendKey(name: BackendName): string {
  return name === "tensorflow-gpu" ? "tensorflow" : name;
}

const LOADERS: Record<BackendName, () => Promise<SelectedBackend>> = {
  "tensorflow-gpu": () => loadNative("@tensorflow/tfjs-node-gpu", "tensorflow-gpu"),
  tensorflow: () => loadNative("@tensorflow/tfjs-node", "tensorflow"),
  wasm: loadWasm,
  cpu: async () => {
    if (!(await tf.setBackend("cpu"))) throw new Error("cpu backend failed to initialise");
    return { name: "cpu", threads: 1, notes: "pure-JS cpu backend: correct but far too slow for VGG19 at 224" };
  },
};

async function loadNative(specifier: string, name: BackendName): Promise<SelectedBackend> {
  // A variable specifier keeps bundlers and tsc from requiring these optional packages.
  const moduleName: string = specifier;
  await withoutRegistrationWarnings(() => import(moduleName));
  if (!(await tf.setBackend("tensorflow"))) throw new Error(`${specifier} loaded but did not initialise`);
  return { name, notes: `${specifier} (native TensorFlow${name === "tensorflow-gpu" ? " with CUDA" : ""})` };
}

async function loadWasm(): Promise<SelectedBackend> {
  registerWasmKernels();
  const threads = wasmThreadCount(getConfig().TFJS_WASM_THREADS?.toString(), os.availableParallelism());
  if (threads > 1) {
    try {
      const actual = await enableWasmThreads({ threads });
      return { name: "wasm", threads: actual, notes: `wasm threaded-SIMD, ${actual} XNNPACK threads` };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ...(await loadStockWasm()), notes: `wasm single-thread (threads failed: ${reason})` };
    }
  }
  return loadStockWasm();
}

async function loadStockWasm(): Promise<SelectedBackend> {
  const require = createRequire(import.meta.url);
  setWasmPaths(path.dirname(require.resolve("@tensorflow/tfjs-backend-wasm")) + path.sep);
  if (!(await tf.setBackend("wasm"))) throw new Error("wasm backend failed to initialise");
  return { name: "wasm", threads: 1, notes: "wasm SIMD, single thread" };
}

/**
 * tfjs-node-gpu and tfjs-node register the same kernels under "tensorflow" before they find out
 * whether their native library loads; trying one after the other prints ~150 "already registered"
 * warnings that bury the one line that matters (which backend was chosen, and why).
 */
async function withoutRegistrationWarnings<T>(work: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!/is already registered/.test(String(args[0]))) warn(...args);
  };
  try {
    return await work();
  } finally {
    console.warn = warn;
  }
}

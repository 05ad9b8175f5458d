// The threaded-SIMD build of tfjs-backend-wasm ships inside the package's Node bundle as source
// text, and tfjs hands it to its pthread workers as `blob:` URLs, which Node's worker_threads
// cannot load. These helpers lift the two scripts out of the bundle so they can be written to
// real files that a worker can `require`.
import fs from "node:fs";
import path from "node:path";

export type ThreadedWasmSources = {
  /** The Emscripten factory, an expression: `(function () { ... })()`. */
  factory: string;
  /** TypeScript down-level helpers (`__values`, ...) the factory text calls, as declarations. */
  helpers: string;
  /** The pthread worker script (CommonJS). */
  worker: string;
};

const FACTORY_START = "var WasmBackendModuleThreadedSimd = ";
const FACTORY_END = "module.exports = WasmBackendModuleThreadedSimd;";
const WORKER_LITERAL = /var wasmWorkerContents = ("(?:[^"\\]|\\.)*");/;

/** Module-level `require`s of the bundle that the factory text refers to by these names. */
export const FACTORY_MODULE_NAMES = ["require$$0", "require$$1", "require$$3", "require$$4", "commonjsGlobal"];
/** tslib helpers declared at the bundle's top level and called from the factory text. */
const FACTORY_HELPERS = ["__values", "__read", "__spreadArray"];

export function extractThreadedSources(bundle: string): ThreadedWasmSources {
  const start = bundle.indexOf(FACTORY_START);
  const end = start < 0 ? -1 : bundle.indexOf(FACTORY_END, start);
  const literal = WORKER_LITERAL.exec(bundle);
  if (start < 0 || end < 0 || !literal) {
    throw new Error(
      "tfjs-backend-wasm bundle layout not recognised (threaded factory or worker script missing); " +
        "threaded wasm supports @tensorflow/tfjs-backend-wasm 4.22.x",
    );
  }
  const factory = bundle.slice(start + FACTORY_START.length, end).trim().replace(/;$/, "");
  for (const name of FACTORY_MODULE_NAMES) {
    if (!bundle.includes(`var ${name} = `)) throw new Error(`tfjs-backend-wasm bundle no longer declares ${name}`);
  }
  const helpers = FACTORY_HELPERS.map((name) => {
    const declaration = new RegExp(`^function ${name}\\([\\s\\S]*?^}`, "m").exec(bundle);
    if (!declaration) throw new Error(`tfjs-backend-wasm bundle no longer declares ${name}`);
    return declaration[0];
  }).join("\n");
  // tfjs escapes newlines before making its Blob: the script has "\n" inside string literals
  // that must stay escaped once the text is a file again.
  const worker = (JSON.parse(literal[1]) as string).replace(/\n/g, "\\n");
  return { factory, helpers, worker };
}

/** Global-scope declarations that make the factory text runnable inside a pthread worker. */
export function workerMainPrelude(helpers: string): string {
  return [
    'var require$$0 = require("fs");',
    'var require$$1 = require("path");',
    'var require$$3 = require("perf_hooks");',
    'var require$$4 = require("os");',
    "var commonjsGlobal = globalThis;",
    helpers,
  ].join("\n");
}

export type ThreadedWasmFiles = { mainScript: string; workerScript: string };

/**
 * Writes the two scripts as `.cjs` (so a `"type": "module"` package.json above them cannot turn
 * them into ES modules). Files are content-addressed by version, so concurrent processes write
 * identical bytes and a rename keeps each write atomic.
 */
export function writeThreadedFiles(
  sources: ThreadedWasmSources,
  { dir, version }: { dir: string; version: string },
): ThreadedWasmFiles {
  fs.mkdirSync(dir, { recursive: true });
  const mainScript = path.join(dir, `tfjs-wasm-${version}-threaded-main.cjs`);
  const workerScript = path.join(dir, `tfjs-wasm-${version}-threaded-worker.cjs`);
  writeAtomically(mainScript, `${workerMainPrelude(sources.helpers)}\nvar WasmBackendModuleThreadedSimd = ${sources.factory};\n`);
  writeAtomically(workerScript, sources.worker);
  return { mainScript, workerScript };
}

function writeAtomically(file: string, text: string): void {
  if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === text) return;
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}

// Kernels the wasm backend needs for training. tfjs-backend-wasm 4.22 has no
// Conv2DBackpropFilter at all (so no conv layer can train), and its Conv2DBackpropInput and
// transposed BatchMatMul are scalar loops. Registering is per backend name, so it also covers
// the threaded build that wasm-threads.ts registers as `wasm`.
import * as tf from "@tensorflow/tfjs";
import { conv2dBackpropFilter } from "./conv2d-backprop-filter";
import { batchMatMul } from "./batch-mat-mul";
import { conv2dBackpropInput } from "./conv2d-backprop-input";

const BACKEND = "wasm";
let registered = false;

/** Idempotent; call before or after the wasm backend initialises. */
export function registerWasmKernels(): void {
  if (registered) return;
  if (!tf.getKernel("Conv2DBackpropFilter", BACKEND)) {
    tf.registerKernel({
      kernelName: "Conv2DBackpropFilter",
      backendName: BACKEND,
      kernelFunc: conv2dBackpropFilter(BACKEND),
    });
  }
  // The stock setup functions bind the C++ entry points the fallback paths still call.
  replaceKernel("Conv2DBackpropInput", (stock) => conv2dBackpropInput(BACKEND, stock));
  replaceKernel("BatchMatMul", (stock) => batchMatMul(BACKEND, stock));
  registered = true;
}

function replaceKernel(kernelName: string, wrap: (stock: tf.KernelFunc) => tf.KernelFunc): void {
  const stock = tf.getKernel(kernelName, BACKEND);
  if (!stock) throw new Error(`tfjs-backend-wasm must be imported before registerWasmKernels (no ${kernelName})`);
  tf.unregisterKernel(kernelName, BACKEND);
  tf.registerKernel({ kernelName, backendName: BACKEND, setupFunc: stock.setupFunc, kernelFunc: wrap(stock.kernelFunc) });
}

// Composite kernels (wasm-kernels.ts) are built from other kernels of the same backend, called at
// the kernel level so the engine neither records them on the gradient tape nor tracks them as
// tensors. Each intermediate must then be released by hand; this scope does that bookkeeping.
import * as tf from "@tensorflow/tfjs";

type KernelInputs = Record<string, tf.TensorInfo> | tf.TensorInfo[];
type Disposer = { disposeData(dataId: object, force?: boolean): boolean };

export type KernelScope = {
  /** Runs kernel `name` of the scope's backend; its output is released by `dispose()`. */
  run(name: string, inputs: KernelInputs, attrs?: Record<string, unknown>): tf.TensorInfo;
  /** Takes an output out of the scope, for the value the composite kernel returns. */
  keep(info: tf.TensorInfo): tf.TensorInfo;
  dispose(): void;
};

export function createKernelScope(backend: Disposer, backendName: string): KernelScope {
  const owned: tf.TensorInfo[] = [];
  return {
    run(name, inputs, attrs = {}) {
      const kernel = tf.getKernel(name, backendName);
      if (!kernel) throw new Error(`kernel ${name} is not registered for backend ${backendName}`);
      const out = kernel.kernelFunc({
        inputs: inputs as tf.NamedTensorInfoMap,
        attrs: attrs as tf.NamedAttrMap,
        backend: backend as unknown as tf.KernelBackend,
      });
      if (Array.isArray(out)) throw new Error(`kernel ${name} returned several outputs; not supported here`);
      owned.push(out);
      return out;
    },
    keep(info) {
      const index = owned.indexOf(info);
      if (index >= 0) owned.splice(index, 1);
      return info;
    },
    dispose() {
      // Reshape outputs share their input's data with a reference count, so each is released once.
      for (const info of owned.splice(0)) backend.disposeData(info.dataId);
    },
  };
}

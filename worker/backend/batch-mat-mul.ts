// BatchMatMul for wasm that keeps transposed products on XNNPACK. The stock kernel sends any
// product with transposeA or transposeB to a scalar loop, and a dense layer's backward pass
// needs exactly those (dX = dY . W^T, dW = X^T . dY): for VGG19's 25088x4096 fc1 that loop is
// the slowest kernel of a step. Transposing the operand first and multiplying untransposed is
// the same product, at the price of one copy.
import * as tf from "@tensorflow/tfjs";
import { createKernelScope } from "./kernel-scope";

type Disposer = { disposeData(dataId: object, force?: boolean): boolean };

function swapLastTwo(rank: number): number[] {
  return [...Array.from({ length: rank - 2 }, (_, i) => i), rank - 1, rank - 2];
}

export function batchMatMul(backendName: string, stock: tf.KernelFunc): tf.KernelFunc {
  return (args) => {
    const { a, b } = args.inputs as { a: tf.TensorInfo; b: tf.TensorInfo };
    const { transposeA, transposeB } = args.attrs as { transposeA: boolean; transposeB: boolean };
    const single = (t: tf.TensorInfo) => tf.util.sizeFromShape(t.shape.slice(0, -2)) === 1;
    // XNNPACK serves only unbatched float32 products; anything else keeps the stock path.
    if ((!transposeA && !transposeB) || !single(a) || !single(b) || a.dtype !== "float32" || b.dtype !== "float32") {
      return stock(args);
    }
    const scope = createKernelScope(args.backend as unknown as Disposer, backendName);
    try {
      const plainA = transposeA ? scope.run("Transpose", { x: a }, { perm: swapLastTwo(a.shape.length) }) : a;
      const plainB = transposeB ? scope.run("Transpose", { x: b }, { perm: swapLastTwo(b.shape.length) }) : b;
      return stock({ ...args, inputs: { a: plainA, b: plainB }, attrs: { ...args.attrs, transposeA: false, transposeB: false } }) as tf.TensorInfo;
    } finally {
      scope.dispose();
    }
  };
}

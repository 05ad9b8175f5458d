// Conv2DBackpropFilter for backends that lack it (tfjs-backend-wasm 4.22), built only from
// kernels XNNPACK runs fast. Building it on Conv3DBackpropFilterV2 is wrong for stride > 1
// (measured relative error 0.32-0.70 against the pure-JS backend) and transposed BatchMatMul on
// wasm is a scalar loop. Two exact formulations
// exist whose speed depends on the layer's shape by 3x either way (narrow-channel, large-batch
// layers favour the swap; wide deep layers and the 3-channel first layer favour the taps), so
// in "auto" mode the first call for each shape runs both, keeps the faster, and remembers it.
import * as tf from "@tensorflow/tfjs";
import { createKernelScope } from "./kernel-scope";
import { filterGradientBySwap } from "./filter-gradient-swap";
import { type FilterGradientShape, filterGradientByTaps } from "./filter-gradient-taps";

export type FilterGradientStrategy = "auto" | "taps" | "swap";
type Attrs = {
  strides: [number, number] | number;
  pad: "valid" | "same" | number | tf.backend_util.ExplicitPadding;
  dataFormat: "NHWC" | "NCHW";
  dimRoundingMode?: "floor" | "round" | "ceil";
  filterShape: [number, number, number, number];
};
type Disposer = { disposeData(dataId: object, force?: boolean): boolean };
const IMPLEMENTATIONS = { taps: filterGradientByTaps, swap: filterGradientBySwap };

export function conv2dBackpropFilter(backendName: string, strategy: FilterGradientStrategy = "auto"): tf.KernelFunc {
  const fastest = new Map<string, "taps" | "swap">();
  return ({ inputs, attrs, backend }) => {
    const { x, dy } = inputs as { x: tf.TensorInfo; dy: tf.TensorInfo };
    const { strides, pad, dataFormat, dimRoundingMode, filterShape } = attrs as unknown as Attrs;
    if (dataFormat === "NCHW") throw new Error(`Conv2DBackpropFilter on ${backendName} supports NHWC only`);
    const info = tf.backend_util.computeConv2DInfo(
      x.shape as [number, number, number, number], filterShape, strides, 1, pad, dimRoundingMode,
    );
    const shape: FilterGradientShape = {
      ...info, kh: info.filterHeight, kw: info.filterWidth, sh: info.strideHeight, sw: info.strideWidth,
      top: info.padInfo.top, left: info.padInfo.left,
    };
    const scope = createKernelScope(backend as unknown as Disposer, backendName);
    try {
      const key = `${x.shape}|${dy.shape}|${shape.sh},${shape.sw}|${shape.top},${shape.left}`;
      const chosen = strategy === "auto" ? fastest.get(key) : strategy;
      if (chosen) return scope.keep(IMPLEMENTATIONS[chosen](scope, x, dy, shape));
      const timed = (["taps", "swap"] as const).map((name) => {
        const started = performance.now();
        const out = IMPLEMENTATIONS[name](scope, x, dy, shape);
        return { name, out, ms: performance.now() - started };
      });
      const winner = timed[0].ms <= timed[1].ms ? timed[0] : timed[1];
      fastest.set(key, winner.name);
      return scope.keep(winner.out);
    } finally {
      scope.dispose();
    }
  };
}

// A faster Conv2DBackpropInput for wasm. The stock kernel is a scalar loop (about 2.5 GFLOP/s,
// and it dominates a training step); for stride 1 the input gradient is exactly a convolution of
// dY, padded by (k - 1 - pad), with the filter flipped in both spatial axes and its channel axes
// swapped, which XNNPACK runs multi-threaded. Other strides keep the stock kernel.
import * as tf from "@tensorflow/tfjs";
import { createKernelScope } from "./kernel-scope";

type Attrs = {
  strides: [number, number] | number;
  pad: "valid" | "same" | number | tf.backend_util.ExplicitPadding;
  dataFormat: "NHWC" | "NCHW";
  dimRoundingMode?: "floor" | "round" | "ceil";
  inputShape: [number, number, number, number];
};
type Disposer = { disposeData(dataId: object, force?: boolean): boolean };

export function conv2dBackpropInput(backendName: string, fallback: tf.KernelFunc): tf.KernelFunc {
  return (args) => {
    const { inputs, attrs, backend } = args;
    const { dy, filter } = inputs as { dy: tf.TensorInfo; filter: tf.TensorInfo };
    const { strides, pad, dataFormat, dimRoundingMode, inputShape } = attrs as unknown as Attrs;
    if (dataFormat === "NCHW") return fallback(args);
    const info = tf.backend_util.computeConv2DInfo(
      inputShape, filter.shape as [number, number, number, number], strides, 1, pad, dimRoundingMode,
    );
    const { filterHeight: kh, filterWidth: kw, inHeight, inWidth, outHeight, outWidth, padInfo } = info;
    // Padding of dY so a stride-1 'valid'-style convolution yields exactly inHeight x inWidth.
    const top = kh - 1 - padInfo.top;
    const left = kw - 1 - padInfo.left;
    const bottom = inHeight - outHeight + padInfo.top;
    const right = inWidth - outWidth + padInfo.left;
    if (info.strideHeight !== 1 || info.strideWidth !== 1 || Math.min(top, left, bottom, right) < 0) {
      return fallback(args);
    }
    const scope = createKernelScope(backend as unknown as Disposer, backendName);
    try {
      const flipped = scope.run("Reverse", { x: filter }, { dims: [0, 1] });
      const swapped = scope.run("Transpose", { x: flipped }, { perm: [0, 1, 3, 2] });
      return scope.keep(
        scope.run("Conv2D", { x: dy, filter: swapped }, {
          strides: [1, 1],
          pad: [[0, 0], [top, bottom], [left, right], [0, 0]],
          dataFormat: "NHWC",
          dilations: [1, 1],
        }),
      );
    } finally {
      scope.dispose();
    }
  };
}

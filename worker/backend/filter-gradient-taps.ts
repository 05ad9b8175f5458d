// Filter gradient, one filter tap at a time. With M = batch * outHeight * outWidth, tap (i, j) is
//   dW[i, j] = X_ij^T . dY     ([inChannels, M] . [M, outChannels]),
// X_ij being the input window that tap sees. A 1x1 convolution computes it, taking X_ij^T as a
// one-pixel-high image of M channels and dY as the filter. XNNPACK packs a filter once per tensor
// and packing is single-threaded, so dY, shared by all taps, is the filter and the input is
// transposed once. Fast when channels are wide (deep VGG blocks).
import type * as tf from "@tensorflow/tfjs";
import type { KernelScope } from "./kernel-scope";

export type FilterGradientShape = {
  batchSize: number; inHeight: number; inWidth: number; inChannels: number;
  outHeight: number; outWidth: number; outChannels: number;
  kh: number; kw: number; sh: number; sw: number; top: number; left: number;
};

/** Rows and columns of zeros needed below and right of the input so every tap stays in range. */
export function trailingPadding(s: FilterGradientShape): { bottom: number; right: number } {
  return {
    bottom: Math.max(0, (s.outHeight - 1) * s.sh + s.kh - s.inHeight - s.top),
    right: Math.max(0, (s.outWidth - 1) * s.sw + s.kw - s.inWidth - s.left),
  };
}

export function filterGradientByTaps(scope: KernelScope, x: tf.TensorInfo, dy: tf.TensorInfo, s: FilterGradientShape): tf.TensorInfo {
  const m = s.batchSize * s.outHeight * s.outWidth;
  const dyFilter = scope.run("Reshape", { x: dy }, { shape: [1, 1, m, s.outChannels] });
  const { bottom, right } = trailingPadding(s);
  const padded =
    s.top || s.left || bottom || right
      ? scope.run("PadV2", { x }, { paddings: [[0, 0], [s.top, bottom], [s.left, right], [0, 0]], constantValue: 0 })
      : x;
  const channelsFirst = scope.run("Transpose", { x: padded }, { perm: [3, 0, 1, 2] });
  const taps: tf.TensorInfo[] = [];
  for (let i = 0; i < s.kh; i++) {
    for (let j = 0; j < s.kw; j++) {
      const window = tapWindow(scope, channelsFirst, i, j, s);
      const image = scope.run("Reshape", { x: window }, { shape: [1, 1, s.inChannels, m] });
      const product = scope.run("Conv2D", { x: image, filter: dyFilter }, {
        strides: [1, 1], pad: "valid", dataFormat: "NHWC", dilations: [1, 1],
      });
      taps.push(scope.run("Reshape", { x: product }, { shape: [1, s.inChannels, s.outChannels] }));
    }
  }
  const stacked = taps.length === 1 ? taps[0] : scope.run("Concat", taps, { axis: 0 });
  return scope.run("Reshape", { x: stacked }, { shape: [s.kh, s.kw, s.inChannels, s.outChannels] });
}

/** The [channels, batch, outHeight, outWidth] window of the channels-first padded input for tap (i, j). */
function tapWindow(scope: KernelScope, channelsFirst: tf.TensorInfo, i: number, j: number, s: FilterGradientShape): tf.TensorInfo {
  const [c, n] = channelsFirst.shape;
  if (s.sh === 1 && s.sw === 1) {
    return scope.run("Slice", { x: channelsFirst }, { begin: [0, 0, i, j], size: [c, n, s.outHeight, s.outWidth] });
  }
  return scope.run("StridedSlice", { x: channelsFirst }, {
    begin: [0, 0, i, j],
    end: [c, n, i + (s.outHeight - 1) * s.sh + 1, j + (s.outWidth - 1) * s.sw + 1],
    strides: [1, 1, s.sh, s.sw],
    beginMask: 0, endMask: 0, ellipsisMask: 0, newAxisMask: 0, shrinkAxisMask: 0,
  });
}

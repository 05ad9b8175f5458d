// Filter gradient as ONE convolution, by swapping the roles of batch and channels:
//   dW[i, j, c, o] = sum over n, h, w of  x[n, i + h*sh, j + w*sw, c] * dY[n, h, w, o]
// is a convolution of x arranged [inChannels, H, W, batch] (channels as the batch, batch as the
// channels) with dY arranged [outHeight, outWidth, batch, outChannels] as the filter, dilated by
// the stride. XNNPACK pads internally, so no slices or copies beyond two transposes. Fast when
// channels are narrow and many images share a batch; slow when the batch is small, since each
// filter position then reads only `batch` contiguous values.
import type * as tf from "@tensorflow/tfjs";
import type { KernelScope } from "./kernel-scope";
import { type FilterGradientShape, trailingPadding } from "./filter-gradient-taps";

export function filterGradientBySwap(scope: KernelScope, x: tf.TensorInfo, dy: tf.TensorInfo, s: FilterGradientShape): tf.TensorInfo {
  const { bottom, right } = trailingPadding(s);
  const image = scope.run("Transpose", { x }, { perm: [3, 1, 2, 0] });
  const filter = scope.run("Transpose", { x: dy }, { perm: [1, 2, 0, 3] });
  let product = scope.run("Conv2D", { x: image, filter }, {
    strides: [1, 1],
    pad: [[0, 0], [s.top, bottom], [s.left, right], [0, 0]],
    dataFormat: "NHWC",
    dilations: [s.sh, s.sw],
  });
  // A 'valid' convolution whose stride skips the last rows leaves extra positions past the taps.
  if (product.shape[1] !== s.kh || product.shape[2] !== s.kw) {
    product = scope.run("Slice", { x: product }, { begin: [0, 0, 0, 0], size: [s.inChannels, s.kh, s.kw, s.outChannels] });
  }
  return scope.run("Transpose", { x: product }, { perm: [1, 2, 0, 3] });
}

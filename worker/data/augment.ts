// Training-time augmentation as in the research: random rotation, horizontal flip, zoom and
// shift. All four compose into one affine map per image, applied in a single
// tf.image.transform call (bilinear, edges extended as Keras's fill_mode='nearest').
// Validation and test images are never augmented.
import * as tf from "@tensorflow/tfjs";

export type AugmentOptions = {
  /** Maximum rotation either way, in degrees. */
  rotationDegrees: number;
  /** Scale is drawn from [1 - zoom, 1 + zoom]; above 1 zooms in. */
  zoom: number;
  /** Maximum shift either way, as a fraction of height and width. */
  shift: number;
  horizontalFlip: boolean;
};

export const DEFAULT_AUGMENTATION: AugmentOptions = { rotationDegrees: 20, zoom: 0.1, shift: 0.1, horizontalFlip: true };

export type AugmentParams = { angle: number; scale: number; dx: number; dy: number; flip: boolean };

export function sampleAugmentation(
  random: () => number,
  { rotationDegrees, zoom, shift, horizontalFlip }: AugmentOptions,
  { height, width }: { height: number; width: number },
): AugmentParams {
  const between = (low: number, high: number) => low + (high - low) * random();
  return {
    angle: (between(-rotationDegrees, rotationDegrees) * Math.PI) / 180,
    scale: between(1 - zoom, 1 + zoom),
    dx: between(-shift, shift) * width,
    dy: between(-shift, shift) * height,
    flip: horizontalFlip && random() < 0.5,
  };
}

/**
 * The 8 projective coefficients tf.image.transform wants, which map each OUTPUT pixel (x, y) to
 * the input point it samples: rotate about the centre, divide by the scale, undo the shift, and
 * mirror x when flipped.
 */
export function augmentationMatrix(
  { angle, scale, dx, dy, flip }: AugmentParams,
  { height, width }: { height: number; width: number },
): number[] {
  if (!(scale > 0)) throw new RangeError(`scale must be positive, got ${scale}`);
  const cx = (width - 1) / 2;
  const cy = (height - 1) / 2;
  const cos = Math.cos(angle) / scale;
  const sin = Math.sin(angle) / scale;
  const a = [cos, -sin, cx - dx - cos * cx + sin * cy];
  const b = [sin, cos, cy - dy - sin * cx - cos * cy];
  const x = flip ? [-a[0], -a[1], width - 1 - a[2]] : a;
  // `+ 0` turns -0 into 0 so identity maps compare equal.
  return [...x, ...b, 0, 0].map((v) => v + 0);
}

/** A new [N, H, W, C] batch; the input is left as it was. */
export function augmentBatch(
  images: tf.Tensor4D,
  { random, options = DEFAULT_AUGMENTATION }: { random: () => number; options?: AugmentOptions },
): tf.Tensor4D {
  const [n, height, width] = images.shape;
  const matrices = Array.from({ length: n }, () =>
    augmentationMatrix(sampleAugmentation(random, options, { height, width }), { height, width }),
  );
  // One image per call: tfjs 4.22's cpu Transform kernel returns after the first image of a batch
  // and leaves the rest filled with zeros. The per-call overhead is negligible next to training.
  return tf.tidy(() => {
    const outputs = tf.split(images, n, 0).map((image, i) =>
      tf.image.transform(image as tf.Tensor4D, tf.tensor2d(matrices[i], [1, 8]), "bilinear", "nearest"),
    );
    return tf.concat(outputs, 0).clipByValue(0, 1) as tf.Tensor4D;
  });
}

import type { Sharp } from "sharp";

export const TRAINING_SIZE = 224;

// One definition of "the training view of an image", shared by ingestion (which stores the
// 224x224 PNG) and the worker (which decodes it, or shrinks it further for the 64x64 preset), so
// training and scoring can never see differently prepared pixels.
// - fit "fill": the whole painting is squashed to a square, nothing cropped. This matches the
//   research's Keras `target_size`, which resizes without keeping the aspect ratio; cropping
//   ("cover") would drop the margins of tall or wide works, where signatures and brushwork at the
//   edges may carry the signal.
// - kernel: sharp's Lanczos3 rather than Keras' default nearest-neighbour, which aliases fine
//   texture into patterns that are artefacts of the resize rather than of the painting.
// - transparency is flattened onto white (paper), then the image is forced to 3-channel 8-bit
//   sRGB, so greyscale, 16-bit, CMYK and alpha inputs all give the same tensor shape.
export function resizeForTraining(pipeline: Sharp, size: number = TRAINING_SIZE): Sharp {
  return pipeline
    .flatten({ background: "#ffffff" })
    .resize(size, size, { fit: "fill" })
    .toColourspace("srgb");
}

// The shape of a VGG19-style network as plain data, and the checks that keep a configuration from
// silently building a different network. Pure, so presets, the server and the worker share it;
// worker/model/vgg19.ts turns it into layers.

export type Vgg19Config = {
  /** Square input side in pixels; must be divisible by 32 (five 2x2 poolings). */
  inputSize: number;
  /** Divides every conv and dense width; 1 gives the real VGG19. */
  widthDivisor: number;
  numClasses: number;
  /** Width of fc1 and fc2 before division; Keras uses 4096. */
  denseUnits?: number;
  /** Dropout rate after fc1 and fc2 (Keras's VGG19 has none; the research adds it). */
  dropout: number;
  /**
   * Weight initialiser. Keras's VGG19 uses Glorot uniform, which halves the signal at every ReLU
   * layer: trained from scratch, 19 layers sit at chance for epochs (He et al. 2015 saw the same
   * on VGG-style nets). He normal keeps the scale and is the default; pretrained weights replace
   * the conv kernels either way.
   */
  initializer?: "heNormal" | "glorotUniform";
  /** Seeds the weight initialisers, for reproducible runs. */
  seed?: number;
  /**
   * VGG19-BN (as in torchvision's vgg19_bn): batch normalisation between every convolution and
   * its ReLU, the convolution then without bias. Narrow nets trained from scratch leave the
   * chance plateau far sooner with it. Off for `full`, whose converted Keras weights have none.
   */
  batchNorm?: boolean;
};

/** Convolutions per block and their filter counts, from the paper's table 1, column E. */
export const VGG19_BLOCKS: ReadonlyArray<{ convs: number; filters: number }> = [
  { convs: 2, filters: 64 },
  { convs: 2, filters: 128 },
  { convs: 4, filters: 256 },
  { convs: 4, filters: 512 },
  { convs: 4, filters: 512 },
];
export const VGG19_DENSE_UNITS = 4096;

export function convLayerNames(): string[] {
  return VGG19_BLOCKS.flatMap(({ convs }, b) =>
    Array.from({ length: convs }, (_, c) => `block${b + 1}_conv${c + 1}`),
  );
}

/** Rejects configurations that would silently build a different network. */
export function validateVgg19Config(config: Vgg19Config): void {
  const { inputSize, widthDivisor, numClasses, denseUnits = VGG19_DENSE_UNITS, dropout } = config;
  if (!Number.isInteger(inputSize) || inputSize < 32 || inputSize % 32 !== 0) {
    throw new RangeError(`inputSize must be a multiple of 32 (five 2x2 poolings), got ${inputSize}`);
  }
  if (!Number.isInteger(widthDivisor) || widthDivisor < 1 || 64 % widthDivisor !== 0) {
    throw new RangeError(`widthDivisor must divide 64 (1, 2, 4, 8, 16, 32, 64), got ${widthDivisor}`);
  }
  if (!Number.isInteger(numClasses) || numClasses < 2) {
    throw new RangeError(`numClasses must be an integer >= 2, got ${numClasses}`);
  }
  if (!Number.isInteger(denseUnits) || denseUnits < widthDivisor) {
    throw new RangeError(`denseUnits must be an integer >= widthDivisor, got ${denseUnits}`);
  }
  if (!(dropout >= 0 && dropout < 1)) throw new RangeError(`dropout must be in [0, 1), got ${dropout}`);
}

// VGG19 (Simonyan & Zisserman 2014, configuration E), layer for layer as Keras builds it in
// keras.applications.VGG19, so converted ImageNet weights load by layer name
// (load-pretrained.ts). `widthDivisor` narrows every layer for machines without a GPU; 1 is the
// real network.
import * as tf from "@tensorflow/tfjs";

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

type Initializer = () => ReturnType<typeof tf.initializers.heNormal>;

function initializerFactory({ initializer, seed }: Pick<Vgg19Config, "initializer" | "seed">): Initializer {
  let layerIndex = 0;
  // Biases start at zero as in Keras; a seed per layer keeps layers decorrelated.
  return () => {
    const layerSeed = seed === undefined ? undefined : seed + layerIndex++;
    return initializer === "glorotUniform"
      ? tf.initializers.glorotUniform({ seed: layerSeed })
      : tf.initializers.heNormal({ seed: layerSeed });
  };
}

/**
 * The 16 convolutions and 5 poolings (Keras's `include_top=False`), applied to `input`. Exposed
 * for heads other than the research's, such as a frozen base with a small classifier.
 */
export function applyVgg19ConvBase(
  input: tf.SymbolicTensor,
  { widthDivisor, initializer, seed, batchNorm = false }: Pick<Vgg19Config, "widthDivisor" | "initializer" | "seed" | "batchNorm">,
  init: Initializer = initializerFactory({ initializer, seed }),
): tf.SymbolicTensor {
  let x = input;
  VGG19_BLOCKS.forEach(({ convs, filters }, b) => {
    for (let c = 0; c < convs; c++) {
      const name = `block${b + 1}_conv${c + 1}`;
      x = tf.layers.conv2d({
        name,
        filters: filters / widthDivisor,
        kernelSize: 3,
        padding: "same",
        activation: batchNorm ? "linear" : "relu",
        useBias: !batchNorm,
        kernelInitializer: init(),
      }).apply(x) as tf.SymbolicTensor;
      if (batchNorm) {
        x = tf.layers.batchNormalization({ name: `${name}_bn`, momentum: 0.9 }).apply(x) as tf.SymbolicTensor;
        x = tf.layers.reLU({ name: `${name}_relu` }).apply(x) as tf.SymbolicTensor;
      }
    }
    x = tf.layers.maxPooling2d({ name: `block${b + 1}_pool`, poolSize: 2, strides: 2 }).apply(x) as tf.SymbolicTensor;
  });
  return x;
}

export function buildVgg19(config: Vgg19Config): tf.LayersModel {
  validateVgg19Config(config);
  const { inputSize, widthDivisor, numClasses, denseUnits = VGG19_DENSE_UNITS, dropout } = config;
  const init = initializerFactory(config);
  const input = tf.input({ shape: [inputSize, inputSize, 3], name: "input_1" });
  let x = applyVgg19ConvBase(input, config, init);
  x = tf.layers.flatten({ name: "flatten" }).apply(x) as tf.SymbolicTensor;
  const units = Math.max(1, Math.floor(denseUnits / widthDivisor));
  for (const name of ["fc1", "fc2"]) {
    x = tf.layers.dense({ name, units, activation: "relu", kernelInitializer: init() }).apply(x) as tf.SymbolicTensor;
    // No seed here: tfjs reuses a seeded dropout mask on every call, which is no dropout at all.
    if (dropout > 0) x = tf.layers.dropout({ name: `${name}_dropout`, rate: dropout }).apply(x) as tf.SymbolicTensor;
  }
  const output = tf.layers.dense({
    name: "predictions", units: numClasses, activation: "softmax", kernelInitializer: init(),
  }).apply(x) as tf.SymbolicTensor;
  return tf.model({ inputs: input, outputs: output, name: "vgg19" });
}

// VGG19 (Simonyan & Zisserman 2014, configuration E), layer for layer as Keras builds it in
// keras.applications.VGG19, so converted ImageNet weights load by layer name
// (load-pretrained.ts). `widthDivisor` narrows every layer for machines without a GPU; 1 is the
// real network.
import * as tf from "@tensorflow/tfjs";
import { VGG19_BLOCKS, VGG19_DENSE_UNITS, type Vgg19Config, validateVgg19Config } from "@/core/model/vgg19-config";

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

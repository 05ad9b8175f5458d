// Grad-CAM (Selvaraju et al. 2017): where a convolutional classifier looked for one class. The
// model is split at its last convolutional block into the part that makes that block's
// activations A (a sub-model sharing the same layers) and the head after it; the class score's
// gradient with respect to A, averaged over space, weights A's channels; their ReLU'd sum is the
// map. The score is the class's logit (the last Dense layer before its softmax) when the model
// ends in a softmax Dense layer, as the paper uses, since softmax gradients vanish when sure.
import * as tf from "@tensorflow/tfjs";

export type GradCam = {
  /** Row-major, values in [0, 1] (1 = where the class score rises most); all 0 when nothing does. */
  map: Float32Array;
  width: number;
  height: number;
  classIndex: number;
};

const BLOCK_TAIL = new Set(["BatchNormalization", "ReLU", "Activation", "LeakyReLU"]);

/** Index of the last Conv2D layer, moved past the normalisation/activation that finish its block. */
export function lastConvBlockIndex(model: tf.LayersModel): number {
  const layers = model.layers;
  let index = -1;
  layers.forEach((layer, i) => { if (layer.getClassName() === "Conv2D") index = i; });
  if (index < 0) throw new Error(`model ${model.name} has no Conv2D layer for Grad-CAM`);
  while (index + 1 < layers.length && BLOCK_TAIL.has(layers[index + 1]!.getClassName())) index++;
  return index;
}

/**
 * Grad-CAM for images of shape [1, h, w, c] and a class (default: the predicted one). Built once
 * per model. The head after the block is applied layer by layer, so the model must be a chain
 * there (VGG's pool, flatten, dense and dropout layers are; dropout is off outside training).
 */
export function makeGradCam(model: tf.LayersModel): (input: tf.Tensor4D, options?: { classIndex?: number }) => GradCam {
  const blockIndex = lastConvBlockIndex(model);
  const head = model.layers.slice(blockIndex + 1);
  const last = head.at(-1);
  const logitsFromLast = last?.getClassName() === "Dense" && last.getConfig().activation === "softmax";
  const body = logitsFromLast ? head.slice(0, -1) : head;
  // A sub-model sharing the model's layers (and weights) up to the block's output.
  const features = tf.model({ inputs: model.inputs, outputs: model.layers[blockIndex]!.output as tf.SymbolicTensor });
  const scores = (a: tf.Tensor): tf.Tensor2D => {
    let x = a;
    for (const layer of body) x = layer.apply(x) as tf.Tensor;
    if (!logitsFromLast) return x as tf.Tensor2D;
    const [kernel, bias] = last!.getWeights();
    const logits = tf.matMul(x as tf.Tensor2D, kernel as tf.Tensor2D);
    return (bias ? tf.add(logits, bias) : logits) as tf.Tensor2D;
  };
  return (input, { classIndex } = {}) => tf.tidy(() => {
    const activations = features.predict(input) as tf.Tensor4D;
    const chosen = classIndex ?? (scores(activations).argMax(1).dataSync()[0] as number);
    const gradient = tf.grad((a: tf.Tensor) => scores(a).slice([0, chosen], [1, 1]).sum())(activations) as tf.Tensor4D;
    const weights = gradient.mean([1, 2], true); // one weight per channel: [1, 1, 1, channels]
    const cam = tf.relu(tf.sum(tf.mul(activations, weights), 3)).squeeze([0]) as tf.Tensor2D;
    const peak = cam.max().dataSync()[0]!;
    const normalised = peak > 0 ? tf.div(cam, peak) : tf.zerosLike(cam);
    const [height, width] = cam.shape;
    return { map: normalised.dataSync() as Float32Array, width, height, classIndex: chosen };
  });
}

// Categorical cross-entropy on softmax probabilities, as Keras computes it (probabilities clipped
// to [1e-7, 1 - 1e-7]), with each sample weighted by its class's weight and the batch mean taken
// over samples: Keras's `class_weight` semantics.
import * as tf from "@tensorflow/tfjs";

const EPSILON = 1e-7;

export function weightedCrossEntropy(
  labels: tf.Tensor2D,
  probabilities: tf.Tensor2D,
  classWeights?: readonly number[],
): tf.Scalar {
  return tf.tidy(() => {
    const clipped = probabilities.clipByValue(EPSILON, 1 - EPSILON);
    const perSample = labels.mul(clipped.log()).sum(1).neg();
    if (!classWeights) return perSample.mean() as tf.Scalar;
    if (classWeights.length !== labels.shape[1]) {
      throw new Error(`${classWeights.length} class weights for ${labels.shape[1]} classes`);
    }
    const weights = labels.mul(tf.tensor1d(classWeights as number[])).sum(1);
    return perSample.mul(weights).mean() as tf.Scalar;
  });
}

/** Count of rows whose most probable class is the labelled one. */
export function countCorrect(labels: tf.Tensor2D, probabilities: tf.Tensor2D): tf.Scalar {
  return tf.tidy(() => labels.argMax(1).equal(probabilities.argMax(1)).sum() as tf.Scalar);
}

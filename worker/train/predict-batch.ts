// Class probabilities for images already decoded to [n, size, size, 3] in [0, 1].
import * as tf from "@tensorflow/tfjs";

export async function predictBatch(model: tf.LayersModel, images: tf.Tensor4D): Promise<number[][]> {
  const expected = model.inputs[0].shape;
  if (images.shape[1] !== expected[1] || images.shape[2] !== expected[2] || images.shape[3] !== expected[3]) {
    throw new Error(`model expects images [n, ${expected.slice(1).join(", ")}], got [${images.shape.join(", ")}]`);
  }
  const probabilities = tf.tidy(() => model.predict(images) as tf.Tensor2D);
  try {
    return (await probabilities.array()) as number[][];
  } finally {
    probabilities.dispose();
  }
}

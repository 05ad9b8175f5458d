// Loads pretrained convolution weights into a VGG19 built by vgg19.ts, matching by Keras layer
// name, from a tfjs layers-model directory on disk. Nothing is downloaded.
//
// ImageNet weights, converted once on a machine with Python and internet:
//   pip install tensorflowjs
//   python -c "from tensorflow.keras.applications import VGG19; VGG19(weights='imagenet').save('vgg19.h5')"
//   tensorflowjs_converter --input_format keras vgg19.h5 models/vgg19-imagenet/
// (use `include_top=False` to skip the 500 MB of dense weights; only convolutions are read).
// Those weights expect Keras's "caffe" preprocessing (BGR, mean-subtracted, 0-255), not the
// research's [0, 1] scaling: fine for fine-tuning, but note it when the conv base is frozen.
import * as tf from "@tensorflow/tfjs";
import { readModelJson, readWeights } from "./file-io";
import { VGG19_BLOCKS, convLayerNames } from "@/core/model/vgg19-config";

export type FreezeMode = "all-conv" | "except-last-block" | "none";
export type PretrainedReport = { source: string; loaded: string[]; frozen: string[] };

const BYTES: Record<string, number> = { float32: 4, int32: 4, bool: 1, uint8: 1, uint16: 2, float16: 2 };

export async function loadPretrained(
  model: tf.LayersModel,
  { dir, freeze = "none" }: { dir: string; freeze?: FreezeMode },
): Promise<PretrainedReport> {
  const names = convLayerNames();
  const wanted = names.flatMap((layer) => [`${layer}/kernel`, `${layer}/bias`]);
  const tensors = await readNamedWeights(dir, wanted);
  try {
    const missing = wanted.filter((name) => !tensors.has(name));
    if (missing.length > 0) throw new Error(`pretrained model in ${dir} lacks ${missing.join(", ")}`);
    for (const layerName of names) {
      const layer = model.getLayer(layerName);
      const values = [tensors.get(`${layerName}/kernel`)!, tensors.get(`${layerName}/bias`)!];
      layer.getWeights().forEach((current, i) => {
        if (!tf.util.arraysEqual(current.shape, values[i].shape)) {
          throw new Error(
            `${layerName} weight ${i} is [${current.shape}] in the model but [${values[i].shape}] in ${dir}; ` +
              "pretrained VGG19 weights need widthDivisor 1",
          );
        }
      });
      layer.setWeights(values);
    }
  } finally {
    for (const tensor of tensors.values()) tensor.dispose();
  }
  const frozen = frozenLayers(freeze);
  for (const name of names) model.getLayer(name).trainable = !frozen.includes(name);
  return { source: dir, loaded: names, frozen };
}

export function frozenLayers(freeze: FreezeMode): string[] {
  const lastBlock = `block${VGG19_BLOCKS.length}_`;
  if (freeze === "all-conv") return convLayerNames();
  if (freeze === "except-last-block") return convLayerNames().filter((name) => !name.startsWith(lastBlock));
  if (freeze === "none") return [];
  throw new Error(`unknown freeze mode "${freeze as string}"`);
}

/**
 * Decodes only the named weights; a Keras VGG19 with its top carries 500 MB of dense weights we
 * never need as tensors. Names may carry a model prefix or a `:0` suffix (converter versions
 * differ), so matching is on the trailing `layer/weight` part.
 */
async function readNamedWeights(dir: string, wanted: string[]): Promise<Map<string, tf.Tensor>> {
  const { weightsManifest } = await readModelJson(dir);
  const { weightSpecs, weightData } = await readWeights(dir, weightsManifest);
  const out = new Map<string, tf.Tensor>();
  let offset = 0;
  for (const spec of weightSpecs) {
    const dtype = spec.quantization?.dtype ?? spec.dtype;
    const bytes = BYTES[dtype];
    if (bytes === undefined) throw new Error(`weight ${spec.name} has unsupported dtype ${dtype}`);
    const length = spec.shape.reduce((a, b) => a * b, 1) * bytes;
    const name = wanted.find((w) => spec.name.replace(/:\d+$/, "") === w || spec.name.replace(/:\d+$/, "").endsWith(`/${w}`));
    if (name && !out.has(name)) {
      const decoded = tf.io.decodeWeights(weightData.slice(offset, offset + length), [spec]);
      out.set(name, decoded[spec.name]);
    }
    offset += length;
  }
  if (offset !== weightData.byteLength) {
    throw new Error(`weights in ${dir} are ${weightData.byteLength} bytes but the manifest describes ${offset}`);
  }
  return out;
}

// Multiply-adds of one forward pass, layer by layer, from the configuration alone (no tensors),
// so a run can report achieved GFLOP/s and a UI can say what a preset costs before training.
// A training step costs about 3x the forward pass (forward, input gradient, weight gradient).
import { VGG19_BLOCKS, VGG19_DENSE_UNITS, type Vgg19Config, validateVgg19Config } from "@/core/model/vgg19-config";

export type LayerCost = { name: string; multiplyAdds: number; parameters: number };
export type ModelCost = {
  layers: LayerCost[];
  convMultiplyAdds: number;
  denseMultiplyAdds: number;
  /** Per image, forward. */
  multiplyAdds: number;
  parameters: number;
};

export function countFlops(config: Vgg19Config): ModelCost {
  validateVgg19Config(config);
  const { inputSize, widthDivisor, numClasses, denseUnits = VGG19_DENSE_UNITS, batchNorm = false } = config;
  const layers: LayerCost[] = [];
  let size = inputSize;
  let channels = 3;
  VGG19_BLOCKS.forEach(({ convs, filters }, b) => {
    const out = filters / widthDivisor;
    for (let c = 0; c < convs; c++) {
      // 'same' padding keeps size x size outputs, each a 3x3xchannels dot product per filter.
      layers.push({
        name: `block${b + 1}_conv${c + 1}`,
        multiplyAdds: size * size * 9 * channels * out,
        // With batch norm the bias goes and gamma, beta, moving mean and variance come.
        parameters: 9 * channels * out + (batchNorm ? 4 * out : out),
      });
      channels = out;
    }
    size /= 2;
  });
  const units = Math.max(1, Math.floor(denseUnits / widthDivisor));
  let inputs = size * size * channels;
  for (const [name, width] of [["fc1", units], ["fc2", units], ["predictions", numClasses]] as const) {
    layers.push({ name, multiplyAdds: inputs * width, parameters: inputs * width + width });
    inputs = width;
  }
  const sum = (list: LayerCost[], key: keyof Omit<LayerCost, "name">) => list.reduce((t, l) => t + l[key], 0);
  const convLayers = layers.filter((l) => l.name.includes("_conv"));
  const denseLayers = layers.filter((l) => !l.name.includes("_conv"));
  return {
    layers,
    convMultiplyAdds: sum(convLayers, "multiplyAdds"),
    denseMultiplyAdds: sum(denseLayers, "multiplyAdds"),
    multiplyAdds: sum(layers, "multiplyAdds"),
    parameters: sum(layers, "parameters"),
  };
}

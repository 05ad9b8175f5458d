// Which model presets a trainer can train on a given TensorFlow.js backend. The full VGG19 (139.6 M
// parameters) with Adam needs about 11 parameter-sized buffers: it does not fit the 4 GB wasm heap
// at any batch size, and the pure-JS backend would take about a minute per image. Only native
// TensorFlow (tfjs-node, ideally tfjs-node-gpu) trains it.
import type { ModelPresetName } from "@/core/model/presets";

const NATIVE_BACKENDS = new Set(["tensorflow-gpu", "tensorflow"]);

export function presetsForBackend(backend: string): ModelPresetName[] {
  return NATIVE_BACKENDS.has(backend) ? ["tiny", "small", "full"] : ["tiny", "small"];
}

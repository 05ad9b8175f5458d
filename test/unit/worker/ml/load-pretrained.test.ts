import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as tf from "@tensorflow/tfjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileSystemHandler } from "@/worker/model/file-io";
import { frozenLayers, loadPretrained } from "@/worker/model/load-pretrained";
import { convLayerNames } from "@/core/model/vgg19-config";
import { buildVgg19 } from "@/worker/model/vgg19";

const config = { inputSize: 32, widthDivisor: 16, numClasses: 2, dropout: 0.5 };
let dir: string;
let source: tf.LayersModel;

beforeAll(async () => {
  await tf.setBackend("cpu");
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "vgg19-pretrained-"));
  source = buildVgg19({ ...config, seed: 100 });
  await source.save(fileSystemHandler(dir));
});

afterAll(() => {
  source.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

const weightsOf = (model: tf.LayersModel, layer: string) => model.getLayer(layer).getWeights().map((w) => w.dataSync());

describe("fileSystemHandler", () => {
  it("round-trips a layers model through model.json + weights.bin", async () => {
    expect(fs.readdirSync(dir).sort()).toEqual(["model.json", "weights.bin"]);
    const loaded = await tf.loadLayersModel(fileSystemHandler(dir));
    const input = tf.randomUniform([2, 32, 32, 3], 0, 1, "float32", 4);
    const [a, b] = [source, loaded].map((m) => (m.predict(input) as tf.Tensor).dataSync());
    expect(Array.from(b)).toEqual(Array.from(a));
    input.dispose();
    loaded.dispose();
  });
});

describe("loadPretrained", () => {
  it("copies every conv weight by layer name, leaves the head alone, and freezes as asked", async () => {
    const target = buildVgg19({ ...config, seed: 200 });
    const headBefore = weightsOf(target, "fc1");
    const report = await loadPretrained(target, { dir, freeze: "except-last-block" });

    expect(report.loaded).toEqual(convLayerNames());
    for (const name of convLayerNames()) expect(weightsOf(target, name)).toEqual(weightsOf(source, name));
    expect(weightsOf(target, "fc1")).toEqual(headBefore);
    expect(weightsOf(target, "fc1")).not.toEqual(weightsOf(source, "fc1"));

    expect(report.frozen).toHaveLength(12);
    expect(target.getLayer("block4_conv4").trainable).toBe(false);
    expect(target.getLayer("block5_conv1").trainable).toBe(true);
    expect(target.getLayer("fc1").trainable).toBe(true);
    // 4 convs + 3 dense layers, kernel and bias each.
    expect(target.trainableWeights).toHaveLength(14);
    target.dispose();
  });

  it("names the layer and shapes when the widths do not match", async () => {
    const wider = buildVgg19({ ...config, widthDivisor: 8, seed: 3 });
    await expect(loadPretrained(wider, { dir })).rejects.toThrow(/block1_conv1 weight 0 is \[3,3,3,8\] in the model but \[3,3,3,4\]/);
    wider.dispose();
  });

  it("fails clearly when the directory holds no model", async () => {
    const target = buildVgg19({ ...config, seed: 5 });
    await expect(loadPretrained(target, { dir: path.join(dir, "missing") })).rejects.toThrow(/no model at .*model\.json/);
    target.dispose();
  });

  it("freeze modes", () => {
    expect(frozenLayers("all-conv")).toEqual(convLayerNames());
    expect(frozenLayers("none")).toEqual([]);
    expect(frozenLayers("except-last-block").every((n) => !n.startsWith("block5"))).toBe(true);
  });
});

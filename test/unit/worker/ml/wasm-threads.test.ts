import { createRequire } from "node:module";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import vm from "node:vm";
import * as tf from "@tensorflow/tfjs";
import { getThreadsCount } from "@tensorflow/tfjs-backend-wasm";
import { afterAll, describe, expect, it } from "vitest";
import { extractThreadedSources, writeThreadedFiles } from "@/worker/backend/threaded-wasm-sources";
import { enableWasmThreads } from "@/worker/backend/wasm-threads";
import { randomArray } from "./conv-gradients";

const bundle = fs.readFileSync(createRequire(import.meta.url).resolve("@tensorflow/tfjs-backend-wasm"), "utf8");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wasm-threads-test-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("extractThreadedSources", () => {
  it("finds the threaded factory, its helpers and the pthread worker in tfjs-backend-wasm's bundle", () => {
    const sources = extractThreadedSources(bundle);
    expect(sources.factory.startsWith("(function")).toBe(true);
    expect(sources.factory.endsWith(")()")).toBe(true);
    expect(sources.helpers).toMatch(/^function __values\(/);
    expect(sources.worker).toContain('require("worker_threads")');
  });

  it("writes scripts that are valid JavaScript (newlines inside strings stay escaped)", () => {
    const files = writeThreadedFiles(extractThreadedSources(bundle), { dir, version: "test" });
    for (const file of [files.mainScript, files.workerScript]) {
      expect(file.endsWith(".cjs")).toBe(true);
      expect(() => new vm.Script(fs.readFileSync(file, "utf8"), { filename: file })).not.toThrow();
    }
  });

  it("says which tfjs versions it supports when the bundle layout changes", () => {
    expect(() => extractThreadedSources("var somethingElse = 1;")).toThrow(/4\.22\.x/);
  });
});

describe("enableWasmThreads", () => {
  it("runs XNNPACK on 2 threads under Node and computes what the cpu backend computes", async () => {
    const threads = await enableWasmThreads({ threads: 2, cacheDir: dir });
    expect(threads).toBe(2);
    expect(getThreadsCount()).toBe(2);
    expect(tf.getBackend()).toBe("wasm");
    expect(await enableWasmThreads({ threads: 2 })).toBe(2);

    const conv = () =>
      tf.tidy(() =>
        Array.from(
          tf.conv2d(tf.tensor4d(randomArray(2 * 16 * 16 * 8, 1), [2, 16, 16, 8]), tf.tensor4d(randomArray(9 * 8 * 16, 2), [3, 3, 8, 16]), 1, "same").dataSync(),
        ),
      );
    const threaded = conv();
    await tf.setBackend("cpu");
    const reference = conv();
    const maxDiff = threaded.reduce((m, v, i) => Math.max(m, Math.abs(v - reference[i])), 0);
    expect(maxDiff).toBeLessThan(1e-4);
  });

  it("rejects thread counts the build cannot provide", () => {
    expect(() => enableWasmThreads({ threads: 0 })).toThrow(RangeError);
    expect(() => enableWasmThreads({ threads: 9 })).toThrow(/1\.\.8/);
  });
});

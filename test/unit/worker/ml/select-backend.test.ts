import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { parseBackendName, selectBackend, wasmThreadCount } from "@/worker/backend/select-backend";

describe("parseBackendName", () => {
  it("accepts the backend names and common aliases", () => {
    expect(parseBackendName("gpu")).toBe("tensorflow-gpu");
    expect(parseBackendName("tfjs-node")).toBe("tensorflow");
    expect(parseBackendName(" WASM ")).toBe("wasm");
    expect(parseBackendName("cpu")).toBe("cpu");
    expect(() => parseBackendName("webgl")).toThrow(/unknown TFJS_BACKEND "webgl"/);
  });
});

describe("wasmThreadCount", () => {
  it("uses every CPU up to 8 unless TFJS_WASM_THREADS says otherwise", () => {
    expect(wasmThreadCount(undefined, 2)).toBe(2);
    expect(wasmThreadCount("", 64)).toBe(8);
    expect(wasmThreadCount("1", 16)).toBe(1);
    expect(() => wasmThreadCount("two", 2)).toThrow(/TFJS_WASM_THREADS/);
    expect(() => wasmThreadCount("12", 2)).toThrow(/1\.\.8/);
  });
});

describe("selectBackend", () => {
  it("refuses a forced backend that cannot load, naming it", async () => {
    // tfjs-node cannot be installed offline (its install script downloads libtensorflow); where it
    // is installed, skip nothing:
    // the assertion then checks the happy path instead.
    const result = await selectBackend("tensorflow").then(
      (selected) => ({ selected }),
      (error: Error) => ({ error }),
    );
    if ("error" in result) expect(result.error.message).toMatch(/TFJS_BACKEND=tensorflow was requested but cannot be used/);
    else expect(result.selected.name).toBe("tensorflow");
  });

  it("falls through to the best backend that loads and says what it skipped", async () => {
    const selected = await selectBackend("auto");
    expect(["tensorflow-gpu", "tensorflow", "wasm"]).toContain(selected.name);
    if (selected.name === "wasm") expect(selected.notes).toMatch(/tensorflow-gpu unavailable/);
    expect(tf.getBackend()).toBe(selected.name === "wasm" ? "wasm" : "tensorflow");
  });

  it("switches to the pure-JS cpu backend on request and back", async () => {
    expect(await selectBackend("cpu")).toMatchObject({ name: "cpu" });
    expect(tf.getBackend()).toBe("cpu");
    await selectBackend("auto");
    expect(tf.getBackend()).not.toBe("cpu");
  });
});

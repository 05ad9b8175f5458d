import { describe, expect, it } from "vitest";
import { presetsForBackend } from "@/worker/node/preset-support";
import { explainExit } from "@/worker/trainer/start-trainer";

describe("explainExit", () => {
  const exit = (fields: Partial<Parameters<typeof explainExit>[0]>) => ({ code: null, signal: null, killedByUs: false, ...fields });

  it("names running out of memory when V8 or the system says so", () => {
    expect(explainExit(exit({ code: 134 }), ["FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory"])).toMatch(/ran out of memory/);
    expect(explainExit(exit({ signal: "SIGKILL" }), [])).toMatch(/killed by the system/);
  });

  it("quotes the last line of a crash, and says nothing alarming when we stopped it", () => {
    expect(explainExit(exit({ code: 1 }), ["loading", "Error: boom", ""])).toBe("The trainer exited unexpectedly (code 1): Error: boom.");
    expect(explainExit(exit({ signal: "SIGKILL", killedByUs: true }), [])).toBe("The trainer was stopped.");
  });
});

describe("presetsForBackend", () => {
  it("keeps the full VGG19 to native TensorFlow backends", () => {
    expect(presetsForBackend("wasm")).toEqual(["tiny", "small"]);
    expect(presetsForBackend("cpu")).toEqual(["tiny", "small"]);
    expect(presetsForBackend("tensorflow-gpu")).toContain("full");
  });
});

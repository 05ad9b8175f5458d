import { describe, expect, it } from "vitest";
import { keyAction } from "@/app/label/[projectId]/labeling-keys";

const classes = [{ key: "HUMAN", hotkey: "h" }, { key: "AI", hotkey: "a" }];

describe("the labeling keyboard map", () => {
  it("labels with the project's hotkeys, in either case", () => {
    expect(keyAction("h", classes)).toEqual({ kind: "label", labelKey: "HUMAN" });
    expect(keyAction("A", classes)).toEqual({ kind: "label", labelKey: "AI" });
  });

  it("keeps S, U, N and 1-5 for skip, undo, note and confidence", () => {
    expect(keyAction("S", classes)).toEqual({ kind: "skip" });
    expect(keyAction("u", classes)).toEqual({ kind: "undo" });
    expect(keyAction("n", classes)).toEqual({ kind: "note" });
    expect([1, 2, 3, 4, 5].map((n) => keyAction(String(n), classes))).toEqual(
      [1, 2, 3, 4, 5].map((value) => ({ kind: "confidence", value })));
  });

  it("ignores every other key, and uses a project's own classes", () => {
    for (const key of ["6", "x", "Enter", "Escape", " ", "ArrowRight"]) expect(keyAction(key, classes)).toBeNull();
    const custom = [{ key: "FORGERY", hotkey: "f" }, { key: "ORIGINAL", hotkey: "o" }];
    expect(keyAction("f", custom)).toEqual({ kind: "label", labelKey: "FORGERY" });
    expect(keyAction("h", custom)).toBeNull();
  });
});

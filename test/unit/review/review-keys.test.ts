import { describe, expect, it } from "vitest";
import { reviewKeyAction } from "@/app/review/[entryId]/review-keys";
import { priorityDigits } from "@/app/review/priority-digits";

const classes = [{ key: "HUMAN", hotkey: "h" }, { key: "AI", hotkey: "a" }];

describe("review keys", () => {
  it("maps digits to reason codes in legend order, class keys to labels, R to send back", () => {
    expect(reviewKeyAction("1", classes)).toEqual({ kind: "reason", code: "ARTIFACTS_HANDS_TEXT" });
    expect(reviewKeyAction("6", classes)).toEqual({ kind: "reason", code: "OTHER" });
    expect(reviewKeyAction("7", classes)).toBeNull();
    expect(reviewKeyAction("H", classes)).toEqual({ kind: "label", labelKey: "HUMAN" });
    expect(reviewKeyAction("r", classes)).toEqual({ kind: "relabel" });
    expect(reviewKeyAction("x", classes)).toBeNull();
  });
});

describe("priorityDigits", () => {
  it("uses two decimals unless more are needed to tell values apart", () => {
    expect(priorityDigits([31, 20.5, 0.35])).toBe(2);
    expect(priorityDigits([31, 30.999, 30.998])).toBe(3);
    expect(priorityDigits([0.35001, 0.35004])).toBe(5);
    expect(priorityDigits([0.35, 0.35])).toBe(2);
    expect(priorityDigits([])).toBe(2);
  });
});

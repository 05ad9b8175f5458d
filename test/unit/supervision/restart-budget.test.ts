import { describe, expect, it } from "vitest";
import { createRestartBudget } from "@/scripts/lib/restart-budget";

describe("createRestartBudget", () => {
  it("allows max restarts within the window, then refuses until the oldest one leaves it", () => {
    let now = 0;
    const budget = createRestartBudget({ max: 3, windowMs: 60_000, now: () => now });
    const at = (t: number) => ((now = t), budget.tryRestart());
    expect([at(0), at(10_000), at(20_000)]).toEqual([true, true, true]);
    now = 59_999;
    expect(budget.tryRestart()).toBe(false);
    now = 60_000; // the first restart is now a full window old
    expect(budget.tryRestart()).toBe(true);
    expect(budget.tryRestart()).toBe(false);
  });

  it("keeps bringing back a process that crashes once in a while, for ever", () => {
    let now = 0;
    const budget = createRestartBudget({ max: 5, windowMs: 600_000, now: () => now });
    for (let day = 0; day < 30; day++) {
      now = day * 86_400_000;
      expect(budget.tryRestart()).toBe(true);
    }
  });
});

import { describe, expect, it } from "vitest";
import { initialEarlyStopping, updateEarlyStopping } from "@/worker/train/early-stopping";

const LN2 = Math.log(2);

function events(losses: number[], options: { patience: number; plateauLoss?: number }): string[] {
  let state = initialEarlyStopping;
  const out: string[] = [];
  for (const [i, valLoss] of losses.entries()) {
    const update = updateEarlyStopping(state, { epoch: i + 1, valLoss }, options);
    state = update.state;
    out.push(update.stop ? "stop" : update.improved ? "best" : "wait");
    if (update.stop) break;
  }
  return out;
}

describe("early stopping at the chance plateau", () => {
  // The shape seen on real paintings: ln 2 to four decimals for epochs, then learning.
  const plateau = [0.6932, 0.6934, 0.6933, 0.6935, 0.6936, 0.62, 0.55, 0.56, 0.57];

  it("Keras's rule stops on the plateau", () => {
    expect(events(plateau, { patience: 3 })).toEqual(["best", "wait", "wait", "stop"]);
  });

  it("does not count epochs while the best loss is still at chance", () => {
    expect(events(plateau, { patience: 3, plateauLoss: LN2 })).toEqual(["best", "wait", "wait", "wait", "wait", "best", "best", "wait", "wait"]);
    expect(events([...plateau, 0.58], { patience: 3, plateauLoss: LN2 }).at(-1)).toBe("stop");
  });

  it("counts as usual once below chance", () => {
    expect(events([0.5, 0.6, 0.7, 0.8], { patience: 2, plateauLoss: LN2 })).toEqual(["best", "wait", "stop"]);
  });
});

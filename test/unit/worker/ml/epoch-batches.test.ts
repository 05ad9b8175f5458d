import { describe, expect, it } from "vitest";
import { epochBatches } from "@/worker/data/epoch-batches";

describe("epochBatches", () => {
  it.each([
    [100, 32],
    [96, 32],
    [5, 8],
    [1, 1],
    [37, 1],
  ])("one epoch of %i samples in batches of %i yields every sample exactly once", (count, batchSize) => {
    const { batches, samples } = epochBatches(count, batchSize, { seed: 7, epoch: 0 });
    const seen = batches.flat();
    expect(samples).toBe(count);
    expect(seen).toHaveLength(count);
    expect(new Set(seen).size).toBe(count);
    expect(Math.min(...seen)).toBe(0);
    expect(Math.max(...seen)).toBe(count - 1);
    expect(batches).toHaveLength(Math.ceil(count / batchSize));
    // All batches full except possibly the last, which is kept rather than dropped.
    expect(batches.slice(0, -1).every((b) => b.length === batchSize)).toBe(true);
    expect(batches.at(-1)!.length).toBe(count - batchSize * (batches.length - 1));
  });

  it("100 samples in batches of 32 is 32, 32, 32, 4", () => {
    expect(epochBatches(100, 32, { seed: 1, epoch: 3 }).batches.map((b) => b.length)).toEqual([32, 32, 32, 4]);
  });

  it("every epoch of a run covers the whole set, in a different order each epoch", () => {
    const orders = Array.from({ length: 10 }, (_, epoch) => epochBatches(50, 16, { seed: 42, epoch }).batches.flat());
    for (const order of orders) expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(new Set(orders.map((o) => o.join(","))).size).toBe(10);
  });

  it("is reproducible from (seed, epoch) and differs between seeds", () => {
    const a = epochBatches(30, 7, { seed: 5, epoch: 2 });
    expect(epochBatches(30, 7, { seed: 5, epoch: 2 })).toEqual(a);
    expect(epochBatches(30, 7, { seed: 6, epoch: 2 }).batches).not.toEqual(a.batches);
  });

  it("keeps order when shuffle is off, and handles an empty set", () => {
    expect(epochBatches(5, 2, { seed: 0, epoch: 0, shuffle: false }).batches).toEqual([[0, 1], [2, 3], [4]]);
    expect(epochBatches(0, 4, { seed: 0, epoch: 0 }).batches).toEqual([]);
  });

  it("rejects nonsense sizes", () => {
    expect(() => epochBatches(10, 0, { seed: 0, epoch: 0 })).toThrow(/batchSize/);
    expect(() => epochBatches(-1, 4, { seed: 0, epoch: 0 })).toThrow(/count/);
    expect(() => epochBatches(10, 4, { seed: 0, epoch: 1.5 })).toThrow(/epoch/);
  });
});

// Loads the next batches while the current one trains. A wasm training step holds the main
// thread, but sharp decodes on libuv's threads, so one or two batches decoding in the background
// hide most of the decode time; more would only hold more images in memory (the worker stays
// O(batch), not O(dataset)).
import * as tf from "@tensorflow/tfjs";
import type { Batch, BatchSource } from "./batch-source";

export const PREFETCH_DEPTH = 2;

/** Yields each planned batch in order, with at most `depth` loads ahead of the consumer. */
export async function* prefetchBatches(
  source: BatchSource,
  plan: readonly number[][],
  depth = PREFETCH_DEPTH,
): AsyncGenerator<{ index: number; indices: number[]; batch: Batch }> {
  if (!Number.isInteger(depth) || depth < 0) throw new RangeError(`depth must be a non-negative integer, got ${depth}`);
  const pending: Promise<Batch>[] = [];
  let next = 0;
  const fill = (limit: number) => {
    while (next < plan.length && pending.length < limit) {
      // Settled errors are rethrown when awaited below; this only keeps Node from calling an
      // error that arrives while an earlier batch trains "unhandled".
      const indices = plan[next]!;
      const load = Promise.resolve().then(() => source.load(indices));
      load.catch(() => {});
      pending.push(load);
      next++;
    }
  };
  try {
    for (let index = 0; index < plan.length; index++) {
      fill(depth + 1);
      const batch = await pending.shift()!;
      // Start the next loads before the caller's synchronous training step blocks the thread.
      fill(depth);
      yield { index, indices: plan[index]!, batch };
    }
  } finally {
    // Stopped early (cancel, error): batches already loading are freed when they arrive.
    for (const load of pending) load.then((batch) => tf.dispose([batch.x, batch.y]), () => {});
  }
}

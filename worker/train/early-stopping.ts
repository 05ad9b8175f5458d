// Early stopping on validation loss, as Keras's EarlyStopping(monitor='val_loss', patience,
// min_delta, restore_best_weights=True): an epoch improves when its loss beats the best so far by
// more than minDelta; training stops after `patience` epochs in a row without improvement.
export type EarlyStoppingState = { bestLoss: number; bestEpoch: number | null; wait: number };

export const initialEarlyStopping: EarlyStoppingState = { bestLoss: Infinity, bestEpoch: null, wait: 0 };

export function updateEarlyStopping(
  state: EarlyStoppingState,
  { epoch, valLoss }: { epoch: number; valLoss: number },
  { patience, minDelta = 0 }: { patience: number; minDelta?: number },
): { state: EarlyStoppingState; improved: boolean; stop: boolean } {
  if (!(patience === Infinity || (Number.isInteger(patience) && patience >= 1))) {
    throw new RangeError(`patience must be an integer >= 1 or Infinity, got ${patience}`);
  }
  // NaN never improves: a diverged epoch must not become the "best" weights.
  const improved = Number.isFinite(valLoss) && valLoss < state.bestLoss - minDelta;
  const next = improved
    ? { bestLoss: valLoss, bestEpoch: epoch, wait: 0 }
    : { ...state, wait: state.wait + 1 };
  return { state: next, improved, stop: next.wait >= patience };
}

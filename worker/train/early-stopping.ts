// Early stopping on validation loss, as Keras's EarlyStopping(monitor='val_loss', patience,
// min_delta, restore_best_weights=True): an epoch improves when its loss beats the best so far by
// more than minDelta; training stops after `patience` epochs in a row without improvement.
// With `plateauLoss` (the chance loss, ln of the class count), epochs are not counted while the
// best loss has not yet gone below it: a narrow net from scratch can sit at chance for several
// epochs before it starts learning, and Keras's rule stopped it right there. The epoch count and
// the time budget still bound such a run.
export type EarlyStoppingState = { bestLoss: number; bestEpoch: number | null; wait: number };

export const initialEarlyStopping: EarlyStoppingState = { bestLoss: Infinity, bestEpoch: null, wait: 0 };

export function updateEarlyStopping(
  state: EarlyStoppingState,
  { epoch, valLoss }: { epoch: number; valLoss: number },
  { patience, minDelta = 0, plateauLoss }: { patience: number; minDelta?: number; plateauLoss?: number },
): { state: EarlyStoppingState; improved: boolean; stop: boolean } {
  if (!(patience === Infinity || (Number.isInteger(patience) && patience >= 1))) {
    throw new RangeError(`patience must be an integer >= 1 or Infinity, got ${patience}`);
  }
  // NaN never improves: a diverged epoch must not become the "best" weights.
  const improved = Number.isFinite(valLoss) && valLoss < state.bestLoss - minDelta;
  const onPlateau = plateauLoss !== undefined && !(state.bestLoss < plateauLoss);
  const next = improved
    ? { bestLoss: valLoss, bestEpoch: epoch, wait: 0 }
    : { ...state, wait: onPlateau ? 0 : state.wait + 1 };
  return { state: next, improved, stop: next.wait >= patience };
}

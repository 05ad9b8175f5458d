// Early stopping on validation loss, after Keras's EarlyStopping(monitor='val_loss', patience,
// min_delta, restore_best_weights=True): an epoch improves when its loss beats the best so far by
// more than minDelta, and the best epoch's weights are the ones kept. Two changes, both measured
// on real paintings:
// - With `window` above 1, patience counts epochs in a row in which the mean of the last `window`
//   validation losses did not beat its best, instead of the single epoch's loss. On 60 validation
//   paintings one epoch's loss moves by about 0.05 from noise alone: a lucky epoch 2 (0.628,
//   against 0.63 to 0.74 for the six after it) ended a run that was still learning, at test AUC
//   0.62, where runs of the same command went on to 0.89 and 0.96. The trailing mean of those
//   epochs kept falling. Window 1 is Keras's rule.
// - With `plateauLoss` (the chance loss, ln of the class count), epochs are not counted while the
//   best trailing mean has not yet gone below it: a narrow net from scratch can sit at chance for
//   several epochs before it starts learning, and Keras's rule stopped it right there. The epoch
//   count and the time budget still bound such a run.
export type EarlyStoppingState = {
  /** The lowest single validation loss so far, and its epoch: the weights training keeps. */
  bestLoss: number;
  bestEpoch: number | null;
  /** The lowest trailing mean so far, which patience is counted against. */
  bestTrend: number;
  /** The last `window` finite validation losses, oldest first. */
  recentLosses: readonly number[];
  wait: number;
};

export const initialEarlyStopping: EarlyStoppingState = { bestLoss: Infinity, bestEpoch: null, bestTrend: Infinity, recentLosses: [], wait: 0 };

/** The window training uses unless told otherwise (see the header). */
export const VALIDATION_LOSS_WINDOW = 3;

export type EarlyStoppingOptions = { patience: number; minDelta?: number; plateauLoss?: number; window?: number };

export function updateEarlyStopping(
  state: EarlyStoppingState,
  { epoch, valLoss }: { epoch: number; valLoss: number },
  { patience, minDelta = 0, plateauLoss, window = 1 }: EarlyStoppingOptions,
): { state: EarlyStoppingState; improved: boolean; stop: boolean } {
  if (!(patience === Infinity || (Number.isInteger(patience) && patience >= 1))) {
    throw new RangeError(`patience must be an integer >= 1 or Infinity, got ${patience}`);
  }
  if (!(Number.isInteger(window) && window >= 1)) throw new RangeError(`window must be an integer >= 1, got ${window}`);
  // NaN never improves: a diverged epoch must not become the "best" weights. It counts as an epoch
  // without improvement and stays out of the trailing mean, so it cannot poison the next ones.
  const finite = Number.isFinite(valLoss);
  const improved = finite && valLoss < state.bestLoss - minDelta;
  const recentLosses = finite ? [...state.recentLosses, valLoss].slice(-window) : state.recentLosses;
  const trend = recentLosses.reduce((sum, loss) => sum + loss, 0) / recentLosses.length;
  const trendImproved = finite && trend < state.bestTrend - minDelta;
  const onPlateau = plateauLoss !== undefined && !(state.bestTrend < plateauLoss);
  const wait = trendImproved || onPlateau ? 0 : state.wait + 1;
  const next: EarlyStoppingState = {
    bestLoss: improved ? valLoss : state.bestLoss,
    bestEpoch: improved ? epoch : state.bestEpoch,
    bestTrend: trendImproved ? trend : state.bestTrend,
    recentLosses,
    wait,
  };
  return { state: next, improved, stop: wait >= patience };
}

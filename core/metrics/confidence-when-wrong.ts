// How sure a model was when it was wrong: the mean top-class probability over its mistakes. A
// model that scores chance on paintings from a new source while being 0.86 sure of its wrong
// answers is worse than one that knows it does not know; accuracy alone hides the difference.
import { argmax } from "./argmax";

export type WrongConfidence = { wrong: number; meanConfidence: number | null };

export function confidenceWhenWrong(probabilities: readonly (readonly number[])[], actual: readonly number[]): WrongConfidence {
  if (probabilities.length !== actual.length) throw new RangeError(`${probabilities.length} predictions for ${actual.length} labels`);
  let wrong = 0;
  let sum = 0;
  probabilities.forEach((row, i) => {
    const top = argmax(row);
    if (top === actual[i]) return;
    wrong += 1;
    sum += row[top]!;
  });
  return { wrong, meanConfidence: wrong === 0 ? null : sum / wrong };
}

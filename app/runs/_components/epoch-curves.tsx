"use client";

import { useState } from "react";
import type { EpochFieldsFragment } from "../../graphql/generated";
import { compareFolds, FINAL_MODEL_FOLD, foldLabel, type ModelFold } from "@/core/metrics/model-fold";
import { AccuracyChart } from "./accuracy-chart";
import { EpochTable } from "./epoch-table";
import { EpochTimeChart } from "./epoch-time-chart";
import { LossChart } from "./loss-chart";
import { SamplesChart } from "./samples-chart";

type ValidationReport = { split: string; fold: ModelFold; majorityClassRate: number };

/** The validation split's majority-class rate for the epochs of one fold (null: the final model). */
function validationBaseline(reports: readonly ValidationReport[], fold: ModelFold): number | null {
  return reports.find((r) => r.split === "VALIDATION" && r.fold === fold)?.majorityClassRate ?? null;
}

/** The four per-epoch charts for one training (the final model or a cross-validation fold). */
export function EpochCurves({ epochs, evaluations = [] }: { epochs: EpochFieldsFragment[]; evaluations?: readonly ValidationReport[] }) {
  const folds = [...new Set(epochs.map((e) => e.fold))].sort(compareFolds);
  const [fold, setFold] = useState<ModelFold>(FINAL_MODEL_FOLD);
  // While cross-validation runs, the final model has no epochs yet: show the newest fold.
  const current = folds.includes(fold) ? fold : folds[folds.length - 1];
  const shown = epochs.filter((e) => e.fold === current);
  if (epochs.length === 0) return <p className="muted">No epochs yet; curves appear as soon as the first epoch ends.</p>;
  return (
    <>
      {folds.length > 1 && (
        <label className="inline">
          Training
          <select value={optionValue(current)} onChange={(e) => setFold(folds.find((f) => optionValue(f) === e.target.value) ?? FINAL_MODEL_FOLD)}>
            {folds.map((f) => <option key={optionValue(f)} value={optionValue(f)}>{foldLabel(f)}</option>)}
          </select>
        </label>
      )}
      <div className="chart-grid">
        <LossChart epochs={shown} />
        <AccuracyChart epochs={shown} baseline={validationBaseline(evaluations, current ?? null)} />
        <EpochTimeChart epochs={shown} />
        <SamplesChart epochs={shown} />
      </div>
      <EpochTable epochs={shown} />
    </>
  );
}

// A <select> holds strings; the final model's null fold needs one of its own.
const optionValue = (fold: ModelFold) => (fold === FINAL_MODEL_FOLD ? "final" : String(fold));

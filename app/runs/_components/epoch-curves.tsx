"use client";

import { useState } from "react";
import type { EpochFieldsFragment } from "../../graphql/generated";
import { epochFoldLabel } from "../_lib/format";
import { AccuracyChart } from "./accuracy-chart";
import { EpochTable } from "./epoch-table";
import { EpochTimeChart } from "./epoch-time-chart";
import { LossChart } from "./loss-chart";
import { SamplesChart } from "./samples-chart";

type ValidationReport = { split: string; fold: number; majorityClassRate: number };

/** The validation split's majority-class rate for an epoch row's fold (0: final model, f: CV fold f - 1). */
function validationBaseline(reports: readonly ValidationReport[], epochFold: number): number | null {
  const evaluationFold = epochFold === 0 ? -1 : epochFold - 1;
  return reports.find((r) => r.split === "VALIDATION" && r.fold === evaluationFold)?.majorityClassRate ?? null;
}

/** The four per-epoch charts for one training (the final model or a cross-validation fold). */
export function EpochCurves({ epochs, evaluations = [] }: { epochs: EpochFieldsFragment[]; evaluations?: readonly ValidationReport[] }) {
  const folds = [...new Set(epochs.map((e) => e.fold))].sort((a, b) => a - b);
  const [fold, setFold] = useState(0);
  // While cross-validation runs, the final model (fold 0) has no epochs yet: show the newest fold.
  const current = folds.includes(fold) ? fold : folds[folds.length - 1];
  const shown = epochs.filter((e) => e.fold === current);
  if (epochs.length === 0) return <p className="muted">No epochs yet; curves appear as soon as the first epoch ends.</p>;
  return (
    <>
      {folds.length > 1 && (
        <label className="inline">
          Training
          <select value={current} onChange={(e) => setFold(Number(e.target.value))}>
            {folds.map((f) => <option key={f} value={f}>{epochFoldLabel(f)}</option>)}
          </select>
        </label>
      )}
      <div className="chart-grid">
        <LossChart epochs={shown} />
        <AccuracyChart epochs={shown} baseline={validationBaseline(evaluations, current ?? 0)} />
        <EpochTimeChart epochs={shown} />
        <SamplesChart epochs={shown} />
      </div>
      <EpochTable epochs={shown} />
    </>
  );
}

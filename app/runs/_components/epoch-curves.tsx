"use client";

import { useState } from "react";
import type { EpochFieldsFragment } from "../../graphql/generated";
import { epochFoldLabel } from "../_lib/format";
import { AccuracyChart } from "./accuracy-chart";
import { EpochTable } from "./epoch-table";
import { EpochTimeChart } from "./epoch-time-chart";
import { LossChart } from "./loss-chart";
import { SamplesChart } from "./samples-chart";

/** The four per-epoch charts for one training (the final model or a cross-validation fold). */
export function EpochCurves({ epochs }: { epochs: EpochFieldsFragment[] }) {
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
        <AccuracyChart epochs={shown} />
        <EpochTimeChart epochs={shown} />
        <SamplesChart epochs={shown} />
      </div>
      <EpochTable epochs={shown} />
    </>
  );
}

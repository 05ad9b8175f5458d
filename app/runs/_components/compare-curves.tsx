"use client";

import type { EpochFieldsFragment, RunReportFieldsFragment } from "../../graphql/generated";
import { CHART_COLORS } from "../_lib/chart-colors";
import { percent } from "../_lib/format";
import { MetricLineChart } from "./metric-line-chart";
import { isFinalModel } from "@/core/metrics/model-fold";

type Run = RunReportFieldsFragment;
type Figure = "trainLoss" | "valLoss" | "valAccuracy";

/** The final models' curves overlaid, epoch by epoch, A solid and B dashed. */
export function CompareCurves({ a, b }: { a: Run; b: Run }) {
  const chart = (figure: Figure, title: string, yLabel: string, format?: (v: number) => string) => (
    <MetricLineChart title={title} yLabel={yLabel} format={format} data={overlay(a.epochs, b.epochs, figure)}
      series={[{ key: "a", name: `A ${title.toLowerCase()}`, color: CHART_COLORS.runA }, { key: "b", name: `B ${title.toLowerCase()}`, color: CHART_COLORS.runB, dashed: true }]} />
  );
  return (
    <div className="chart-grid">
      {chart("valLoss", "Validation loss", "Loss")}
      {chart("valAccuracy", "Validation accuracy", "Accuracy", (v) => percent(v, 0))}
      {chart("trainLoss", "Training loss", "Loss")}
    </div>
  );
}

function overlay(a: EpochFieldsFragment[], b: EpochFieldsFragment[], figure: Figure) {
  const finalA = a.filter((e) => isFinalModel(e.fold));
  const finalB = b.filter((e) => isFinalModel(e.fold));
  const epochs = [...new Set([...finalA, ...finalB].map((e) => e.epoch))].sort((x, y) => x - y);
  return epochs.map((epoch) => ({
    epoch,
    a: finalA.find((e) => e.epoch === epoch)?.[figure] ?? null,
    b: finalB.find((e) => e.epoch === epoch)?.[figure] ?? null,
  }));
}

"use client";

import type { EpochFieldsFragment } from "../../graphql/generated";
import { CHART_COLORS } from "../_lib/chart-colors";
import { MetricLineChart } from "./metric-line-chart";

/** Seconds per epoch: an epoch far faster than the others did not see all its data. */
export function EpochTimeChart({ epochs }: { epochs: EpochFieldsFragment[] }) {
  return (
    <MetricLineChart
      title="Seconds per epoch"
      yLabel="Seconds"
      // Sub-second epochs (the tiny preset) need more digits, or the axis repeats "0.1".
      format={(v) => (v >= 10 ? v.toFixed(0) : v >= 1 ? v.toFixed(1) : v.toFixed(2))}
      domain={[0, "auto"]}
      data={epochs.map((e) => ({ epoch: e.epoch, seconds: e.wallSeconds }))}
      series={[{ key: "seconds", name: "Wall seconds", color: CHART_COLORS.time }]}
    />
  );
}

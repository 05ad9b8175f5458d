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
      format={(v) => v.toFixed(1)}
      domain={[0, "auto"]}
      data={epochs.map((e) => ({ epoch: e.epoch, seconds: e.wallSeconds }))}
      series={[{ key: "seconds", name: "Wall seconds", color: CHART_COLORS.time }]}
    />
  );
}

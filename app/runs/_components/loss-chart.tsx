"use client";

import type { EpochFieldsFragment } from "../../graphql/generated";
import { CHART_COLORS } from "../_lib/chart-colors";
import { MetricLineChart } from "./metric-line-chart";

/** Training against validation loss: validation rising while training falls is overfitting. */
export function LossChart({ epochs }: { epochs: EpochFieldsFragment[] }) {
  return (
    <MetricLineChart
      title="Loss per epoch"
      yLabel="Loss"
      data={epochs.map((e) => ({ epoch: e.epoch, train: e.trainLoss, validation: e.valLoss }))}
      series={[
        { key: "train", name: "Training loss", color: CHART_COLORS.train },
        { key: "validation", name: "Validation loss", color: CHART_COLORS.validation },
      ]}
    />
  );
}

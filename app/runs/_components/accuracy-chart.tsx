"use client";

import type { EpochFieldsFragment } from "../../graphql/generated";
import { CHART_COLORS } from "../_lib/chart-colors";
import { percent } from "../_lib/format";
import { MetricLineChart } from "./metric-line-chart";

/**
 * Training against validation accuracy; 100% training accuracy early is a warning sign. The
 * validation split's majority-class rate, once evaluated, is drawn dashed: the line to clear.
 */
export function AccuracyChart({ epochs, baseline = null }: { epochs: EpochFieldsFragment[]; baseline?: number | null }) {
  return (
    <MetricLineChart
      title="Accuracy per epoch"
      yLabel="Accuracy"
      format={(v) => percent(v, 0)}
      domain={[0, 1]}
      data={epochs.map((e) => ({ epoch: e.epoch, train: e.trainAccuracy, validation: e.valAccuracy, baseline }))}
      series={[
        { key: "train", name: "Training accuracy", color: CHART_COLORS.train },
        { key: "validation", name: "Validation accuracy", color: CHART_COLORS.validation },
        ...(baseline === null ? [] : [{ key: "baseline", name: "Validation majority-class baseline", color: CHART_COLORS.expected, dashed: true }]),
      ]}
    />
  );
}

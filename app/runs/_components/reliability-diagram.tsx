"use client";

// Reliability diagram: for each confidence bin, how often the model was right (bars) against the
// perfectly calibrated diagonal (accuracy = the bin's confidence). Bars below the diagonal are
// over-confidence; the gap, weighted by bin size, is the ECE shown beside it.
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { EvaluationFieldsFragment } from "../../graphql/generated";
import { CHART_COLORS } from "../_lib/chart-colors";
import { decimal, percent } from "../_lib/format";

export function ReliabilityDiagram({ report }: { report: EvaluationFieldsFragment }) {
  const data = report.calibration.map((bin) => ({
    bin: `${bin.lower.toFixed(1)}–${bin.upper.toFixed(1)}`,
    accuracy: bin.accuracy,
    confidence: bin.confidence,
    diagonal: (bin.lower + bin.upper) / 2,
    count: bin.count,
  }));
  if (data.length === 0) return <p className="muted">No calibration data for this split.</p>;
  return (
    <figure className="chart" aria-label="Reliability diagram">
      <figcaption>Reliability diagram · ECE {decimal(report.ece)}</figcaption>
      <ResponsiveContainer width="100%" height={260}>
        <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 20, left: 8 }}>
          <CartesianGrid stroke="#e6e3dc" strokeDasharray="3 3" />
          <XAxis dataKey="bin" label={{ value: "Confidence", position: "insideBottom", offset: -12 }} interval={0} tick={{ fontSize: 11 }} />
          <YAxis domain={[0, 1]} tickFormatter={(v) => percent(v, 0)} label={{ value: "Accuracy", angle: -90, position: "insideLeft" }} width={64} />
          <Tooltip
            formatter={(value) => (typeof value === "number" ? percent(value) : String(value))}
            labelFormatter={(label, payload) => `Confidence ${label} · ${payload?.[0]?.payload?.count ?? 0} items`}
          />
          <Legend verticalAlign="top" height={28} />
          <Bar dataKey="accuracy" name="Accuracy in bin" fill={CHART_COLORS.train} isAnimationActive={false} />
          <Line dataKey="diagonal" name="Perfect calibration" stroke={CHART_COLORS.diagonal} strokeDasharray="5 4" dot={false} isAnimationActive={false} />
          <Line dataKey="confidence" name="Mean confidence" stroke={CHART_COLORS.validation} dot={{ r: 3 }} isAnimationActive={false} connectNulls={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}

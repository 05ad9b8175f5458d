"use client";

// Samples each epoch saw against the training split's size. The research's bug was an iterator
// that ran dry after the first epoch, so later epochs trained on almost nothing; a short bar is
// drawn red beside the expected line so that can never go unnoticed again.
import { Bar, CartesianGrid, Cell, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { EpochFieldsFragment } from "../../graphql/generated";
import { CHART_COLORS } from "../_lib/chart-colors";

export function SamplesChart({ epochs }: { epochs: EpochFieldsFragment[] }) {
  const data = epochs.map((e) => ({ epoch: e.epoch, seen: e.samplesSeen, expected: e.expectedSamples }));
  const short = epochs.filter((e) => e.samplesSeen !== e.expectedSamples);
  return (
    <figure className="chart" aria-label="Samples per epoch">
      <figcaption>
        Samples per epoch{" "}
        {short.length > 0 ? (
          <strong className="error">· {short.length} epoch{short.length === 1 ? "" : "s"} off the expected count</strong>
        ) : (
          <span className="muted">· every epoch saw the expected {epochs[0]?.expectedSamples ?? 0}</span>
        )}
      </figcaption>
      <ResponsiveContainer width="100%" height={240}>
        <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 20, left: 8 }}>
          <CartesianGrid stroke="#e6e3dc" strokeDasharray="3 3" />
          <XAxis dataKey="epoch" label={{ value: "Epoch", position: "insideBottom", offset: -12 }} />
          <YAxis label={{ value: "Samples", angle: -90, position: "insideLeft" }} allowDecimals={false} width={64} />
          <Tooltip labelFormatter={(epoch) => `Epoch ${epoch}`} />
          <Legend verticalAlign="top" height={28} />
          <Bar dataKey="seen" name="Samples seen" fill={CHART_COLORS.samples} isAnimationActive={false}>
            {data.map((row) => (
              <Cell key={row.epoch} fill={row.seen === row.expected ? CHART_COLORS.samples : CHART_COLORS.short} />
            ))}
          </Bar>
          <Line dataKey="expected" name="Expected (training split)" stroke={CHART_COLORS.expected} strokeDasharray="5 4" dot={false} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}

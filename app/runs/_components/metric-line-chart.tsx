"use client";

// One figure per epoch as lines (training vs validation, or run A vs run B). The chart is drawn
// without animation so polling a running run redraws it at once instead of replaying it.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type LineSeries = { key: string; name: string; color: string; dashed?: boolean };

type Props = {
  title: string;
  data: Record<string, number | null>[];
  series: LineSeries[];
  yLabel: string;
  format?: (value: number) => string;
  domain?: [number | "auto", number | "auto"];
};

export function MetricLineChart({ title, data, series, yLabel, format = (v) => v.toFixed(3), domain = ["auto", "auto"] }: Props) {
  return (
    <figure className="chart" aria-label={title}>
      <figcaption>{title}</figcaption>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 20, left: 8 }}>
          <CartesianGrid stroke="#e6e3dc" strokeDasharray="3 3" />
          <XAxis dataKey="epoch" label={{ value: "Epoch", position: "insideBottom", offset: -12 }} allowDecimals={false} />
          <YAxis label={{ value: yLabel, angle: -90, position: "insideLeft", offset: 0 }} tickFormatter={format} domain={domain} width={76} />
          <Tooltip formatter={(value) => (typeof value === "number" ? format(value) : String(value))} labelFormatter={(epoch) => `Epoch ${epoch}`} />
          <Legend verticalAlign="top" height={28} />
          {series.map((s) => (
            <Line key={s.key} dataKey={s.key} name={s.name} stroke={s.color} strokeDasharray={s.dashed ? "5 4" : undefined}
              dot={{ r: 3 }} isAnimationActive={false} connectNulls />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

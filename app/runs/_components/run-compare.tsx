"use client";

import { useQuery } from "@apollo/client/react";
import Link from "next/link";
import { CompareRunsDocument } from "../../graphql/generated";
import { ErrorMessage } from "../../components/error-message";
import { CompareCurves } from "./compare-curves";
import { CompareEvaluationSets } from "./compare-evaluation-sets";
import { CompareMetrics } from "./compare-metrics";
import { ConfigDiff } from "./config-diff";
import { RunStatusBadge } from "./run-status-badge";

/** Two runs side by side: what differed in their setup, and what it did to the figures. */
export function RunCompare({ a, b }: { a: string; b: string }) {
  const { data, error, loading } = useQuery(CompareRunsDocument, { variables: { a, b } });
  if (error) return <ErrorMessage error={error} />;
  if (loading && !data) return <p className="muted">Loading…</p>;
  const missing = [data?.a ? null : a, data?.b ? null : b].filter(Boolean);
  if (!data?.a || !data?.b) return <p className="error" role="alert">No training run {missing.join(", ")}.</p>;
  const runs = [data.a, data.b] as const;
  return (
    <>
      <h1>Compare runs</h1>
      <div className="grid">
        {runs.map((run, i) => (
          <div key={run.id} className="panel">
            <h2 style={{ marginTop: 0 }}>{i === 0 ? "A" : "B"}: <Link href={`/runs/${run.id}`}>{run.preset} · seed {run.seed}</Link></h2>
            <p><RunStatusBadge status={run.status} /> {run.project.name}</p>
          </div>
        ))}
      </div>
      <h2>Key metrics</h2>
      <CompareMetrics a={data.a} b={data.b} />
      <h2>Evaluation sets</h2>
      <CompareEvaluationSets a={data.a} b={data.b} />
      <h2>Configuration</h2>
      <ConfigDiff a={data.a} b={data.b} />
      <h2>Curves</h2>
      <CompareCurves a={data.a} b={data.b} />
    </>
  );
}

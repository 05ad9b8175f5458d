"use client";

import { useState } from "react";
import type { DatasetSplit, EvaluationFieldsFragment } from "../../graphql/generated";
import { SPLIT_LABELS } from "../_lib/format";
import { ConfusionCellPanel } from "./confusion-cell-panel";
import { ConfusionMatrix, type SelectedCell } from "./confusion-matrix";
import { MetricSummary } from "./metric-summary";
import { PerClassTable } from "./per-class-table";
import { ReliabilityDiagram } from "./reliability-diagram";
import { isFinalModel } from "@/core/metrics/model-fold";

type Props = { runId: string; projectId: string; evaluations: EvaluationFieldsFragment[]; canManage: boolean };

/** The final model's figures on one held-out split; test first, as the figure to trust. */
export function EvaluationSection({ runId, projectId, evaluations, canManage }: Props) {
  const finals = evaluations.filter((e) => isFinalModel(e.fold)).sort((a, b) => (a.split === "TEST" ? -1 : b.split === "TEST" ? 1 : 0));
  const [split, setSplit] = useState<DatasetSplit | null>(null);
  const [cell, setCell] = useState<SelectedCell | null>(null);
  const report = finals.find((e) => e.split === split) ?? finals[0];
  if (!report) return <p className="muted">No evaluation yet: the final model is evaluated when training ends.</p>;
  return (
    <>
      <div className="row" role="tablist" aria-label="Split">
        {finals.map((e) => (
          <button key={e.split} type="button" role="tab" aria-selected={e.split === report.split}
            className={e.split === report.split ? undefined : "secondary"}
            onClick={() => { setSplit(e.split); setCell(null); }}>
            {SPLIT_LABELS[e.split]} ({e.sampleCount})
          </button>
        ))}
      </div>
      <MetricSummary report={report} />
      <div className="report-grid">
        <div>
          <h3>Confusion matrix</h3>
          <ConfusionMatrix report={report} selected={cell} onSelect={setCell} />
          <p className="muted small">Click a cell to see its paintings.</p>
          <h3>Per class</h3>
          <PerClassTable report={report} />
        </div>
        <ReliabilityDiagram report={report} />
      </div>
      {cell && <ConfusionCellPanel key={`${report.split}-${cell.actualKey}-${cell.predictedKey}`} runId={runId} projectId={projectId} split={report.split} cell={cell} canManage={canManage} />}
    </>
  );
}

"use client";

// Rows are the actual (approved) class, columns what the model predicted. Each cell shows its
// count and its share of the row (the row's recall on the diagonal); color depth follows that
// share, green on the diagonal and red off it, so the mistakes stand out.
import type { EvaluationFieldsFragment } from "../../graphql/generated";
import { percent, SPLIT_LABELS } from "../_lib/format";

export type SelectedCell = { actualKey: string; predictedKey: string };

type Props = { report: EvaluationFieldsFragment; selected: SelectedCell | null; onSelect?: (cell: SelectedCell) => void };

export function ConfusionMatrix({ report, selected, onSelect }: Props) {
  const { classKeys, confusionMatrix, split } = report;
  return (
    <table className="confusion" aria-label={`Confusion matrix, ${SPLIT_LABELS[split].toLowerCase()} split`}>
      <thead>
        <tr>
          <th scope="col">Actual ↓ / Predicted →</th>
          {classKeys.map((key) => <th key={key} scope="col">{key}</th>)}
          <th scope="col">Total</th>
        </tr>
      </thead>
      <tbody>
        {confusionMatrix.map((row, a) => {
          const rowTotal = row.reduce((sum, n) => sum + n, 0);
          return (
            <tr key={classKeys[a]}>
              <th scope="row">{classKeys[a]}</th>
              {row.map((count, p) => {
                const rate = rowTotal > 0 ? count / rowTotal : 0;
                const cell = { actualKey: classKeys[a]!, predictedKey: classKeys[p]! };
                const isSelected = selected?.actualKey === cell.actualKey && selected.predictedKey === cell.predictedKey;
                return (
                  <td key={p} style={cellStyle(rate, a === p)} className={isSelected ? "selected" : undefined}
                    data-testid={`cell-${cell.actualKey}-${cell.predictedKey}`}>
                    <button type="button" className="cell" disabled={!onSelect} onClick={() => onSelect?.(cell)}
                      aria-label={`Actual ${cell.actualKey}, predicted ${cell.predictedKey}: ${count} (${percent(rate)} of the row)`}>
                      <span className="count">{count}</span>
                      <span className="rate">{percent(rate)}</span>
                    </button>
                  </td>
                );
              })}
              <td className="muted">{rowTotal}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function cellStyle(rate: number, diagonal: boolean) {
  const alpha = 0.08 + 0.82 * rate;
  const rgb = diagonal ? "47, 125, 79" : "180, 35, 24";
  return { background: `rgba(${rgb}, ${alpha.toFixed(2)})`, color: alpha > 0.5 ? "#fff" : "var(--ink)" };
}

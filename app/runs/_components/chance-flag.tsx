/** The mark of a run or split whose figures are not shown better than chance (rule: chance-verdict.ts). */
export function ChanceFlag({ collapsedTo }: { collapsedTo?: string | null }) {
  return (
    <span className="badge status-failed chance-flag" data-testid="chance-flag"
      title="Accuracy does not clear the majority-class baseline, the ROC AUC interval includes 0.5, or every prediction is one class.">
      Not better than chance{collapsedTo ? ` · all predicted ${collapsedTo}` : ""}
    </span>
  );
}

import type { ChanceVerdict } from "../metrics/chance-verdict";
import type { TrainingWarning } from "./warning-types";

export type JudgedSplit = { name: "Test" | "Validation"; classKeys: readonly string[]; verdict: ChanceVerdict | null };

/**
 * The verdict as warnings, both at severity error: the figures of a model that is not shown to
 * beat chance should not be read as skill. The verdict comes first; the collapse says why.
 */
export function chanceWarnings({ name, classKeys, verdict }: JudgedSplit): TrainingWarning[] {
  if (!verdict?.notBetterThanChance) return [];
  const v = verdict;
  const key = (index: number) => classKeys[index] ?? `class ${index}`;
  const ci = v.accuracyInterval;
  const findings = [
    `${name} accuracy ${pct(v.accuracy)} (n = ${v.sampleCount}, 95% CI ${pct(ci.lower)}–${pct(ci.upper)}) ` +
      `${v.reasons.includes("accuracy_within_baseline") ? "does not clear" : "clears"} ` +
      `the majority-class baseline ${pct(v.majorityClassRate)} (always ${key(v.majorityClassIndex)})`,
  ];
  if (v.aucInterval) {
    findings.push(`ROC AUC ${dec(v.aucInterval.estimate)} (95% CI ${dec(v.aucInterval.lower)}–${dec(v.aucInterval.upper)}) ` +
      `${v.reasons.includes("auc_includes_half") ? "includes" : "excludes"} 0.5`);
  }
  const warnings: TrainingWarning[] = [{
    code: "model/not_better_than_chance",
    severity: "error",
    message: `Not better than chance: ${findings.join("; ")}.`,
  }];
  if (v.collapsedTo !== null) {
    warnings.push({
      code: "model/collapsed_to_one_class",
      severity: "error",
      message: `All ${v.sampleCount} ${name.toLowerCase()} predictions are ${key(v.collapsedTo)}: ` +
        "the model answers one class whatever the painting.",
    });
  }
  return warnings;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const dec = (x: number) => x.toFixed(3);

import type { PreAnnotationMode, ServingOrder, UncertaintyStrategy } from "../../../graphql/generated";
import type { FieldErrors } from "./field-errors";
import { PRE_ANNOTATION_OPTIONS, SERVING_ORDER_OPTIONS, SETTING_HELP, STRATEGY_OPTIONS } from "./setting-help";
import { describedBy, SettingRow } from "./setting-row";

export type Draft = {
  name: string; description: string; labelsPerItem: string; goldRate: string; spotCheckRate: string;
  preAnnotation: PreAnnotationMode; uncertaintyStrategy: UncertaintyStrategy; uncertaintyThreshold: string;
  labelingBudget: string; claimTtlSeconds: string; servingOrder: ServingOrder; hideFileNames: boolean; normaliseTrainingCopies: boolean;
};

type Props = { draft: Draft; onChange: (change: Partial<Draft>) => void; errors: FieldErrors };
type TextField = "name" | "description" | "labelsPerItem" | "goldRate" | "spotCheckRate" | "uncertaintyThreshold" | "labelingBudget" | "claimTtlSeconds";

const TEXT_FIELDS: [TextField, string, "text" | "number"][] = [
  ["name", "Name", "text"],
  ["description", "Description", "text"],
  ["labelsPerItem", "Labels per painting (overlap)", "number"],
  ["goldRate", "Gold rate", "number"],
  ["spotCheckRate", "Spot-check rate", "number"],
  ["uncertaintyThreshold", "Uncertainty threshold", "number"],
  ["labelingBudget", "Review budget per scoring", "number"],
  ["claimTtlSeconds", "Claim time (seconds)", "number"],
];

/** The project's numbers, modes and switches, each with its one-line meaning. */
export function SettingsFields({ draft, onChange, errors }: Props) {
  const [nameField, descriptionField, ...numbers] = TEXT_FIELDS;
  const text = ([field, label, type]: (typeof TEXT_FIELDS)[number]) => (
    <SettingRow key={field} id={field} label={label} help={SETTING_HELP[field]} error={errors[field]}>
      <input type={type} step="any" value={draft[field]} onChange={(e) => onChange({ [field]: e.target.value })} {...describedBy(field, errors[field])} />
    </SettingRow>
  );
  return (
    <>
      {text(nameField)}
      {text(descriptionField)}
      {numbers.slice(0, 3).map(text)}
      <SettingRow id="preAnnotation" label="Pre-annotation" help={SETTING_HELP.preAnnotation} error={errors.preAnnotation}>
        <select value={draft.preAnnotation} onChange={(e) => onChange({ preAnnotation: e.target.value as PreAnnotationMode })} {...describedBy("preAnnotation", errors.preAnnotation)}>
          {PRE_ANNOTATION_OPTIONS.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </SettingRow>
      <SettingRow id="uncertaintyStrategy" label="Uncertainty strategy" help={SETTING_HELP.uncertaintyStrategy} error={errors.uncertaintyStrategy}>
        <select value={draft.uncertaintyStrategy} onChange={(e) => onChange({ uncertaintyStrategy: e.target.value as UncertaintyStrategy })} {...describedBy("uncertaintyStrategy", errors.uncertaintyStrategy)}>
          {STRATEGY_OPTIONS.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </SettingRow>
      {numbers.slice(3).map(text)}
      <SettingRow id="servingOrder" label="Serving order" help={SETTING_HELP.servingOrder} error={errors.servingOrder}>
        <select value={draft.servingOrder} onChange={(e) => onChange({ servingOrder: e.target.value as ServingOrder })} {...describedBy("servingOrder", errors.servingOrder)}>
          {SERVING_ORDER_OPTIONS.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </SettingRow>
      <SettingRow id="hideFileNames" label="Hide file names from annotators" help={SETTING_HELP.hideFileNames} error={errors.hideFileNames}>
        <input type="checkbox" checked={draft.hideFileNames} onChange={(e) => onChange({ hideFileNames: e.target.checked })} style={{ justifySelf: "start" }} {...describedBy("hideFileNames", errors.hideFileNames)} />
      </SettingRow>
      <SettingRow id="normaliseTrainingCopies" label="Normalise training copies" help={SETTING_HELP.normaliseTrainingCopies} error={errors.normaliseTrainingCopies}>
        <input type="checkbox" checked={draft.normaliseTrainingCopies} onChange={(e) => onChange({ normaliseTrainingCopies: e.target.checked })} style={{ justifySelf: "start" }} {...describedBy("normaliseTrainingCopies", errors.normaliseTrainingCopies)} />
      </SettingRow>
    </>
  );
}

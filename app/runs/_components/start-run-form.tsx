"use client";

// Starts a training run. Presets, defaults and bounds come from the server's own validation
// (trainingOptions), so the form offers exactly what the server accepts; which presets the live
// workers can train, and about how long an epoch takes, come from the workers' heartbeats.
// Anything the server still refuses (e.g. run/no_training_data) is shown as the server words it.
import { useMutation, useQuery } from "@apollo/client/react";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { StartTrainingRunDocument, TrainingOptionsDocument, TrainingRunsDocument, type TrainingCapacityQuery, type TrainingOptionsQuery } from "../../graphql/generated";
import { ErrorMessage } from "../../components/error-message";
import { aboutSeconds } from "../_lib/format";
import { useTrainingCapacity } from "./use-training-capacity";

type Options = TrainingOptionsQuery["trainingOptions"];

const FIELDS = [
  { name: "epochs", label: "Epochs" },
  { name: "batchSize", label: "Batch size" },
  { name: "learningRate", label: "Learning rate" },
  { name: "patience", label: "Patience (epochs without a better validation loss, averaged over the last 3; 0 = never stop early)" },
  { name: "seed", label: "Seed" },
  { name: "kFolds", label: "Cross-validation folds (empty = none)" },
  { name: "maxTrainingMinutes", label: "Time budget in minutes (no new epoch starts after it; 0 = none)" },
] as const;

export function StartRunForm({ projectId }: { projectId: string }) {
  const options = useQuery(TrainingOptionsDocument);
  if (options.error) return <ErrorMessage error={options.error} />;
  if (!options.data) return <p className="muted">Loading…</p>;
  return <StartRunFields projectId={projectId} options={options.data.trainingOptions} />;
}

function StartRunFields({ projectId, options }: { projectId: string; options: Options }) {
  const [preset, setPreset] = useState(options.defaults.preset);
  const [start, { data, loading, error }] = useMutation(StartTrainingRunDocument, { refetchQueries: [TrainingRunsDocument] });
  const capacity = useTrainingCapacity(projectId);
  const limit = (field: string) => options.limits.find((l) => l.field === field);
  const chosen = options.presets.find((p) => p.name === preset);
  const defaults = chosen?.defaults ?? options.defaults;
  const availability = capacity.data?.presetAvailability.find((a) => a.preset === preset);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const number = (name: string) => (String(form.get(name) ?? "").trim() === "" ? null : Number(form.get(name)));
    await start({
      variables: {
        input: {
          projectId, preset, epochs: number("epochs"), batchSize: number("batchSize"), learningRate: number("learningRate"),
          patience: number("patience"), seed: number("seed"), kFolds: number("kFolds"), maxTrainingMinutes: number("maxTrainingMinutes"),
          augment: form.get("augment") === "on",
        },
      },
    }).catch(() => null);
  }

  return (
    <form className="stack panel" onSubmit={onSubmit} aria-label="Start a run">
      <label>
        Preset
        <select name="preset" value={preset} onChange={(e) => setPreset(e.target.value)}>
          {options.presets.map((p) => {
            const able = capacity.data?.presetAvailability.find((a) => a.preset === p.name);
            return <option key={p.name} value={p.name}>{p.name} ({p.inputSize}×{p.inputSize}){able && !able.available ? " – no live worker can train it" : ""}</option>;
          })}
        </select>
      </label>
      <p className="small muted" data-testid="preset-description">{chosen?.description}</p>
      <PresetCapacity availability={availability} epochs={defaults.epochs} />
      {FIELDS.map(({ name, label }) => {
        const bounds = limit(name);
        const value = defaults[name];
        return (
          <label key={`${preset}-${name}`}>
            {label}
            <input name={name} type="number" defaultValue={value ?? ""} required={name !== "kFolds"}
              min={bounds?.min ?? undefined} max={bounds?.max ?? undefined} step={bounds?.integer ? 1 : "any"} />
          </label>
        );
      })}
      <label className="inline">
        <input name="augment" type="checkbox" defaultChecked={options.defaults.augment} /> Augment training images (rotation, flips, zoom, shifts)
      </label>
      {error && <ErrorMessage error={error} />}
      {data && (
        <p role="status">
          Run queued. <Link href={`/runs/${data.startTrainingRun.id}`}>Follow its progress</Link>
        </p>
      )}
      <button type="submit" disabled={loading}>Start training</button>
    </form>
  );
}

type Availability = TrainingCapacityQuery["presetAvailability"][number];

function PresetCapacity({ availability, epochs }: { availability: Availability | undefined; epochs: number }) {
  if (!availability) return null;
  if (!availability.available) return <p className="notice small" data-testid="preset-unavailable">{availability.reason}</p>;
  const perEpoch = availability.estimatedEpochSeconds;
  return (
    <p className="small muted" data-testid="preset-estimate">
      {availability.workers} live worker{availability.workers === 1 ? "" : "s"} can train it.{" "}
      {perEpoch === null
        ? "No earlier run of this preset to estimate its speed from yet."
        : `An epoch of this project's approved paintings takes ${aboutSeconds(perEpoch)} (from recent runs), so ${epochs} epochs ${aboutSeconds(perEpoch * epochs)}.`}
    </p>
  );
}

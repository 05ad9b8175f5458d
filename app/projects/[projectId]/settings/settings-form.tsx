"use client";

import Link from "next/link";
import { useMutation, useQuery } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { ErrorMessage } from "../../../components/error-message";
import { ProjectSettingsDocument, UpdateProjectSettingsDocument, type ProjectSettingsQuery } from "../../../graphql/generated";
import { CopySlug } from "./copy-slug";
import { fieldErrors, type FieldErrors } from "./field-errors";
import { LabelClassesEditor, type ClassDraft } from "./label-classes-editor";
import { SettingsFields, type Draft } from "./settings-fields";

type Project = NonNullable<ProjectSettingsQuery["project"]>;

const draftOf = (p: Project): Draft => ({
  name: p.name, description: p.description, labelsPerItem: String(p.labelsPerItem), goldRate: String(p.goldRate),
  spotCheckRate: String(p.spotCheckRate), preAnnotation: p.preAnnotation, uncertaintyStrategy: p.uncertaintyStrategy,
  uncertaintyThreshold: String(p.uncertaintyThreshold), labelingBudget: p.labelingBudget === null || p.labelingBudget === undefined ? "" : String(p.labelingBudget),
  claimTtlSeconds: String(p.claimTtlSeconds), servingOrder: p.servingOrder, hideFileNames: p.hideFileNames, normaliseTrainingCopies: p.normaliseTrainingCopies,
});

// Numbers go to the server as typed ("abc" becomes NaN, which it refuses by field); only the
// server decides what is valid, so the page and the API can never disagree.
const num = (value: string) => (value.trim() === "" ? Number.NaN : Number(value));

/** Every project setting on one page, saved together; the server's objections appear per field. */
export function SettingsForm({ projectId }: { projectId: string }) {
  const query = useQuery(ProjectSettingsDocument, { variables: { id: projectId }, fetchPolicy: "network-only" });
  const project = query.data?.project;
  if (query.error) return <ErrorMessage error={query.error} />;
  if (!project) return <p className="muted">{query.loading ? "Loading…" : "No such project."}</p>;
  return <LoadedSettings key={project.id} project={project} />;
}

function LoadedSettings({ project }: { project: Project }) {
  const [draft, setDraft] = useState(() => draftOf(project));
  const [classes, setClasses] = useState<ClassDraft[]>(() => project.labelClasses.map((c) => ({ ...c })));
  const [errors, setErrors] = useState<{ fields: FieldErrors; other: string[] }>({ fields: {}, other: [] });
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(UpdateProjectSettingsDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const input = {
      id: project.id, name: draft.name, description: draft.description, labelsPerItem: num(draft.labelsPerItem),
      goldRate: num(draft.goldRate), spotCheckRate: num(draft.spotCheckRate), preAnnotation: draft.preAnnotation,
      uncertaintyStrategy: draft.uncertaintyStrategy, uncertaintyThreshold: num(draft.uncertaintyThreshold),
      labelingBudget: draft.labelingBudget.trim() === "" ? null : num(draft.labelingBudget), claimTtlSeconds: num(draft.claimTtlSeconds),
      servingOrder: draft.servingOrder, hideFileNames: draft.hideFileNames, normaliseTrainingCopies: draft.normaliseTrainingCopies, labelClasses: classes.map(({ id, name, hotkey }) => ({ id, name, hotkey })),
    };
    try {
      const result = await save({ variables: { input } });
      const updated = result.data?.updateProjectSettings;
      if (updated) {
        setDraft(draftOf(updated));
        setClasses(updated.labelClasses.map((c) => ({ ...c })));
      }
      setErrors({ fields: {}, other: [] });
      setSaved(true);
    } catch (caught) {
      setErrors(fieldErrors(caught));
    }
  }

  const failed = Object.keys(errors.fields).length + errors.other.length > 0;
  return (
    <>
      <p><Link href="/projects">← Projects</Link></p>
      <h1 style={{ overflowWrap: "anywhere" }}>Settings: {project.name}</h1>
      <CopySlug slug={project.slug} />
      <form aria-label="Project settings" onSubmit={submit} noValidate style={{ display: "grid", gap: 16, maxWidth: 720 }}>
        <SettingsFields draft={draft} onChange={(change) => setDraft((d) => ({ ...d, ...change }))} errors={errors.fields} />
        <LabelClassesEditor classes={classes} onChange={setClasses} errors={errors.fields} />
        {errors.other.length > 0 && <ErrorMessage error={new Error(errors.other.join(" "))} />}
        <div className="row">
          <button type="submit" disabled={loading}>{loading ? "Saving…" : "Save settings"}</button>
          <span role="status" data-testid="settings-status">
            {saved ? "Saved. Annotators get the new settings with their next painting." : failed ? "Not saved: see the fields marked below." : ""}
          </span>
        </div>
      </form>
    </>
  );
}

"use client";

import { useMutation } from "@apollo/client/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { CreateProjectDocument } from "../../graphql/generated";
import { ErrorMessage } from "../../components/error-message";

type ClassRow = { key: string; name: string; hotkey: string; color: string };

const DEFAULT_CLASSES: ClassRow[] = [
  { key: "HUMAN", name: "Human-made", hotkey: "h", color: "#2f7d4f" },
  { key: "AI", name: "AI-generated", hotkey: "a", color: "#b5452f" },
];

export function NewProjectForm() {
  const router = useRouter();
  const [classes, setClasses] = useState<ClassRow[]>(DEFAULT_CLASSES);
  const [createProject, { loading, error }] = useMutation(CreateProjectDocument);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await createProject({
      variables: {
        input: {
          name: String(form.get("name")),
          description: String(form.get("description") ?? ""),
          labelsPerItem: Number(form.get("labelsPerItem")),
          labelClasses: classes,
        },
      },
    }).catch(() => null);
    if (result?.data) router.push("/projects");
  }

  const update = (index: number, patch: Partial<ClassRow>) =>
    setClasses((rows) => rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  return (
    <form className="stack panel" onSubmit={onSubmit} aria-label="New project">
      <label>Name<input name="name" required maxLength={120} /></label>
      <label>Description<textarea name="description" rows={3} maxLength={2000} /></label>
      <label>
        Independent labels per painting
        <input name="labelsPerItem" type="number" min={1} max={10} defaultValue={2} required />
      </label>
      <fieldset className="stack" style={{ border: "none", padding: 0 }}>
        <legend className="muted">Label classes (key, name, hotkey)</legend>
        {classes.map((row, index) => (
          <div key={index} className="row">
            <input aria-label="Class key" value={row.key} onChange={(e) => update(index, { key: e.target.value })} size={8} />
            <input aria-label="Class name" value={row.name} onChange={(e) => update(index, { name: e.target.value })} />
            <input aria-label="Hotkey" value={row.hotkey} onChange={(e) => update(index, { hotkey: e.target.value })} size={2} maxLength={1} />
            <input aria-label="Color" type="color" value={row.color} onChange={(e) => update(index, { color: e.target.value })} />
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => setClasses([...classes, { key: "", name: "", hotkey: "", color: "#888888" }])}>
          Add a class
        </button>
      </fieldset>
      {error && <ErrorMessage error={error} />}
      <button type="submit" disabled={loading}>Create project</button>
    </form>
  );
}

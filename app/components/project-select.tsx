"use client";

import { useQuery } from "@apollo/client/react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { ProjectsDocument } from "../graphql/generated";

/**
 * The project a page works on, kept in ?project= so a reload or a shared link keeps it; the first
 * project until one is chosen.
 */
export function useSelectedProject() {
  const { data, loading, error } = useQuery(ProjectsDocument);
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const projects = data?.projects ?? [];
  const wanted = params.get("project");
  const project = projects.find((p) => p.id === wanted) ?? projects[0] ?? null;
  const select = (id: string) => {
    const next = new URLSearchParams(params);
    next.set("project", id);
    router.replace(`${pathname}?${next.toString()}`);
  };
  return { projects, project, select, loading: loading && !data, error };
}

export function ProjectSelect({ projects, value, onChange }: { projects: { id: string; name: string }[]; value: string | undefined; onChange: (id: string) => void }) {
  if (projects.length < 2) return null;
  return (
    <label style={{ maxWidth: 320 }}>
      Project
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {projects.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
      </select>
    </label>
  );
}

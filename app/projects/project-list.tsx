"use client";

import Link from "next/link";
import { useQuery } from "@apollo/client/react";
import { ProjectsDocument } from "../graphql/generated";
import { ErrorMessage } from "../components/error-message";

export function ProjectList({ canManage }: { canManage: boolean }) {
  const { data, loading, error } = useQuery(ProjectsDocument);
  return (
    <>
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h1>Projects</h1>
        {canManage && <Link href="/projects/new">New project</Link>}
      </div>
      {error && <ErrorMessage error={error} />}
      {loading && !data && <p className="muted">Loading…</p>}
      {data?.projects.length === 0 && (
        <p className="muted">{canManage ? "No projects yet." : "You are not a member of any project yet; a manager can add you."}</p>
      )}
      <div className="grid">
        {data?.projects.map((project) => (
          <div key={project.id} className="panel project-card" data-testid="project-card">
            <h2 style={{ marginTop: 0 }}>{project.name}</h2>
            <p className="muted">{project.description || "No description."}</p>
            <p className="row">
              {project.labelClasses.map((labelClass) => (
                <span key={labelClass.id} className="badge" style={{ background: labelClass.color, color: "#fff" }}>
                  {labelClass.name} <span className="kbd" style={{ color: "#000" }}>{labelClass.hotkey.toUpperCase()}</span>
                </span>
              ))}
            </p>
            <p className="muted" style={{ fontSize: 14 }}>
              {project.counts.paintings} paintings · {project.counts.approved} approved · {project.counts.disputed} disputed ·{" "}
              {project.labelsPerItem} labels per painting
            </p>
            <p className="row">
              <Link href={`/paintings?project=${encodeURIComponent(project.id)}`}>Paintings</Link>
              <Link href={`/projects/${project.id}/upload`}>Upload</Link>
              {canManage && <Link href={`/projects/${project.id}/settings`} aria-label={`Settings of ${project.name}`}>Settings</Link>}
              {canManage && <Link href={`/projects/${project.id}/members`} aria-label={`Members of ${project.name}`}>Members</Link>}
            </p>
          </div>
        ))}
      </div>
    </>
  );
}

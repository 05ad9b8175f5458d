"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useQuery } from "@apollo/client/react";
import { ErrorMessage } from "../components/error-message";
import { ProjectsDocument } from "../graphql/generated";

/** Where labeling starts: straight into the only project, or a choice when there are several. */
export function ProjectPicker() {
  const router = useRouter();
  const { data, loading, error } = useQuery(ProjectsDocument);
  const projects = data?.projects ?? [];
  const only = projects.length === 1 ? projects[0].id : null;
  useEffect(() => {
    if (only) router.replace(`/label/${only}`);
  }, [only, router]);
  return (
    <>
      <h1>Label paintings</h1>
      {error && <ErrorMessage error={error} />}
      {loading && !data && <p className="muted">Loading…</p>}
      {data && projects.length === 0 && <p className="muted">There are no projects to label yet.</p>}
      {projects.length > 1 && (
        <div className="grid">
          {projects.map((project) => (
            <Link key={project.id} href={`/label/${project.id}`} className="panel" data-testid="label-project">
              <strong>{project.name}</strong>
              <span className="muted" style={{ display: "block", fontSize: 14 }}>
                {project.counts.unlabeled + project.counts.annotating} paintings collecting labels · {project.labelsPerItem} labels each
              </span>
            </Link>
          ))}
        </div>
      )}
    </>
  );
}

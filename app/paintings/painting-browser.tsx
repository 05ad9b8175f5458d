"use client";

import Link from "next/link";
import { useQuery } from "@apollo/client/react";
import { useEffect, useState } from "react";
import { PaintingsDocument, ProjectsDocument } from "../graphql/generated";
import { ErrorMessage } from "../components/error-message";
import { filtersToParams, toPaintingFilter, type Filters } from "./painting-filter-params";
import { PaintingFilters } from "./painting-filters";
import { PaintingGrid } from "./painting-grid";

const PAGE_SIZE = 48;

type Props = { initialProjectId: string | null; initialFilters: Filters; seesOutcomes: boolean };

/** Project picker, filters and cursor pages; the URL keeps project and filters so views can be shared. */
export function PaintingBrowser({ initialProjectId, initialFilters, seesOutcomes }: Props) {
  const projects = useQuery(ProjectsDocument);
  const [chosenProject, setChosenProject] = useState(initialProjectId);
  const [filters, setFilters] = useState(initialFilters);
  // Cursors of the pages before the current one; the last entry is the current page's `after`.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const projectId = chosenProject ?? projects.data?.projects[0]?.id ?? null;
  const project = projects.data?.projects.find((p) => p.id === projectId);

  const { data, loading, error } = useQuery(PaintingsDocument, {
    variables: { projectId: projectId ?? "", filter: toPaintingFilter(filters), first: PAGE_SIZE, after: cursors.at(-1) },
    skip: !projectId,
  });

  useEffect(() => {
    if (projectId) window.history.replaceState(null, "", `/paintings?${filtersToParams(projectId, filters)}`);
  }, [projectId, filters]);

  const changeFilters = (next: Filters) => {
    setFilters(next);
    setCursors([null]);
  };
  const page = data?.paintings;

  return (
    <>
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h1>Paintings</h1>
        <div className="row">
          <label>Project
            <select value={projectId ?? ""} onChange={(e) => { setChosenProject(e.target.value); changeFilters(filters); }}>
              {projects.data?.projects.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
          </label>
          {projectId && <Link href={`/projects/${projectId}/upload`}>Upload</Link>}
        </div>
      </div>
      <PaintingFilters filters={filters} onChange={changeFilters} labelClasses={project?.labelClasses ?? []} seesOutcomes={seesOutcomes} />
      {(error || projects.error) && <ErrorMessage error={error ?? projects.error} />}
      {projects.data?.projects.length === 0 && <p className="muted">No projects yet.</p>}
      {loading && !page && <p className="muted">Loading…</p>}
      {page && page.edges.length === 0 && <p className="muted">No paintings match.</p>}
      {page && <div style={{ marginTop: 16 }}><PaintingGrid paintings={page.edges.map((edge) => edge.node)} /></div>}
      <nav className="row" aria-label="Pages" style={{ marginTop: 16 }}>
        <button type="button" className="secondary" disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
          Previous page
        </button>
        <span className="muted">Page {cursors.length}</span>
        <button type="button" disabled={!page?.pageInfo.hasNextPage} onClick={() => setCursors([...cursors, page!.pageInfo.endCursor])}>
          Next page
        </button>
      </nav>
    </>
  );
}

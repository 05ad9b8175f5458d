"use client";

import { useQuery } from "@apollo/client/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ProjectsDocument } from "../../graphql/generated";
import { ErrorMessage } from "../../components/error-message";
import { RoundsTable } from "./rounds-table";
import { RunsList } from "./runs-list";
import { ScoreNowButton } from "./score-now-button";
import { StartRunForm } from "./start-run-form";

/** One project's model work: its runs, a form to start one, and the active-learning rounds. */
export function RunsHome({ projectId, canManage }: { projectId: string | null; canManage: boolean }) {
  const router = useRouter();
  const { data, error } = useQuery(ProjectsDocument);
  // Counts "score now" presses, so the rounds table polls until the queued round shows up.
  const [scoreRequests, setScoreRequests] = useState(0);
  const projects = data?.projects ?? [];
  const project = projects.find((p) => p.id === projectId) ?? projects[0];
  return (
    <>
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h1>Model</h1>
        {projects.length > 0 && (
          <label className="inline">
            Project
            <select value={project?.id ?? ""} onChange={(e) => router.replace(`/runs?project=${encodeURIComponent(e.target.value)}`)}>
              {projects.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
          </label>
        )}
      </div>
      {error && <ErrorMessage error={error} />}
      {data && projects.length === 0 && <p className="muted">No projects yet.</p>}
      {project && (
        <>
          <p className="muted">
            {project.counts.approved} approved of {project.counts.paintings} paintings.
            {canManage && (
              <> <a href={`/api/projects/${encodeURIComponent(project.id)}/dataset?format=csv`} download>Export dataset CSV</a>
                {" · "}<a href={`/api/projects/${encodeURIComponent(project.id)}/dataset?format=json`} download>JSON</a></>
            )}
          </p>
          <h2>Training runs</h2>
          <RunsList projectId={project.id} />
          {canManage && (
            <>
              <h2>Start a run</h2>
              <StartRunForm projectId={project.id} />
            </>
          )}
          <div className="row" style={{ justifyContent: "space-between" }}>
            <h2>Active-learning rounds</h2>
            {canManage && <ScoreNowButton projectId={project.id} onQueued={() => setScoreRequests((n) => n + 1)} />}
          </div>
          <RoundsTable projectId={project.id} scoreRequests={scoreRequests} />
        </>
      )}
    </>
  );
}

"use client";

import Link from "next/link";
import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { ErrorMessage } from "../../../components/error-message";
import {
  AddProjectMemberDocument, ProjectMembersDocument, RemoveProjectMemberDocument,
} from "../../../graphql/generated";

// Managers and admins see every project anyway, so only annotators and reviewers are offered.
const WORKER_ROLES = new Set(["ANNOTATOR", "REVIEWER"]);

/** Who may work in a project: managers add and remove annotators and reviewers here. */
export function MembersEditor({ projectId }: { projectId: string }) {
  const query = useQuery(ProjectMembersDocument, { variables: { id: projectId }, fetchPolicy: "network-only" });
  // Both answer with the project's members, which updates the list in Apollo's cache.
  const [add, adding] = useMutation(AddProjectMemberDocument);
  const [remove, removing] = useMutation(RemoveProjectMemberDocument);
  const [choice, setChoice] = useState("");
  const project = query.data?.project;
  if (query.error) return <ErrorMessage error={query.error} />;
  if (!project) return <p className="muted">{query.loading ? "Loading…" : "No such project."}</p>;

  const memberIds = new Set(project.members.map((m) => m.user.id));
  const candidates = (query.data?.users ?? []).filter((u) => u.active && WORKER_ROLES.has(u.role) && !memberIds.has(u.id));
  const busy = adding.loading || removing.loading;
  const variables = (userId: string) => ({ variables: { projectId, userId } });

  return (
    <>
      <p><Link href="/projects">← Projects</Link></p>
      <h1>Members of {project.name}</h1>
      <p className="muted">
        Annotators and reviewers see and work only in projects they are members of. Managers and admins see every project.
        Removing someone hands back the paintings they hold here; their labels and decisions stay.
      </p>
      {(adding.error || removing.error) && <ErrorMessage error={adding.error ?? removing.error} />}
      {project.members.length === 0 ? (
        <p className="muted" role="status">No members yet: no annotator or reviewer can see this project.</p>
      ) : (
        <table aria-label="Members">
          <thead><tr><th>Name</th><th>Email</th><th>Role</th><th>Added</th><th /></tr></thead>
          <tbody>
            {project.members.map((member) => (
              <tr key={member.user.id}>
                <td>{member.user.name}{member.user.active ? "" : " (deactivated)"}</td>
                <td>{member.user.email}</td>
                <td>{member.user.role.toLowerCase()}</td>
                <td className="muted">
                  {new Date(member.addedAt).toLocaleDateString()}{member.addedBy ? ` by ${member.addedBy.name}` : ""}
                </td>
                <td>
                  <button type="button" className="secondary" disabled={busy} aria-label={`Remove ${member.user.email}`}
                    onClick={() => remove(variables(member.user.id)).catch(() => null)}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="row panel" style={{ marginTop: 16 }} aria-label="Add a member"
        onSubmit={(event) => {
          event.preventDefault();
          if (choice) add(variables(choice)).then(() => setChoice(""), () => null);
        }}>
        <label>
          Person{" "}
          <select value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">{candidates.length === 0 ? "Every annotator and reviewer is a member" : "Choose an annotator or reviewer"}</option>
            {candidates.map((u) => <option key={u.id} value={u.id}>{u.name} ({u.email}, {u.role.toLowerCase()})</option>)}
          </select>
        </label>
        <button type="submit" disabled={busy || !choice}>Add member</button>
      </form>
    </>
  );
}

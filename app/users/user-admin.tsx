"use client";

import { useMutation, useQuery } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import Link from "next/link";
import { CreateUserDocument, UpdateUserDocument, UserMembershipsDocument, UsersDocument, type Role } from "../graphql/generated";
import { ErrorMessage } from "../components/error-message";

const ROLES: Role[] = ["ANNOTATOR", "REVIEWER", "MANAGER", "ADMIN"];

export function UserAdmin({ viewerId }: { viewerId: string }) {
  const { data, error } = useQuery(UsersDocument);
  // Fetched afresh on every visit: memberships change on the projects' Members pages.
  const memberships = useQuery(UserMembershipsDocument, { fetchPolicy: "network-only" });
  const projectsOf = new Map(memberships.data?.users.map((user) => [user.id, user.projects]) ?? []);
  const [createUser, created] = useMutation(CreateUserDocument, { refetchQueries: [UsersDocument] });
  const [updateUser, updated] = useMutation(UpdateUserDocument);
  const [notice, setNotice] = useState<string | null>(null);

  async function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const input = {
      email: String(form.get("email")),
      name: String(form.get("name")),
      role: String(form.get("role")) as Role,
      password: String(form.get("password")),
    };
    const result = await createUser({ variables: { input } }).catch(() => null);
    if (result?.data) {
      setNotice(`Created ${result.data.createUser.email}. Share the password with them privately.`);
      formElement.reset();
    }
  }

  return (
    <>
      <h1>Users</h1>
      {error && <ErrorMessage error={error} />}
      {updated.error && <ErrorMessage error={updated.error} />}
      <table aria-label="Users">
        <thead>
          <tr><th>Name</th><th>Email</th><th>Role</th><th>Active</th><th>Last sign-in</th><th>Projects</th></tr>
        </thead>
        <tbody>
          {data?.users.map((user) => (
            <tr key={user.id}>
              <td>{user.name}</td>
              <td>{user.email}</td>
              <td>
                <select
                  aria-label={`Role of ${user.email}`}
                  value={user.role}
                  disabled={user.id === viewerId}
                  onChange={(e) => updateUser({ variables: { input: { id: user.id, role: e.target.value as Role } } }).catch(() => null)}
                >
                  {ROLES.map((role) => <option key={role} value={role}>{role.toLowerCase()}</option>)}
                </select>
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${user.email} active`}
                  checked={user.active}
                  disabled={user.id === viewerId}
                  onChange={(e) => updateUser({ variables: { input: { id: user.id, active: e.target.checked } } }).catch(() => null)}
                />
              </td>
              <td className="muted">{user.lastLoginAt ? new Date(user.lastLoginAt).toLocaleString() : "never"}</td>
              <td data-testid={`projects of ${user.email}`}>
                {user.role === "MANAGER" || user.role === "ADMIN" ? (
                  <span className="muted">every project</span>
                ) : (projectsOf.get(user.id) ?? []).length === 0 ? (
                  <span className="muted">{memberships.loading ? "…" : "none"}</span>
                ) : (
                  (projectsOf.get(user.id) ?? []).map((project, i) => (
                    <span key={project.id}>{i > 0 && ", "}<Link href={`/projects/${project.id}/members`}>{project.name}</Link></span>
                  ))
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Add a user</h2>
      <form className="stack panel" onSubmit={onCreate} aria-label="Add a user">
        <label>Name<input name="name" required /></label>
        <label>Email<input name="email" type="email" required /></label>
        <label>
          Role
          <select name="role" defaultValue="ANNOTATOR">
            {ROLES.map((role) => <option key={role} value={role}>{role.toLowerCase()}</option>)}
          </select>
        </label>
        <label>Initial password (10+ characters)<input name="password" type="text" minLength={10} required autoComplete="off" /></label>
        {created.error && <ErrorMessage error={created.error} />}
        {notice && <p role="status">{notice}</p>}
        <button type="submit" disabled={created.loading}>Create user</button>
      </form>
    </>
  );
}

import Link from "next/link";
import { hasRole } from "@/server/auth/roles";
import { requirePageRole } from "./lib/require-page-role";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const viewer = await requirePageRole("ANNOTATOR", "/");
  return (
    <>
      <h1>Welcome, {viewer.name}</h1>
      <div className="grid">
        <div className="panel">
          <h2>Projects</h2>
          <p className="muted">Collections of paintings with their label classes and rules.</p>
          <Link href="/projects">Open projects</Link>
        </div>
        {hasRole(viewer.role, "MANAGER") && (
          <div className="panel">
            <h2>People</h2>
            <p className="muted">Create accounts and set who annotates, reviews and manages.</p>
            <Link href="/users">Manage users</Link>
          </div>
        )}
      </div>
    </>
  );
}

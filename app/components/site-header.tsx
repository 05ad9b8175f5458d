import Link from "next/link";
import { hasRole, type Role } from "@/server/auth/roles";
import { SignOutButton } from "./sign-out-button";

type HeaderUser = { name?: string | null; role: Role } | null;

const LINKS: { href: string; label: string; role: Role }[] = [
  { href: "/projects", label: "Projects", role: "ANNOTATOR" },
  { href: "/label", label: "Label", role: "ANNOTATOR" },
  { href: "/paintings", label: "Paintings", role: "ANNOTATOR" },
  { href: "/review", label: "Review", role: "REVIEWER" },
  { href: "/runs", label: "Model", role: "REVIEWER" },
  { href: "/annotators", label: "Annotators", role: "MANAGER" },
  { href: "/users", label: "Users", role: "MANAGER" },
];

export function SiteHeader({ user }: { user: HeaderUser }) {
  return (
    <header className="site">
      <Link href="/" className="brand">Provenance Lab</Link>
      <nav aria-label="Main">
        {user && LINKS.filter((link) => hasRole(user.role, link.role)).map((link) => (
          <Link key={link.href} href={link.href}>{link.label}</Link>
        ))}
      </nav>
      <div className="who">
        {user ? (
          <>
            <span data-testid="signed-in-as">{user.name} · {user.role.toLowerCase()}</span>
            <SignOutButton />
          </>
        ) : (
          <Link href="/signin">Sign in</Link>
        )}
      </div>
    </header>
  );
}

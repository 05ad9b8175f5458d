// The signed-in user as GraphQL and the routes see them. Auth.js checks the session against the
// database on every request (the jwt callback in auth-config.ts reads the user row: active, role,
// name, email and the session version), so a deactivated account or a changed role counts at
// once, and the session it answers with is the viewer: no second read of the same row.
import type { Session } from "next-auth";
import { isRole, type Role } from "./roles";

export type Viewer = { id: string; email: string; name: string; role: Role };

export function viewerFromSession(session: Session | null): Viewer | null {
  const user = session?.user;
  if (!user?.id || !isRole(user.role)) return null;
  return { id: user.id, email: user.email ?? "", name: user.name ?? "", role: user.role };
}

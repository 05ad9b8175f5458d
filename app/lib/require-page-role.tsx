// Gates a page by role on the server: a visitor is sent to sign in (and back afterwards), a
// signed-in user without the role sees a refusal. GraphQL enforces the same rules again.
import { redirect } from "next/navigation";
import { auth } from "@/server/auth/next-auth";
import { hasRole, type Role } from "@/server/auth/roles";

export type PageViewer = { id: string; name: string; role: Role };

export async function requirePageRole(role: Role, returnTo: string): Promise<PageViewer> {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.role) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!hasRole(user.role, role)) redirect(`/forbidden?needed=${role}`);
  return { id: user.id, name: user.name ?? "", role: user.role };
}

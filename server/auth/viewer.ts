// The signed-in user as GraphQL sees them: read from the database on every request, so an
// account that was deactivated or changed role is treated as it is now, not as its cookie says.
import type { Db } from "@/server/db/client";
import type { Role } from "./roles";

export type Viewer = { id: string; email: string; name: string; role: Role };

export async function loadViewer(db: Db, userId: string | null | undefined): Promise<Viewer | null> {
  if (!userId) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, active: true },
  });
  if (!user || !user.active) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

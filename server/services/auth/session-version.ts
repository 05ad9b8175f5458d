// Sessions are signed JWT cookies, valid for hours once issued. Each carries the user's
// sessionVersion from sign-in; every request compares it with the database (one primary-key
// read), so signing out, a role change or a deactivation (each bumps the version) ends the
// sessions issued before at once, including a cookie copied and replayed after sign-out. The
// same read gives the viewer as they are now (role, name, email), so a request reads the user
// row once (server/auth/viewer.ts).
import type { Db } from "@/server/db/client";
import type { Viewer } from "@/server/auth/viewer";

/** The user as the session may present them now, or null when the session has ended. */
export async function currentSessionUser(db: Db, { userId, sessionVersion }: { userId: string; sessionVersion: number }): Promise<Viewer | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, name: true, role: true, active: true, sessionVersion: true } });
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  return { id: userId, email: user.email, name: user.name, role: user.role };
}

/** Ends every session of the user issued so far. */
export async function endSessions(db: Pick<Db, "user">, userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

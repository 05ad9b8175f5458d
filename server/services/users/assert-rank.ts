// Rank rules for managing people: nobody grants a role above their own, and nobody changes an
// account ranked above them (so a manager cannot mint, promote, demote or deactivate an admin,
// nor have a second manager account promote the first). The actor's role is read from the
// database, not from the session, so a demotion counts at once.
import type { Db } from "@/server/db/client";
import { hasRole, type Role } from "@/server/auth/roles";
import { AppError, unauthenticated } from "@/server/errors";

export async function actorRole(db: Db, actorId: string): Promise<Role> {
  const actor = await db.user.findUnique({ where: { id: actorId }, select: { role: true, active: true } });
  if (!actor || !actor.active) throw unauthenticated();
  return actor.role;
}

export function assertMayGrant(actor: Role, role: Role | null | undefined): void {
  if (role && !hasRole(actor, role)) {
    throw new AppError("user/role_too_high", `You cannot grant the ${role.toLowerCase()} role: it is above your own.`);
  }
}

export function assertMayChange(actor: Role, target: Role): void {
  if (!hasRole(actor, target)) {
    throw new AppError("user/role_too_high", "You cannot change an account ranked above yours.");
  }
}

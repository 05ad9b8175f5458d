import { z } from "zod";
import type { Db } from "@/server/db/client";
import { ROLES } from "@/server/auth/roles";
import { AppError, notFound } from "@/server/errors";
import { writeAuditLog } from "../audit/write-audit-log";
import { actorRole, assertMayChange, assertMayGrant } from "./assert-rank";

export const updateUserInput = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(120).nullish(),
  role: z.enum(ROLES).nullish(),
  active: z.boolean().nullish(),
});

export async function updateUser(db: Db, actorId: string, input: z.input<typeof updateUserInput>) {
  const { id, name, role, active } = updateUserInput.parse(input);
  const existing = await db.user.findUnique({ where: { id } });
  if (!existing) throw notFound("user/not_found", "user", id);
  const rank = await actorRole(db, actorId);
  assertMayChange(rank, existing.role);
  assertMayGrant(rank, role);
  // Locking oneself out (deactivating or demoting one's own account) is refused.
  if (id === actorId && (active === false || (role && role !== existing.role))) {
    throw new AppError("BAD_USER_INPUT", "You cannot deactivate or change the role of your own account.");
  }
  // A new role or a deactivation ends the account's sessions (session-version.ts): their cookies
  // still name the old role until they expire.
  const endsSessions = (role != null && role !== existing.role) || (active === false && existing.active);
  const user = await db.user.update({
    where: { id },
    data: { name: name ?? undefined, role: role ?? undefined, active: active ?? undefined, ...(endsSessions ? { sessionVersion: { increment: 1 } } : {}) },
  });
  await writeAuditLog(db, {
    actorId,
    action: "user.update",
    entityType: "User",
    entityId: id,
    data: { before: { role: existing.role, active: existing.active }, after: { role: user.role, active: user.active } },
  });
  return user;
}

import { z } from "zod";
import type { Db } from "@/server/db/client";
import { hashPassword, MIN_PASSWORD_LENGTH } from "@/server/auth/password";
import { ROLES } from "@/server/auth/roles";
import { AppError } from "@/server/errors";
import { isUniqueViolation } from "@/server/db/prisma-errors";
import { writeAuditLog } from "../audit/write-audit-log";
import { actorRole, assertMayGrant } from "./assert-rank";

export const createUserInput = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  name: z.string().trim().min(1).max(120),
  role: z.enum(ROLES),
  password: z.string().min(MIN_PASSWORD_LENGTH, `Passwords need at least ${MIN_PASSWORD_LENGTH} characters.`).max(1024),
});

export async function createUser(db: Db, actorId: string | null, input: z.input<typeof createUserInput>) {
  const { email, name, role, password } = createUserInput.parse(input);
  // A null actor is the system itself (seeding); people are held to their own rank.
  if (actorId !== null) assertMayGrant(await actorRole(db, actorId), role);
  const passwordHash = await hashPassword(password);
  try {
    const user = await db.user.create({ data: { email, name, role, passwordHash } });
    await writeAuditLog(db, { actorId, action: "user.create", entityType: "User", entityId: user.id, data: { role } });
    return user;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("user/email_taken", `A user with email ${email} already exists.`);
    throw error;
  }
}

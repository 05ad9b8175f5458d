// Checks an email and password for the Credentials provider, with the failure throttle in front.
import type { Db } from "@/server/db/client";
import { verifyAgainstDummy, verifyPassword } from "@/server/auth/password";
import type { Role } from "@/server/auth/roles";
import { checkThrottle, clearFailures, recordFailure, throttleKeys } from "./login-throttle";

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role; sessionVersion: number } }
  | { ok: false; reason: "invalid_credentials" }
  | { ok: false; reason: "too_many_attempts"; retryAfterSeconds: number };

type Input = { email: string; password: string; clientAddress: string | null };

export async function signInWithPassword(db: Db, { email, password, clientAddress }: Input): Promise<SignInResult> {
  const keys = throttleKeys(email, clientAddress);
  const throttle = await checkThrottle(db, keys);
  if (throttle.blocked) return { ok: false, reason: "too_many_attempts", retryAfterSeconds: throttle.retryAfterSeconds };

  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  const valid = user ? await verifyPassword(user.passwordHash, password) : (await verifyAgainstDummy(password), false);
  if (!user || !valid || !user.active) {
    await recordFailure(db, keys);
    return { ok: false, reason: "invalid_credentials" };
  }
  await clearFailures(db, keys);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
}

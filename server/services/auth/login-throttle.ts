// Slows down repeated failed sign-ins per client address and per account. State lives in
// PostgreSQL so every web process shares it. After FREE_FAILURES failures inside WINDOW_MS each
// further failure doubles the wait, up to MAX_BLOCK_MS.
import type { Db } from "@/server/db/client";

export const FREE_FAILURES = 5;
const WINDOW_MS = 15 * 60_000;
const BASE_BLOCK_MS = 2_000;
const MAX_BLOCK_MS = 5 * 60_000;

export type ThrottleState = { blocked: false } | { blocked: true; retryAfterSeconds: number };

export async function checkThrottle(db: Db, keys: string[], now = new Date()): Promise<ThrottleState> {
  const rows = await db.loginThrottle.findMany({ where: { address: { in: keys } } });
  const until = Math.max(0, ...rows.map((row) => row.blockedUntil?.getTime() ?? 0));
  if (until <= now.getTime()) return { blocked: false };
  return { blocked: true, retryAfterSeconds: Math.ceil((until - now.getTime()) / 1000) };
}

export async function recordFailure(db: Db, keys: string[], now = new Date()): Promise<void> {
  for (const address of keys) {
    // One statement per key, so concurrent failures from many requests are all counted.
    await db.$executeRaw`
      INSERT INTO "LoginThrottle" ("address", "failures", "windowStart", "blockedUntil")
      VALUES (${address}, 1, ${now}, NULL)
      ON CONFLICT ("address") DO UPDATE SET
        "failures" = CASE WHEN "LoginThrottle"."windowStart" < ${new Date(now.getTime() - WINDOW_MS)}
                          THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
        "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < ${new Date(now.getTime() - WINDOW_MS)}
                          THEN ${now} ELSE "LoginThrottle"."windowStart" END`;
    const row = await db.loginThrottle.findUnique({ where: { address } });
    const excess = (row?.failures ?? 0) - FREE_FAILURES;
    if (excess > 0) {
      const blockMs = Math.min(MAX_BLOCK_MS, BASE_BLOCK_MS * 2 ** (excess - 1));
      await db.loginThrottle.update({ where: { address }, data: { blockedUntil: new Date(now.getTime() + blockMs) } });
    }
  }
}

export async function clearFailures(db: Db, keys: string[]): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { address: { in: keys } } });
}

export function throttleKeys(email: string, clientAddress: string | null): string[] {
  const keys = [`account:${email.trim().toLowerCase()}`];
  if (clientAddress) keys.push(`ip:${clientAddress}`);
  return keys;
}

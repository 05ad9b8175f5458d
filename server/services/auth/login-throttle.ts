// Slows down repeated failed sign-ins. State lives in PostgreSQL so every web process shares it.
// Two counters, so a stranger cannot lock an owner out yet guessing stays slow:
// - per account and address pair: guessing one account from one address is blocked after
//   FREE_FAILURES, and only there; the owner elsewhere signs in as usual;
// - per address, across accounts: spraying passwords over many accounts from one address is
//   blocked after FREE_FAILURES_PER_ADDRESS.
// After a counter's free failures inside WINDOW_MS each further failure doubles its wait, up to
// MAX_BLOCK_MS. A successful sign-in clears only its own pair, never the address's counter.
import type { Db } from "@/server/db/client";

export const FREE_FAILURES = 5;
export const FREE_FAILURES_PER_ADDRESS = 10;
const WINDOW_MS = 15 * 60_000;
const BASE_BLOCK_MS = 2_000;
const MAX_BLOCK_MS = 5 * 60_000;

export type ThrottleKey = { key: string; freeFailures: number };
export type ThrottleState = { blocked: false } | { blocked: true; retryAfterSeconds: number };

export async function checkThrottle(db: Db, keys: ThrottleKey[], now = new Date()): Promise<ThrottleState> {
  const rows = await db.loginThrottle.findMany({ where: { address: { in: keys.map(({ key }) => key) } } });
  const until = Math.max(0, ...rows.map((row) => row.blockedUntil?.getTime() ?? 0));
  if (until <= now.getTime()) return { blocked: false };
  return { blocked: true, retryAfterSeconds: Math.ceil((until - now.getTime()) / 1000) };
}

export async function recordFailure(db: Db, keys: ThrottleKey[], now = new Date()): Promise<void> {
  const windowStart = new Date(now.getTime() - WINDOW_MS);
  for (const { key, freeFailures } of keys) {
    // One statement per key, so concurrent failures from many requests are all counted.
    const [row] = await db.$queryRaw<{ failures: number }[]>`
      INSERT INTO "LoginThrottle" ("address", "failures", "windowStart", "blockedUntil")
      VALUES (${key}, 1, ${now}, NULL)
      ON CONFLICT ("address") DO UPDATE SET
        "failures" = CASE WHEN "LoginThrottle"."windowStart" < ${windowStart}
                          THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
        "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < ${windowStart}
                          THEN ${now} ELSE "LoginThrottle"."windowStart" END
      RETURNING "failures"`;
    const excess = (row?.failures ?? 0) - freeFailures;
    if (excess > 0) {
      const blockMs = Math.min(MAX_BLOCK_MS, BASE_BLOCK_MS * 2 ** Math.min(excess - 1, 30));
      await db.loginThrottle.update({ where: { address: key }, data: { blockedUntil: new Date(now.getTime() + blockMs) } });
    }
  }
}

/** After a successful sign-in: that account's failures from that address only. */
export async function clearFailures(db: Db, keys: ThrottleKey[]): Promise<void> {
  const pairs = keys.filter(({ key }) => key.startsWith("pair:")).map(({ key }) => key);
  await db.loginThrottle.deleteMany({ where: { address: { in: pairs } } });
}

export function throttleKeys(email: string, clientAddress: string | null): ThrottleKey[] {
  const account = email.trim().toLowerCase();
  // Without an address (the peer stamp missing) all such attempts share one pair per account:
  // brute force stays slow, at the cost of letting strangers slow that account down.
  const keys: ThrottleKey[] = [{ key: `pair:${account}|${clientAddress ?? "unknown"}`, freeFailures: FREE_FAILURES }];
  if (clientAddress) keys.push({ key: `ip:${clientAddress}`, freeFailures: FREE_FAILURES_PER_ADDRESS });
  return keys;
}

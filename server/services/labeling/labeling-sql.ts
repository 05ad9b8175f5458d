// SQL pieces shared by the labeling services.
import { Prisma } from "@/server/db/generated/client";

/**
 * The database's clock as Prisma stores DateTime (UTC in `timestamp without time zone`). Claims
 * and skips are compared with this, never with the app server's clock, so several app servers
 * with drifting clocks still agree on which claims are live; and never with bare now(), whose
 * conversion would depend on the session time zone.
 */
export const NOW_UTC = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

/** `NOW_UTC` plus a number of seconds. */
export const nowPlusSeconds = (seconds: number) => Prisma.sql`(${NOW_UTC} + make_interval(secs => ${seconds}::int))`;

/** Statuses in which a (non-gold) painting still collects labels. */
export const OPEN_STATUSES = new Set(["UNLABELED", "ANNOTATING"]);

/**
 * Interactive transactions here wait on row locks held by other annotators for a few
 * milliseconds at most, but under a burst (50 annotators opening the queue at once) they also
 * queue for a pooled connection; the defaults (2 s to get one) are too tight for that.
 */
export const LABELING_TX = { maxWait: 15_000, timeout: 20_000 } as const;

export type Tx = Prisma.TransactionClient;

import { Prisma } from "@/server/db/generated/client";

/**
 * The database's clock as Prisma stores DateTime (UTC in `timestamp without time zone`). Claims,
 * skips and heartbeats are compared with this, never with an app server's or worker's clock, so
 * machines with drifting clocks agree on what is live; and never with bare now(), whose
 * conversion would depend on the session time zone.
 */
export const NOW_UTC = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

/** `NOW_UTC` plus a number of seconds. */
export const nowPlusSeconds = (seconds: number) => Prisma.sql`(${NOW_UTC} + make_interval(secs => ${seconds}::int))`;

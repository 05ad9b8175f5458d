import { Prisma } from "@/server/db/generated/client";

/** The database's clock in UTC, for timestamps several machines compare (claims, heartbeats):
 *  one clock, whatever the machines' own clocks say. Columns are `timestamp(3)` holding UTC. */
export const NOW_UTC = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

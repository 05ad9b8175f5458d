// SQL pieces shared by the labeling services.
import { type Prisma } from "@/server/db/generated/client";

// Claims are compared with the database's clock, one definition for every service.
export { NOW_UTC, nowPlusSeconds } from "@/server/db/database-clock";

/** Statuses in which a (non-gold) painting still collects labels. */
export const OPEN_STATUSES = new Set(["UNLABELED", "ANNOTATING"]);

/**
 * Interactive transactions here wait on row locks held by other annotators for a few
 * milliseconds at most, but under a burst (50 annotators opening the queue at once) they also
 * queue for a pooled connection; the defaults (2 s to get one) are too tight for that.
 */
export const LABELING_TX = { maxWait: 15_000, timeout: 20_000 } as const;

export type Tx = Prisma.TransactionClient;

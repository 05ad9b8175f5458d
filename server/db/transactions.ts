// What every interactive transaction shares, one definition for the labeling and review services.
import { type Prisma } from "@/server/db/generated/client";

/** The client inside `db.$transaction(async (tx) => ...)`. */
export type Tx = Prisma.TransactionClient;

/**
 * Interactive transactions wait on row locks held by other annotators or reviewers for a few
 * milliseconds at most, but under a burst (50 people opening a queue at once) they also queue for
 * a pooled connection; Prisma's defaults (2 s to get one, 5 s to run) are too tight for that.
 */
export const INTERACTIVE_TX = { maxWait: 15_000, timeout: 20_000 } as const;

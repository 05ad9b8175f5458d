// SQL pieces shared by the labeling services.

// Claims are compared with the database's clock, and transactions share one type and one set of
// options with the review services: one definition each, re-exported for this folder.
export { NOW_UTC, nowPlusSeconds } from "@/server/db/database-clock";
export { INTERACTIVE_TX as LABELING_TX, type Tx } from "@/server/db/transactions";

/** Statuses in which a (non-gold) painting still collects labels. */
export const OPEN_STATUSES = new Set(["UNLABELED", "ANNOTATING"]);

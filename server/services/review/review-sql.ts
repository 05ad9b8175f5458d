// SQL pieces shared by the review services.
import { AppError } from "@/server/errors";

// Claims are compared with the database's clock, and transactions share one type, one set of
// options and one painting lock with the labeling services: one definition each, re-exported
// for this folder.
export { NOW_UTC, nowPlusSeconds } from "@/server/db/database-clock";
export { INTERACTIVE_TX as REVIEW_TX, type Tx } from "@/server/db/transactions";
export { lockPaintingRow } from "@/server/services/paintings/lock-painting-row";

export const alreadyResolved = (entryId: string) =>
  new AppError("review/already_resolved", `Review entry ${entryId} has already been decided.`);

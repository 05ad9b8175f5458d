// The rows a ReviewEntry's GraphQL fields read beside the entry itself, kept here so the resolver
// stays thin.
import type { Db } from "@/server/db/client";
import type { ReviewQueueEntry } from "@/server/db/generated/client";

export const reviewEntryRelations = {
  // Reviewers see every painting's outcome (painting-visibility.ts), so the flag is known here.
  painting: async (db: Db, entry: Pick<ReviewQueueEntry, "paintingId">) =>
    ({ ...(await db.painting.findUniqueOrThrow({ where: { id: entry.paintingId } })), outcomeVisible: true }),
  claimedBy: (db: Db, entry: Pick<ReviewQueueEntry, "claimedById">) =>
    (entry.claimedById ? db.user.findUnique({ where: { id: entry.claimedById } }) : null),
  review: (db: Db, entry: Pick<ReviewQueueEntry, "id">) => db.review.findUnique({ where: { entryId: entry.id } }),
};

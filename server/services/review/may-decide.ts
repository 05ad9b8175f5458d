import type { Viewer } from "@/server/auth/viewer";
import { hasRole } from "@/server/auth/roles";
import { AppError } from "@/server/errors";
import { NOW_UTC, type Tx } from "./review-sql";

export type ClaimState = { status: string; claimedById: string | null; live: boolean };

/** An entry's status and claim, with liveness judged by the database's clock. */
export async function readClaimState(tx: Pick<Tx, "$queryRaw">, entryId: string, { lock = false } = {}): Promise<ClaimState | null> {
  const rows = lock
    ? await tx.$queryRaw<ClaimState[]>`
        SELECT "status"::text AS "status", "claimedById", coalesce("claimExpiresAt" > ${NOW_UTC}, false) AS "live"
        FROM "ReviewQueueEntry" WHERE "id" = ${entryId} FOR UPDATE`
    : await tx.$queryRaw<ClaimState[]>`
        SELECT "status"::text AS "status", "claimedById", coalesce("claimExpiresAt" > ${NOW_UTC}, false) AS "live"
        FROM "ReviewQueueEntry" WHERE "id" = ${entryId}`;
  return rows[0] ?? null;
}

/** Whether the viewer may decide the entry now (for the UI; assertMayDecide says why not). */
export function mayDecide(state: ClaimState, viewer: Viewer): boolean {
  try {
    assertMayDecide(state, viewer);
    return state.status === "OPEN";
  } catch {
    return false;
  }
}

/**
 * Decisions need the caller's live claim, so two reviewers never work the same painting. A
 * manager may also decide an entry nobody holds (clearing a backlog without claiming one by one),
 * but never one another reviewer is working on. A lapsed claim is refused like the labeling
 * queue's late submits: someone else may have taken the painting meanwhile, so claim it again.
 */
export function assertMayDecide({ claimedById, live }: ClaimState, viewer: Viewer): void {
  const held = claimedById !== null && live;
  if (held && claimedById === viewer.id) return;
  if (held) throw new AppError("review/claimed_by_other", "Another reviewer is working on this painting.");
  if (hasRole(viewer.role, "MANAGER")) return;
  if (claimedById === viewer.id) {
    throw new AppError("claim/expired", "Your claim on this entry expired; claim it again from the review queue.");
  }
  throw new AppError("review/not_claimed", "Claim this entry from the review queue before deciding it.");
}

/** Whether the viewer labeled the painting themselves (any round): then they may not review it. */
export async function labeledByViewer(tx: Pick<Tx, "annotation">, paintingId: string, viewer: Viewer): Promise<boolean> {
  return (await tx.annotation.count({ where: { paintingId, annotatorId: viewer.id } })) > 0;
}

export function ownLabelRefused(): AppError {
  return new AppError("review/own_label", "You labeled this painting yourself, so another reviewer has to decide it.");
}

// The next painting for one annotator, claimed for them alone until the project's claim TTL runs
// out. Safe under concurrency: candidates are locked with SKIP LOCKED and the claim itself is an
// atomic upsert, so simultaneous callers never share a painting, and an abandoned claim simply
// expires and is taken over by the next caller, so no painting is lost.
import type { Db } from "@/server/db/client";
import type { Painting } from "@/server/db/generated/client";
import { LABELING_TX } from "./labeling-sql";
import { loadLabelingProject } from "./load-labeling-project";
import { lockNextCandidate, type CandidatePool } from "./lock-next-candidate";
import { releaseStaleClaims } from "./release-stale-claims";
import { renewHeldClaim } from "./renew-held-claim";
import { takeClaim, type Claim } from "./take-claim";

export type ClaimedPainting = { painting: Painting; expiresAt: Date };

type ClaimOptions = {
  projectId: string;
  userId: string;
  /** Paintings not to return: the one on screen, when claiming the next one to preload. */
  excludeIds?: string[];
  /** Decides whether this claim is a gold painting; injectable so tests can force either way. */
  random?: () => number;
};

export async function claimNextPainting(
  db: Db,
  { projectId, userId, excludeIds = [], random = Math.random }: ClaimOptions,
): Promise<ClaimedPainting | null> {
  const project = await loadLabelingProject(db, projectId);
  const ttlSeconds = project.claimTtlSeconds;
  const wantGold = random() < project.goldRate;

  const claim = await db.$transaction(async (tx): Promise<Claim | null> => {
    await releaseStaleClaims(tx, { projectId, userId });
    const held = await renewHeldClaim(tx, { projectId, userId, excludeIds, ttlSeconds });
    if (held) return held;
    const passedOver = [...excludeIds];
    const candidate = (pool: CandidatePool) =>
      lockNextCandidate(tx, { pool, projectId, userId, labelsPerItem: project.labelsPerItem, excludeIds: passedOver });
    const claimFrom = async (pools: CandidatePool[]) => {
      for (const pool of pools) {
        for (let id = await candidate(pool); id; id = await candidate(pool)) {
          const taken = await takeClaim(tx, { paintingId: id, userId, ttlSeconds });
          if (taken) return taken;
          // Someone claimed it after this statement's snapshot was taken; each miss excludes one
          // more painting, so the loop ends.
          passedOver.push(id);
        }
      }
      return null;
    };
    // Gold paintings are mixed in at the project's rate and look like any other, so they are
    // served only while ordinary work remains: a gold painting shown to someone whose queue is
    // otherwise empty would give itself away.
    if (wantGold && (await candidate("ANNOTATING") ?? await candidate("UNLABELED"))) {
      const gold = await claimFrom(["GOLD"]);
      if (gold) return gold;
    }
    return claimFrom(["ANNOTATING", "UNLABELED"]);
  }, LABELING_TX);

  if (!claim) return null;
  const painting = await db.painting.findUniqueOrThrow({ where: { id: claim.paintingId } });
  return { painting, expiresAt: claim.expiresAt };
}

// The next painting for one annotator, claimed for them alone until the project's claim TTL runs
// out. Safe under concurrency without an interactive transaction: each step is one atomic
// statement (held claims are renewed in one, a new painting is picked, locked and claimed in
// another), so simultaneous callers never share a painting, and an abandoned claim simply expires
// and is taken over by the next caller, so no painting is lost.
import type { Db } from "@/server/db/client";
import type { Painting, Project } from "@/server/db/generated/client";
import { claimFromQueue } from "./claim-from-queue";
import { loadLabelingProject } from "./load-labeling-project";
import { renewHeldClaims } from "./renew-held-claims";
import type { Claim } from "./take-claim";

export type ClaimedPainting = { painting: Painting; expiresAt: Date };

type ClaimOptions = {
  projectId: string;
  userId: string;
  /** Paintings not to return: the one on screen, when claiming the next one to preload. */
  excludeIds?: string[];
  /** Decides whether this claim is a gold painting; injectable so tests can force either way. */
  random?: () => number;
  /** The project, when the caller has it already (saves a read per claim). */
  project?: Project;
};

export async function claimNextPainting(db: Db, options: ClaimOptions): Promise<ClaimedPainting | null> {
  const [claim] = await claimPaintingIds(db, options, 1);
  if (!claim) return null;
  const painting = await db.painting.findUniqueOrThrow({ where: { id: claim.paintingId } });
  return { painting, expiresAt: claim.expiresAt };
}

/**
 * Up to `count` claims for the annotator, oldest first: the ones they hold, renewed, then new ones
 * from the queue. The screen asks for two (the painting shown and the next one, preloaded), and
 * in the steady state that is two statements: one renews the held one, one claims the next.
 */
export async function claimPaintingIds(db: Db, options: ClaimOptions, count: number): Promise<Claim[]> {
  const { projectId, userId, excludeIds = [], random = Math.random } = options;
  const project = options.project ?? (await loadLabelingProject(db, projectId));
  const ttlSeconds = project.claimTtlSeconds;
  const claims = await renewHeldClaims(db, { projectId: project.id, userId, excludeIds, ttlSeconds, limit: count });
  const passedOver = [...excludeIds, ...claims.map((claim) => claim.paintingId)];
  let wantGold: boolean | null = null; // drawn once per painting claimed, kept over lost races
  while (claims.length < count) {
    wantGold ??= random() < project.goldRate;
    const { pickedId, expiresAt } = await claimFromQueue(db, {
      projectId: project.id, userId, labelsPerItem: project.labelsPerItem, servingOrder: project.servingOrder,
      ttlSeconds, excludeIds: passedOver, wantGold,
    });
    if (!pickedId) break;
    // Without expiresAt someone claimed it after this statement's snapshot was taken; each miss
    // excludes one more painting, so the loop ends.
    passedOver.push(pickedId);
    if (!expiresAt) continue;
    claims.push({ paintingId: pickedId, expiresAt });
    wantGold = null;
  }
  return claims;
}

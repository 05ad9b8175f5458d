// The next painting for one annotator, claimed for them alone until the project's claim TTL runs
// out. Safe under concurrency without an interactive transaction: each step is one atomic
// statement (held claims are renewed in one, a new painting is picked, locked and claimed in
// another), so simultaneous callers never share a painting, and an abandoned claim simply expires
// and is taken over by the next caller, so no painting is lost.
import type { Db } from "@/server/db/client";
import type { Painting, Project } from "@/server/db/generated/client";
import { claimFromQueue } from "./claim-from-queue";
import { loadLabelingProject } from "./load-labeling-project";
import { renewHeldClaim } from "./renew-held-claim";
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
  const claim = await claimNextPaintingId(db, options);
  if (!claim) return null;
  const painting = await db.painting.findUniqueOrThrow({ where: { id: claim.paintingId } });
  return { painting, expiresAt: claim.expiresAt };
}

/** Renews a held claim, else picks and claims a new painting; its id and the claim's expiry. */
async function claimNextPaintingId(db: Db, options: ClaimOptions): Promise<Claim | null> {
  const { projectId, userId, excludeIds = [], random = Math.random } = options;
  const project = options.project ?? (await loadLabelingProject(db, projectId));
  const wantGold = random() < project.goldRate;
  const ttlSeconds = project.claimTtlSeconds;
  const held = await renewHeldClaim(db, { projectId: project.id, userId, excludeIds, ttlSeconds });
  if (held) return held;
  const passedOver = [...excludeIds];
  for (;;) {
    const { pickedId, expiresAt } = await claimFromQueue(db, {
      projectId: project.id, userId, labelsPerItem: project.labelsPerItem, servingOrder: project.servingOrder,
      ttlSeconds, excludeIds: passedOver, wantGold,
    });
    if (!pickedId) return null;
    if (expiresAt) return { paintingId: pickedId, expiresAt };
    // Someone claimed it after this statement's snapshot was taken; each miss excludes one more
    // painting, so the loop ends.
    passedOver.push(pickedId);
  }
}

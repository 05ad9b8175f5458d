import type { Db } from "@/server/db/client";
import { queryRows } from "@/server/db/direct-query";
import { Prisma, type Painting, type Project } from "@/server/db/generated/client";
import { claimPaintingIds } from "./claim-next-painting";
import { loadLabelingProject } from "./load-labeling-project";

/** What the labeling screen needs; the GraphQL LabelingTask type resolves the rest from it. */
export type LabelingTaskModel = {
  project: Project;
  painting: Painting;
  claimExpiresAt: Date;
  /**
   * Claimed for the same annotator as well (prefetch only), so its image can be preloaded and the
   * screen can show it the moment a label is given, before the server has answered.
   */
  upcoming: Painting | null;
};

type TaskOptions = {
  projectId: string;
  userId: string;
  prefetch?: boolean;
  random?: () => number;
  /** The project, when the caller has read it already (the access check does). */
  project?: Project;
};

/**
 * The annotator's current painting (the one they already hold, or a newly claimed one) and, with
 * `prefetch`, the one after it, claimed too, so switching to it shows an image already loaded.
 * Both claims' rows are read in one query: this runs once per label.
 */
export async function getLabelingTask(db: Db, { projectId, userId, prefetch = false, random, project: given }: TaskOptions): Promise<LabelingTaskModel | null> {
  const project = given ?? (await loadLabelingProject(db, projectId));
  const [current, upcoming] = await claimPaintingIds(db, { projectId, userId, random, project }, prefetch ? 2 : 1);
  if (!current) return null;
  const ids = upcoming ? [current.paintingId, upcoming.paintingId] : [current.paintingId];
  const rows = await queryRows<Painting>(db, Prisma.sql`SELECT * FROM "Painting" WHERE "id" = ANY(${ids}::text[])`);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const painting = byId.get(current.paintingId);
  // Only a painting deleted in the instant between the claim and this read (its claim goes with
  // it) is missing: the request fails as findUniqueOrThrow made it fail before, and a retry serves
  // the next one.
  if (!painting) throw new Error(`claimed painting ${current.paintingId} has no row`);
  return { project, painting, claimExpiresAt: current.expiresAt, upcoming: (upcoming && byId.get(upcoming.paintingId)) ?? null };
}

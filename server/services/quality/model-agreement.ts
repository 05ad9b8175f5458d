// How often annotators agree with the model, split by whether its suggestion was shown before
// they committed (pre-annotation BEFORE_COMMIT) or hidden. A much higher rate when shown means
// people follow the model rather than judge the painting: anchoring the manager should know of.
// Each label is compared with the newest prediction that existed when it was made.
import type { Db } from "@/server/db/client";

export type ModelAgreementGroup = { labels: number; agreeing: number; rate: number | null };
export type ModelAgreement = { shown: ModelAgreementGroup; hidden: ModelAgreementGroup };

export async function modelAgreement(db: Db, projectId: string): Promise<ModelAgreement> {
  const rows = await db.$queryRaw<{ shown: boolean; labels: bigint; agreeing: bigint }[]>`
    SELECT a."suggestionShown" AS shown, count(*)::bigint AS labels,
           count(*) FILTER (WHERE lc."key" = pr."predictedKey")::bigint AS agreeing
    FROM "Annotation" a
    JOIN "Painting" p ON p."id" = a."paintingId" AND p."projectId" = ${projectId}
    JOIN "LabelClass" lc ON lc."id" = a."labelClassId"
    JOIN LATERAL (
      SELECT x."predictedKey" FROM "Prediction" x
      WHERE x."paintingId" = a."paintingId" AND x."createdAt" <= a."createdAt"
      ORDER BY x."createdAt" DESC LIMIT 1
    ) pr ON true
    GROUP BY a."suggestionShown"`;
  const group = (shown: boolean): ModelAgreementGroup => {
    const row = rows.find((r) => r.shown === shown);
    const labels = Number(row?.labels ?? 0);
    const agreeing = Number(row?.agreeing ?? 0);
    return { labels, agreeing, rate: labels > 0 ? agreeing / labels : null };
  };
  return { shown: group(true), hidden: group(false) };
}

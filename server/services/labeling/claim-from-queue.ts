// Picks, locks and claims the annotator's next painting in one statement. The pick walks the
// project's serving order (serving-order.ts) with FOR ... SKIP LOCKED, so annotators asking at once
// each lock a different row; the claim is an upsert whose ON CONFLICT sees the latest committed
// claim, so of two statements racing for one painting exactly one gets it. The statement reports
// the painting it picked even when the claim lost such a race, so the caller can pass it over and
// ask again (a claim committed after this statement's snapshot is invisible to the pick).
import { Prisma } from "@/server/db/generated/client";
import { SERVED_TO_ANNOTATORS } from "./evaluation-set-filter";
import type { Db } from "@/server/db/client";
import { queryRows } from "@/server/db/direct-query";
import { NOW_UTC, nowPlusSeconds, type Tx } from "./labeling-sql";
import { annotatorStart } from "./serving-order";

export type QueueQuery = {
  projectId: string;
  userId: string;
  labelsPerItem: number;
  servingOrder: "RANDOM" | "UNCERTAINTY_FIRST";
  ttlSeconds: number;
  excludeIds: string[];
  /** Serve a gold painting, if any is left for this annotator and ordinary work remains. */
  wantGold: boolean;
};

export type QueueOutcome = { pickedId: string | null; expiresAt: Date | null };

export async function claimFromQueue(db: Db | Tx, query: QueueQuery): Promise<QueueOutcome> {
  const [row] = await queryRows<{ pickedId: string | null; expiresAt: Date | null }>(db, claimStatement(query));
  return { pickedId: row?.pickedId ?? null, expiresAt: row?.expiresAt ?? null };
}

/** The statement itself, exported so a test can read PostgreSQL's plan for it at scale. */
export function claimStatement(query: QueueQuery) {
  const { userId, ttlSeconds } = query;
  return Prisma.sql`
    WITH candidate AS MATERIALIZED (SELECT ${pickSql(query)} AS "id"),
    claimed AS (
      INSERT INTO "ItemClaim" ("paintingId", "userId", "kind", "expiresAt", "createdAt")
      SELECT c."id", ${userId}, 'LABEL', ${nowPlusSeconds(ttlSeconds)}, ${NOW_UTC} FROM candidate c WHERE c."id" IS NOT NULL
      ON CONFLICT ("paintingId") DO UPDATE
        SET "userId" = EXCLUDED."userId", "kind" = EXCLUDED."kind",
            "expiresAt" = EXCLUDED."expiresAt", "createdAt" = EXCLUDED."createdAt"
        WHERE "ItemClaim"."expiresAt" <= ${NOW_UTC}
           OR ("ItemClaim"."userId" = EXCLUDED."userId" AND "ItemClaim"."kind" = 'LABEL')
      RETURNING "paintingId", "expiresAt")
    SELECT c."id" AS "pickedId", cl."expiresAt" FROM candidate c LEFT JOIN claimed cl ON cl."paintingId" = c."id"`;
}

/**
 * The first painting in serving order, locked. COALESCE evaluates its arguments in turn and stops
 * at the first non-null one, so later scans run only when earlier ones find nothing: gold (at the
 * project's rate), then paintings that already have labels (finished first, so overlap completes),
 * then unlabeled ones.
 */
function pickSql(query: QueueQuery) {
  const open = (status: "ANNOTATING" | "UNLABELED") =>
    query.servingOrder === "UNCERTAINTY_FIRST" ? [uncertainPick(query, status), ...randomPicks(query, status)] : randomPicks(query, status);
  const picks = [...open("ANNOTATING"), ...open("UNLABELED")];
  if (query.wantGold) picks.unshift(Prisma.sql`CASE WHEN ${openWorkSql(query)} THEN ${goldPick(query)} END`);
  return Prisma.sql`COALESCE(${Prisma.join(picks)})`;
}

/** Free for this annotator: not excluded, nobody's live claim, not skipped by them recently, and
 *  not in an evaluation set closed to annotators. */
function freeFor({ projectId, userId, excludeIds }: QueueQuery) {
  return Prisma.sql`p."projectId" = ${projectId}
    AND ${SERVED_TO_ANNOTATORS}
    AND NOT (p."id" = ANY(${excludeIds}::text[]))
    AND NOT EXISTS (SELECT 1 FROM "ItemClaim" c WHERE c."paintingId" = p."id" AND c."expiresAt" > ${NOW_UTC})
    AND NOT EXISTS (SELECT 1 FROM "LabelSkip" s
                    WHERE s."paintingId" = p."id" AND s."userId" = ${userId} AND s."until" > ${NOW_UTC})`;
}

// One probe of the round's labels per row answers both "still needs labels" and "not mine". The
// rows a scan passes over are paintings this annotator labeled, waiting for others; others drain
// that backlog (it comes first for them), so it stays small while people work together.
function openFor(query: QueueQuery, status: "ANNOTATING" | "UNLABELED") {
  return Prisma.sql`${freeFor(query)}
    AND p."status" = ${status}::"PaintingStatus" AND NOT p."isGold"
    AND (SELECT count(*) < ${query.labelsPerItem} AND NOT coalesce(bool_or(a."annotatorId" = ${query.userId}), false)
         FROM "Annotation" a WHERE a."paintingId" = p."id" AND a."round" = p."labelRound")`;
}

// The annotator's order: the circle of queue keys from their own start, as two range scans of
// the (projectId, status, queueKey) index (from the start to 1, then from 0 to the start).
function randomPicks(query: QueueQuery, status: "ANNOTATING" | "UNLABELED") {
  const start = annotatorStart(query.userId);
  return [Prisma.sql`>=`, Prisma.sql`<`].map((side) => Prisma.sql`(
    SELECT p."id" FROM "Painting" p
    WHERE ${openFor(query, status)} AND p."queueKey" ${side} ${start}
    ORDER BY p."queueKey" LIMIT 1
    FOR NO KEY UPDATE OF p SKIP LOCKED)`);
}

// The newest model that has scored the project, its least sure paintings first (its predictions
// are indexed by (modelVersionId, uncertainty)); paintings it did not score follow in random order.
function uncertainPick(query: QueueQuery, status: "ANNOTATING" | "UNLABELED") {
  return Prisma.sql`(
    SELECT p."id" FROM "Prediction" pr JOIN "Painting" p ON p."id" = pr."paintingId"
    WHERE pr."modelVersionId" = (
        SELECT mv."id" FROM "ModelVersion" mv
        WHERE mv."projectId" = ${query.projectId} AND EXISTS (SELECT 1 FROM "Prediction" x WHERE x."modelVersionId" = mv."id")
        ORDER BY mv."version" DESC LIMIT 1)
      AND ${openFor(query, status)}
    ORDER BY pr."uncertainty" DESC, p."queueKey" LIMIT 1
    FOR NO KEY UPDATE OF p SKIP LOCKED)`;
}

// Gold paintings are mixed in at the project's rate and look like any other, so they are served
// only while ordinary work remains: a gold painting shown to someone whose queue is otherwise
// empty would give itself away.
function openWorkSql(query: QueueQuery) {
  const exists = (status: "ANNOTATING" | "UNLABELED") => Prisma.sql`EXISTS (SELECT 1 FROM "Painting" p WHERE ${openFor(query, status)})`;
  return Prisma.sql`(${exists("ANNOTATING")} OR ${exists("UNLABELED")})`;
}

// Gold paintings this annotator has never labeled, in an order of their own (a hash of painting
// and annotator), so annotators asking at once spread over the gold set.
function goldPick(query: QueueQuery) {
  return Prisma.sql`(
    SELECT p."id" FROM "Painting" p
    WHERE ${freeFor(query)}
      AND p."isGold" AND p."status" = 'APPROVED' AND p."goldLabelId" IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "Annotation" a WHERE a."paintingId" = p."id" AND a."annotatorId" = ${query.userId})
    ORDER BY md5(p."id" || ${query.userId}), p."id" LIMIT 1
    FOR NO KEY UPDATE OF p SKIP LOCKED)`;
}

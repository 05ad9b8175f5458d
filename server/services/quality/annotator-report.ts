// How each annotator of a project is doing, for managers: pace, agreement with the others,
// accuracy on gold paintings, and how often reviewers overturned their disputed labels.
import type { Db } from "@/server/db/client";
import type { User } from "@/server/db/generated/client";
import { notFound } from "@/server/errors";
import { asRatings, loadProjectRatings, type RatingRow } from "./load-project-ratings";
import { consensus } from "@/core/quality/consensus";
import { labelingRate } from "@/core/quality/labeling-rate";

export type AnnotatorQualityModel = {
  annotator: User;
  labels: number;
  activeMinutes: number;
  labelsPerHour: number | null;
  meanDurationMs: number | null;
  /** Leave-one-out: share of labels matching the plurality of the other labels of the same round. */
  consensusAgreement: number | null;
  consensusCompared: number;
  goldAccuracy: number | null;
  goldAnswered: number;
  /** Share of their disputed labels whose dispute a reviewer settled with another label. */
  overturnRate: number | null;
  overturned: number;
  disputesDecided: number;
};

export async function annotatorReport(db: Db, projectId: string): Promise<AnnotatorQualityModel[]> {
  const project = await db.project.findUnique({ where: { id: projectId }, select: { id: true } });
  if (!project) throw notFound("project/not_found", "project", projectId);
  const rows = await loadProjectRatings(db, projectId);
  // Verdicts on disputes: an approved final label for the round whose labels disagreed. RELABEL
  // verdicts neither uphold nor overturn anyone and are left out.
  const verdicts = await db.review.findMany({
    where: { decision: "APPROVE", entry: { projectId, reason: "DISAGREEMENT" } },
    select: { paintingId: true, round: true, finalLabelId: true },
  });
  const verdictOf = new Map(verdicts.map((v) => [`${v.paintingId}#${v.round}`, v.finalLabelId]));
  const agreement = new Map(consensus(asRatings(rows)).raters.map((rater) => [rater.raterId, rater]));
  const byAnnotator = new Map<string, RatingRow[]>();
  for (const row of rows) {
    const list = byAnnotator.get(row.annotatorId);
    if (list) list.push(row);
    else byAnnotator.set(row.annotatorId, [row]);
  }
  const users = await db.user.findMany({ where: { id: { in: [...byAnnotator.keys()] } }, orderBy: [{ name: "asc" }, { id: "asc" }] });
  return users.map((annotator) => {
    const own = byAnnotator.get(annotator.id)!;
    const { consensusAgreement, consensusCompared } = fromConsensus(agreement.get(annotator.id));
    return { annotator, ...pace(own), consensusAgreement, consensusCompared, ...goldScore(own), ...overturns(own, verdictOf) };
  });
}

function pace(rows: RatingRow[]) {
  const rate = labelingRate(rows.map((row) => row.createdAt));
  const durations = rows.flatMap((row) => (row.durationMs === null ? [] : [row.durationMs]));
  const meanDurationMs = durations.length === 0 ? null : durations.reduce((sum, ms) => sum + ms, 0) / durations.length;
  return { labels: rate.labels, activeMinutes: rate.activeMinutes, labelsPerHour: rate.labelsPerHour, meanDurationMs };
}

function fromConsensus(rater: { agreement: number | null; compared: number } | undefined) {
  return { consensusAgreement: rater?.agreement ?? null, consensusCompared: rater?.compared ?? 0 };
}

/** Scored against the current gold label, so a manager's correction of the answer key re-scores everyone. */
function goldScore(rows: RatingRow[]) {
  const answered = rows.filter((row) => row.isGold && row.goldLabelId !== null);
  const correct = answered.filter((row) => row.labelClassId === row.goldLabelId).length;
  return { goldAnswered: answered.length, goldAccuracy: answered.length === 0 ? null : correct / answered.length };
}

function overturns(rows: RatingRow[], verdictOf: Map<string, string | null>) {
  const decided = rows.filter((row) => verdictOf.has(`${row.paintingId}#${row.round}`));
  const overturned = decided.filter((row) => verdictOf.get(`${row.paintingId}#${row.round}`) !== row.labelClassId).length;
  return { disputesDecided: decided.length, overturned, overturnRate: decided.length === 0 ? null : overturned / decided.length };
}

// Agreement and annotator figures on a hand-built project whose expected values are worked out in
// the comments below (items are painting x label round).
import { print } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { AnnotatorQualityReportDocument } from "@/app/graphql/generated";
import type { Viewer } from "@/server/auth/viewer";
import { createTestUser, resetDatabase, testDb } from "./helpers/database";
import { asViewer, errorCodes, execute } from "./helpers/graphql";
import { paintingWithLabels, reviewProject } from "./helpers/review-scenario";

const db = testDb();
let ada: Viewer, ben: Viewer, cy: Viewer, reviewer: Viewer, manager: Viewer;
let projectId: string;

// Labels per item, in the order Ada, Ben, Cy ("-" = did not label). Gold: G1 is HUMAN, G2 is AI.
//   I1 P1#0  H H H     I5 P5#0  A - H  (dispute, sent back: RELABEL)
//   I2 P2#0  H A H     I6 P5#1  A - A
//   I3 P3#0  A A -     I7 G1#0  H A H
//   I4 P4#0  H A -     I8 G2#0  A A -
//   (dispute, approved HUMAN)
// P2 also got a MODEL_UNSURE review approving AI: not a dispute, so it overturns nobody.
const at = (hour: number, minute: number) => new Date(Date.UTC(2026, 0, 5, hour, minute));
// Labeling time, gaps capped at 5 min: Ada 4+4+5+5+5+5+5 = 33 min, Ben 4+4+5+5+5 = 23, Cy 5+5+5+5 = 20.
// Each has fewer than 20 labels, so nobody gets a labels-per-hour figure (labeling-rate.ts).
const TIMES = {
  ada: [at(10, 1), at(10, 5), at(10, 9), at(10, 20), at(10, 30), at(10, 40), at(14, 0), at(14, 59)],
  ben: [at(10, 2), at(10, 6), at(10, 10), at(10, 21), at(10, 45), at(10, 50)],
  cy: [at(9, 0), at(10, 0), at(11, 0), at(11, 10), at(11, 20)],
};
const DURATIONS = { ada: [2000, 2000, 2000, 2000, 2000, 2000, 2000, 2000], ben: [], cy: [1000, 4000, null, 4000, null] };

beforeAll(async () => {
  await resetDatabase();
  const make = (role: "ANNOTATOR" | "REVIEWER" | "MANAGER", name: string) => createTestUser(db, role, { name }).then(asViewer);
  [ada, ben, cy, reviewer, manager] = await Promise.all([make("ANNOTATOR", "Ada"), make("ANNOTATOR", "Ben"), make("ANNOTATOR", "Cy"), make("REVIEWER", "Rita"), make("MANAGER", "Max")]);
  const project = await reviewProject(db);
  projectId = project.id;
  const H = project.humanId, A = project.aiId;
  const who = { ada, ben, cy };
  const next = { ada: 0, ben: 0, cy: 0 };
  const labels = (row: Partial<Record<keyof typeof who, string>>, round = 0) =>
    Object.entries(row).map(([name, labelClassId]) => {
      const key = name as keyof typeof who;
      const i = next[key]++;
      return { annotatorId: who[key].id, labelClassId: labelClassId!, round, createdAt: TIMES[key][i], durationMs: DURATIONS[key][i] ?? undefined };
    });
  await paintingWithLabels(db, projectId, labels({ ada: H, ben: H, cy: H }), { status: "APPROVED", approvedLabelId: H });
  const p2 = await paintingWithLabels(db, projectId, labels({ ada: H, ben: A, cy: H }), { status: "APPROVED", approvedLabelId: A });
  await paintingWithLabels(db, projectId, labels({ ada: A, ben: A }), { status: "APPROVED", approvedLabelId: A });
  const p4 = await paintingWithLabels(db, projectId, labels({ ada: H, ben: A }), { status: "APPROVED", approvedLabelId: H });
  const p5 = await paintingWithLabels(db, projectId, [...labels({ ada: A, cy: H }), ...labels({ ada: A, cy: A }, 1)], { labelRound: 1, status: "APPROVED", approvedLabelId: A });
  const gold = { isGold: true, status: "APPROVED" as const };
  await paintingWithLabels(db, projectId, labels({ ada: H, ben: A, cy: H }), { ...gold, goldLabelId: H, approvedLabelId: H });
  await paintingWithLabels(db, projectId, labels({ ada: A, ben: A }), { ...gold, goldLabelId: A, approvedLabelId: A });

  const decided = async (paintingId: string, reason: "DISAGREEMENT" | "MODEL_UNSURE", decision: "APPROVE" | "RELABEL", finalLabelId: string | null) => {
    const entry = await db.reviewQueueEntry.create({ data: { projectId, paintingId, reason, status: "RESOLVED", resolvedAt: new Date() } });
    await db.review.create({ data: { entryId: entry.id, paintingId, reviewerId: reviewer.id, decision, finalLabelId, reasonCode: "OTHER", round: 0 } });
  };
  await decided(p4.id, "DISAGREEMENT", "APPROVE", H);
  await decided(p5.id, "DISAGREEMENT", "RELABEL", null);
  await decided(p2.id, "MODEL_UNSURE", "APPROVE", A);
  // Someone else's project must not leak into these figures.
  const other = await reviewProject(db);
  await paintingWithLabels(db, other.id, [{ annotatorId: ada.id, labelClassId: other.aiId }, { annotatorId: ben.id, labelClassId: other.humanId }]);
});

const AGREEMENT = `query($projectId: ID!) { projectAgreement(projectId: $projectId) {
  ratings percentAgreement { value items } fleissKappa { value items raters skippedItems } krippendorffAlpha { value items }
} }`;
const PAIRWISE = `query($projectId: ID!) { projectAgreement(projectId: $projectId) { pairwise { annotatorA { name } annotatorB { name } kappa observed items } } }`;
const QUALITY = `query($projectId: ID!) { annotatorQuality(projectId: $projectId) {
  annotator { name } labels activeMinutes labelsPerHour meanDurationMs consensusAgreement consensusCompared
  goldAccuracy goldAnswered overturnRate overturned disputesDecided
} }`;

describe("project agreement", () => {
  it("matches the hand-computed percent agreement, Fleiss' kappa and Krippendorff's alpha", async () => {
    const result = await execute<{ projectAgreement: Record<string, { value: number; items: number }> & { ratings: number } }>(reviewer, AGREEMENT, { projectId });
    expect(result.errors).toBeUndefined();
    const figures = result.data!.projectAgreement;
    expect(figures.ratings).toBe(19);
    // Pair shares 1, 1/3, 1, 0, 0, 1, 1/3, 1 -> 14/3 over 8 items.
    expect(figures.percentAgreement.items).toBe(8);
    expect(figures.percentAgreement.value).toBeCloseTo(7 / 12, 10);
    // Three items have 3 raters, five have 2: Fleiss over the five. P-bar 3/5, P_e 0.2^2 + 0.8^2.
    expect(figures.fleissKappa).toMatchObject({ items: 5, raters: 2, skippedItems: 3 });
    expect(figures.fleissKappa.value).toBeCloseTo((0.6 - 0.68) / (1 - 0.68), 10);
    // n = 19, sum o_cc = 11, n_H = 9, n_A = 10: alpha = 1 - 18 * 8 / (361 - 181).
    expect(figures.krippendorffAlpha.items).toBe(8);
    expect(figures.krippendorffAlpha.value).toBeCloseTo(0.2, 10);
  });

  it("gives managers Cohen's kappa per pair of annotators, and keeps it from reviewers", async () => {
    const result = await execute<{ projectAgreement: { pairwise: { annotatorA: { name: string }; annotatorB: { name: string }; kappa: number; observed: number; items: number }[] } }>(manager, PAIRWISE, { projectId });
    const pairs = Object.fromEntries(result.data!.projectAgreement.pairwise.map((p) => [[p.annotatorA.name, p.annotatorB.name].sort().join("-"), p]));
    // Ada-Ben: 6 shared, 3 agree, margins Ada 4H 2A, Ben 1H 5A -> (18 - 14) / (36 - 14).
    expect(pairs["Ada-Ben"]).toMatchObject({ items: 6, observed: 0.5 });
    expect(pairs["Ada-Ben"].kappa).toBeCloseTo(4 / 22, 10);
    // Ada-Cy: 5 shared, 4 agree, margins Ada 3H 2A, Cy 4H 1A -> (20 - 14) / (25 - 14).
    expect(pairs["Ada-Cy"]).toMatchObject({ items: 5, observed: 0.8 });
    expect(pairs["Ada-Cy"].kappa).toBeCloseTo(6 / 11, 10);
    // Ben-Cy: 3 shared, 1 agrees, chance 3/9 -> 0.
    expect(pairs["Ben-Cy"]).toMatchObject({ items: 3, kappa: 0 });
    expect(errorCodes(await execute(reviewer, PAIRWISE, { projectId }))).toEqual(["FORBIDDEN"]);
  });
});

describe("annotator report", () => {
  it("reports pace, leave-one-out agreement, gold accuracy and overturns per annotator", async () => {
    const result = await execute<{ annotatorQuality: Record<string, unknown>[] }>(manager, QUALITY, { projectId });
    expect(result.errors).toBeUndefined();
    const rows = result.data!.annotatorQuality;
    expect(rows.map((row) => (row.annotator as { name: string }).name)).toEqual(["Ada", "Ben", "Cy"]);
    const [adaRow, benRow, cyRow] = rows;
    // Ada: compared on I1 I3 I4 I5 I6 I8 (I2, I7: the others tie), matched I1 I3 I6 I8.
    expect(adaRow).toMatchObject({ labels: 8, activeMinutes: 33, labelsPerHour: null, meanDurationMs: 2000, consensusCompared: 6, goldAnswered: 2, goldAccuracy: 1, disputesDecided: 1, overturned: 0, overturnRate: 0 });
    expect(adaRow.consensusAgreement).toBeCloseTo(4 / 6, 10);
    // Ben: compared on I1 I2 I3 I4 I7 I8, matched I1 I3 I8; G1 wrong, G2 right; overturned on P4.
    expect(benRow).toMatchObject({ labels: 6, activeMinutes: 23, labelsPerHour: null, meanDurationMs: null, consensusCompared: 6, consensusAgreement: 0.5, goldAnswered: 2, goldAccuracy: 0.5, disputesDecided: 1, overturned: 1, overturnRate: 1 });
    // Cy: compared on I1 I5 I6, matched I1 I6; P5's dispute was sent back, which decides nothing.
    expect(cyRow).toMatchObject({ labels: 5, activeMinutes: 20, labelsPerHour: null, meanDurationMs: 3000, consensusCompared: 3, goldAnswered: 1, goldAccuracy: 1, disputesDecided: 0, overturned: 0, overturnRate: null });
    expect(cyRow.consensusAgreement).toBeCloseTo(2 / 3, 10);
  });

  it("is for managers only", async () => {
    expect(errorCodes(await execute(reviewer, QUALITY, { projectId }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await execute(ada, AGREEMENT, { projectId }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await execute(manager, QUALITY, { projectId: "nope" }))).toEqual(["project/not_found"]);
  });

  it("answers the annotators page's own query within the server's query limits", async () => {
    const result = await execute<{ annotatorQuality: unknown[] }>(manager, print(AnnotatorQualityReportDocument), { projectId });
    expect(result.errors).toBeUndefined();
    expect(result.data?.annotatorQuality).toHaveLength(3);
  });
});

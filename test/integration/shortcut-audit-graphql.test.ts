// The shortcut audit and its project setting through GraphQL: who may read and change them, and
// the audit's warning leading the run's warnings.
import { print } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { CompareRunsDocument, TrainingRunReportDocument, type CompareRunsQuery, type TrainingRunReportQuery } from "@/app/graphql/generated";
import type { Viewer } from "@/server/auth/viewer";
import { createProject } from "@/server/services/projects/create-project";
import { seedFinishedRun } from "@/test/fixtures/finished-run";
import { auditShortcuts, type SnapshotShortcutAudit } from "@/core/metrics/shortcut-audit";
import type { FileFeatures } from "@/core/metrics/shortcut-features";
import { createTestUser, resetDatabase, testDb } from "./helpers/database";
import { addMembers } from "./helpers/project-members";
import { asViewer, errorCodes, execute } from "./helpers/graphql";

const db = testDb();
let annotator: Viewer, reviewer: Viewer, manager: Viewer;
let projectId: string, runId: string;

const file = (label: number, i: number): FileFeatures => ({
  width: label ? 160 : 224, height: label ? 160 : 224, format: label ? "jpeg" : "png", byteSize: 20_000 + i * 37, jpegQuality: label ? 70 : null,
  colourMode: "srgb", exif: false, icc: false, xmp: false, iptc: false, text: false,
});

beforeAll(async () => {
  await resetDatabase();
  [annotator, reviewer, manager] = (await Promise.all([createTestUser(db, "ANNOTATOR"), createTestUser(db, "REVIEWER"), createTestUser(db, "MANAGER")])).map(asViewer);
  projectId = (await createProject(db, manager.id, { name: "Shortcut GraphQL" })).id;
  // Members, so the refusals below are about role, not membership.
  await addMembers(db, projectId, [annotator, reviewer]);
  const run = await seedFinishedRun(db, { projectId, tag: "s" });
  runId = run.runId;
  const items = Array.from({ length: 30 }, (_, i) => ({ features: file(i % 2, i), label: i % 2, group: `g${i}` }));
  const audit: SnapshotShortcutAudit = { originals: auditShortcuts({ items, classKeys: ["HUMAN", "AI"], basis: "originals" }), normalised: null, normalisedSide: null, unreadable: 0 };
  await db.datasetSnapshot.update({ where: { id: run.snapshotId }, data: { shortcutAudit: audit } });
});

// The run page's and the comparison's own documents: with their fragments they are the deepest
// queries the app sends, and the server's depth limit (10) applies to them as to any other.
const RUN = print(TrainingRunReportDocument);
type Run = TrainingRunReportQuery["trainingRun"];

describe("TrainingRun.shortcutAudits", () => {
  it("answers the run page's own query with the audit, and dataset/shortcut before every other warning", async () => {
    const result = await execute<TrainingRunReportQuery>(reviewer, RUN, { id: runId });
    expect(result.errors).toBeUndefined();
    const run = result.data!.trainingRun as NonNullable<Run>;
    expect(run.warnings[0]!.code).toBe("dataset/shortcut");
    // The fixture's model is also not better than chance: that comes after.
    expect(run.warnings.map((w) => w.code)).toContain("model/not_better_than_chance");
    expect(run.snapshot?.normalisedSide).toBeNull();
    expect(run.shortcutAudits.map((a) => a.basis)).toEqual(["originals"]);
    const audit = run.shortcutAudits[0]!;
    expect(audit).toMatchObject({ warns: true, normalisedSide: null, unreadable: 0, classifier: { auc: 1, folds: 5 } });
    expect(audit.flaggedFeatures).toEqual(expect.arrayContaining(["format", "width"]));
    expect(audit.classCounts).toEqual([{ classKey: "HUMAN", count: 15 }, { classKey: "AI", count: 15 }]);
    expect(audit.categories).toContainEqual({ classKey: "AI", feature: "format", value: "jpeg", count: 15 });
    expect(audit.numeric).toContainEqual(expect.objectContaining({ classKey: "HUMAN", feature: "width", min: 224, max: 224 }));
  });

  it("answers the comparison's query, two runs deep", async () => {
    const result = await execute<CompareRunsQuery>(reviewer, print(CompareRunsDocument), { a: runId, b: runId });
    expect(result.errors).toBeUndefined();
    expect(result.data!.a!.shortcutAudits[0]!.warns).toBe(true);
  });

  it("refuses annotators", async () => {
    const result = await execute(annotator, RUN, { id: runId });
    expect(errorCodes(result)).toContain("FORBIDDEN");
    expect(JSON.stringify(result.data ?? {})).not.toContain("flaggedFeatures");
  });
});

describe("Project.normaliseTrainingCopies", () => {
  const UPDATE = `mutation($input: UpdateProjectSettingsInput!) { updateProjectSettings(input: $input) { normaliseTrainingCopies } }`;
  const READ = `query($id: ID!) { project(id: $id) { id normaliseTrainingCopies } }`;

  it("is off by default and a manager turns it on; reviewers read it", async () => {
    const before = await execute<{ project: { normaliseTrainingCopies: boolean } }>(reviewer, READ, { id: projectId });
    expect(before.data?.project.normaliseTrainingCopies).toBe(false);
    const result = await execute(manager, UPDATE, { input: { id: projectId, normaliseTrainingCopies: true } });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ updateProjectSettings: { normaliseTrainingCopies: true } });
    expect((await db.project.findUniqueOrThrow({ where: { id: projectId } })).normaliseTrainingCopies).toBe(true);
  });

  it("refuses a reviewer's change and an annotator's read, changing nothing", async () => {
    expect(errorCodes(await execute(reviewer, UPDATE, { input: { id: projectId, normaliseTrainingCopies: false } }))).toEqual(["FORBIDDEN"]);
    expect((await db.project.findUniqueOrThrow({ where: { id: projectId } })).normaliseTrainingCopies).toBe(true);
    expect(errorCodes(await execute(annotator, READ, { id: projectId }))).toContain("FORBIDDEN");
  });

  it("refuses a value that is not a boolean", async () => {
    const result = await execute(manager, UPDATE, { input: { id: projectId, normaliseTrainingCopies: "yes" } });
    expect(result.errors).toBeDefined();
    expect((await db.project.findUniqueOrThrow({ where: { id: projectId } })).normaliseTrainingCopies).toBe(true);
  });
});

// Project settings through GraphQL: every setting, the server's per-field validation, managers
// only, class renames and hotkey swaps; and hideFileNames keeping names from annotators.
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/server/auth/viewer";
import { submitAnnotation } from "@/server/services/labeling/submit-annotation";
import { createTestUser, resetDatabase, testDb } from "./helpers/database";
import { asViewer, errorCodes, execute } from "./helpers/graphql";
import { claimFor, labelingProject, seedPaintings } from "./helpers/labeling-scenario";

const db = testDb();
let annotator: Viewer, reviewer: Viewer, manager: Viewer;

beforeAll(async () => {
  await resetDatabase();
  [annotator, reviewer, manager] = (await Promise.all([createTestUser(db, "ANNOTATOR", { name: "Ada" }), createTestUser(db, "REVIEWER"), createTestUser(db, "MANAGER")])).map(asViewer);
});

const UPDATE = `mutation($input: UpdateProjectSettingsInput!) { updateProjectSettings(input: $input) {
  goldRate spotCheckRate preAnnotation uncertaintyStrategy uncertaintyThreshold labelingBudget claimTtlSeconds labelsPerItem servingOrder hideFileNames
  labelClasses { key name hotkey }
} }`;
type Issue = { path: string; message: string };
const issues = (result: Awaited<ReturnType<typeof execute>>) => (result.errors?.[0]?.extensions?.issues ?? []) as Issue[];

describe("updateProjectSettings", () => {
  it("changes every setting, renames classes and swaps their hotkeys, with an audit entry", async () => {
    const project = await labelingProject(db);
    const input = {
      id: project.id, goldRate: 1, spotCheckRate: 0.25, preAnnotation: "AFTER_COMMIT", uncertaintyStrategy: "ENTROPY",
      uncertaintyThreshold: 0.5, labelingBudget: 40, claimTtlSeconds: 120, labelsPerItem: 3, servingOrder: "UNCERTAINTY_FIRST", hideFileNames: true,
      labelClasses: [{ id: project.humanId, name: "Painted by a person", hotkey: "A" }, { id: project.aiId, name: "Generated", hotkey: "h" }],
    };
    const result = await execute(manager, UPDATE, { input });
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateProjectSettings).toEqual({
      goldRate: 1, spotCheckRate: 0.25, preAnnotation: "AFTER_COMMIT", uncertaintyStrategy: "ENTROPY", uncertaintyThreshold: 0.5,
      labelingBudget: 40, claimTtlSeconds: 120, labelsPerItem: 3, servingOrder: "UNCERTAINTY_FIRST", hideFileNames: true,
      labelClasses: [{ key: "HUMAN", name: "Painted by a person", hotkey: "a" }, { key: "AI", name: "Generated", hotkey: "h" }],
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: project.id, action: "project.update_settings" } });
    expect(audit.data).toMatchObject({ goldRate: 1, hideFileNames: true, labelClasses: [{ key: "HUMAN", hotkey: "a" }, { key: "AI", hotkey: "h" }] });
    // An explicit null lifts the budget.
    const cleared = await execute<{ updateProjectSettings: { labelingBudget: number | null } }>(manager, UPDATE, { input: { id: project.id, labelingBudget: null } });
    expect(cleared.data?.updateProjectSettings.labelingBudget).toBeNull();
  });

  it("refuses out-of-range values field by field and changes nothing", async () => {
    const project = await labelingProject(db);
    const result = await execute(manager, UPDATE, {
      input: { id: project.id, goldRate: 1.5, spotCheckRate: -0.1, uncertaintyThreshold: 2, labelingBudget: 0, claimTtlSeconds: 10, labelsPerItem: 11 },
    });
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(issues(result).map((issue) => issue.path).sort()).toEqual(["claimTtlSeconds", "goldRate", "labelingBudget", "labelsPerItem", "spotCheckRate", "uncertaintyThreshold"]);
    expect(await db.project.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({ goldRate: 0, claimTtlSeconds: 600, labelsPerItem: 2 });
  });

  it("refuses reserved, long, duplicate and taken hotkeys, and classes of other projects", async () => {
    const project = await labelingProject(db);
    const other = await labelingProject(db);
    const classes = (humanKey: string, aiKey = "a") => [{ id: project.humanId, name: "Human", hotkey: humanKey }, { id: project.aiId, name: "AI", hotkey: aiKey }];
    for (const reserved of ["s", "U", "n", "r", "3", "0"]) {
      const result = await execute(manager, UPDATE, { input: { id: project.id, labelClasses: classes(reserved) } });
      expect(issues(result)).toEqual([expect.objectContaining({ path: "labelClasses.0.hotkey", message: expect.stringMatching(/reserved/) })]);
    }
    expect(issues(await execute(manager, UPDATE, { input: { id: project.id, labelClasses: classes("hh") } }))[0]?.path).toBe("labelClasses.0.hotkey");
    expect(issues(await execute(manager, UPDATE, { input: { id: project.id, labelClasses: classes("x", "x") } }))[0]?.message).toMatch(/differ/);
    // Only one class given: its new key must not be the other class's current key.
    const taken = await execute(manager, UPDATE, { input: { id: project.id, labelClasses: [{ id: project.humanId, name: "Human", hotkey: "a" }] } });
    expect(issues(taken)).toEqual([expect.objectContaining({ path: "labelClasses.0.hotkey", message: expect.stringMatching(/already the key of AI-generated/) })]);
    const foreign = await execute(manager, UPDATE, { input: { id: project.id, labelClasses: [{ id: other.humanId, name: "Mine now", hotkey: "m" }] } });
    expect(issues(foreign)[0]?.path).toBe("labelClasses.0.id");
    expect((await db.labelClass.findMany({ where: { projectId: { in: [project.id, other.id] } } })).map((c) => c.hotkey).sort()).toEqual(["a", "a", "h", "h"]);
  });

  it("refuses annotators and reviewers, and leaves the project as it was", async () => {
    const project = await labelingProject(db);
    for (const viewer of [annotator, reviewer]) {
      const result = await execute(viewer, UPDATE, { input: { id: project.id, goldRate: 1, hideFileNames: true } });
      expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
      expect(result.data ?? null).toBeNull();
    }
    expect(await db.project.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({ goldRate: 0, hideFileNames: false });
  });

  it("shows the serving order to managers only, and refuses an order it does not know", async () => {
    const project = await labelingProject(db);
    const ORDER = `query($id: ID!) { project(id: $id) { servingOrder } }`;
    for (const viewer of [annotator, reviewer]) expect(errorCodes(await execute(viewer, ORDER, { id: project.id }))).toEqual(["FORBIDDEN"]);
    expect((await execute(manager, ORDER, { id: project.id })).data).toEqual({ project: { servingOrder: "RANDOM" } });
    const refused = await execute(manager, UPDATE, { input: { id: project.id, servingOrder: "IMPORT_ORDER" } });
    expect(errorCodes(refused)).toEqual(["BAD_USER_INPUT"]);
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).servingOrder).toBe("RANDOM");
  });

  it("keeps existing labels on their class when its hotkey and name change", async () => {
    const project = await labelingProject(db, { labelsPerItem: 2 });
    const [painting] = await seedPaintings(db, project.id, 1);
    await claimFor(db, painting, annotator.id);
    await submitAnnotation(db, { userId: annotator.id, input: { paintingId: painting, labelKey: "HUMAN", durationMs: 500 } });
    await execute(manager, UPDATE, { input: { id: project.id, labelClasses: [{ id: project.humanId, name: "Person", hotkey: "p" }] } });
    const label = await db.annotation.findFirstOrThrow({ where: { paintingId: painting }, include: { labelClass: true } });
    expect(label.labelClass).toMatchObject({ id: project.humanId, key: "HUMAN", name: "Person", hotkey: "p" });
  });
});

describe("hideFileNames", () => {
  const NAMES = `query($projectId: ID!, $id: ID!) {
    paintings(projectId: $projectId) { edges { node { id originalName } } }
    painting(id: $id) { originalName history { kind note summary } }
    nextLabelingTask(projectId: $projectId) { painting { id originalName } }
  }`;
  type Names = {
    paintings: { edges: { node: { originalName: string } }[] };
    painting: { originalName: string; history: { kind: string; note: string | null; summary: string }[] };
    nextLabelingTask: { painting: { originalName: string } } | null;
  };

  it("gives annotators a neutral name everywhere and reviewers the file name", async () => {
    const project = await labelingProject(db);
    await db.project.update({ where: { id: project.id }, data: { hideFileNames: true } });
    const [first] = await seedPaintings(db, project.id, 2, { originalName: "midjourney-v6-output.png" });
    const seen = await execute<Names>(annotator, NAMES, { projectId: project.id, id: first });
    expect(seen.errors).toBeUndefined();
    const text = JSON.stringify(seen.data);
    expect(text).not.toContain("midjourney");
    expect(seen.data!.painting.originalName).toBe(`Painting ${first.slice(-6)}`);
    expect(seen.data!.nextLabelingTask?.painting.originalName).toMatch(/^Painting /);
    expect(seen.data!.painting.history[0]).toMatchObject({ kind: "UPLOADED", note: null, summary: "Someone uploaded it" });
    const staff = await execute<Names>(reviewer, `query($id: ID!) { painting(id: $id) { originalName history { note } } }`, { id: first });
    expect(staff.data!.painting.originalName).toBe("midjourney-v6-output.png");
    expect(staff.data!.painting.history[0].note).toBe("midjourney-v6-output.png");
    // With the setting off, annotators see names again.
    await execute(manager, UPDATE, { input: { id: project.id, hideFileNames: false } });
    const shown = await execute<Names>(annotator, `query($id: ID!) { painting(id: $id) { originalName } }`, { id: first });
    expect(shown.data!.painting.originalName).toBe("midjourney-v6-output.png");
  });
});

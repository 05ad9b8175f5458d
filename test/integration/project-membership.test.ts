// Project membership on a real PostgreSQL: a new project is invisible to annotators until a
// manager adds them; only managers change memberships; removing someone hands back their claims.
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/server/auth/viewer";
import { createTestUser, resetDatabase, testDb } from "./helpers/database";
import { asViewer, errorCodes, execute } from "./helpers/graphql";
import { labelingProject, seedPaintings } from "./helpers/labeling-scenario";
import { openEntry, paintingWithLabels } from "./helpers/review-scenario";

const db = testDb();
const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`;
const ADD = `mutation($projectId: ID!, $userId: ID!) { addProjectMember(projectId: $projectId, userId: $userId) { id members { user { id } addedBy { id } } } }`;
const REMOVE = `mutation($projectId: ID!, $userId: ID!) { removeProjectMember(projectId: $projectId, userId: $userId) { id members { user { id } } } }`;
const PROJECTS = `query { projects { id } }`;
const PROJECT = `query($id: ID!) { project(id: $id) { id } }`;
const TASK = `query($projectId: ID!) { nextLabelingTask(projectId: $projectId) { painting { id } } }`;
const SUBMIT = `mutation($input: SubmitAnnotationInput!) { submitAnnotation(input: $input) { annotation { label { key } } } }`;

let annotator: Viewer, other: Viewer, reviewer: Viewer, manager: Viewer, admin: Viewer;

beforeAll(async () => {
  await resetDatabase();
  [annotator, other, reviewer, manager, admin] = (await Promise.all(
    (["ANNOTATOR", "ANNOTATOR", "REVIEWER", "MANAGER", "ADMIN"] as const).map((role) => createTestUser(db, role)),
  )).map(asViewer);
});

const projectIds = async (viewer: Viewer) => (await execute<{ projects: { id: string }[] }>(viewer, PROJECTS)).data!.projects.map((p) => p.id);

describe("a new project and its members", () => {
  it("is invisible to an annotator until a manager adds them; then they can label it", async () => {
    const created = await execute<{ createProject: { id: string } }>(manager, CREATE, { input: { name: "Members only" } });
    const projectId = created.data!.createProject.id;
    const [painting] = await seedPaintings(db, projectId, 1);

    expect(await projectIds(annotator)).not.toContain(projectId);
    expect((await execute(annotator, PROJECT, { id: projectId })).data).toEqual({ project: null });
    const refused = await execute(annotator, TASK, { projectId });
    expect(errorCodes(refused)).toEqual(["FORBIDDEN"]);
    expect(refused.data).toBeNull();
    expect(await db.itemClaim.count({ where: { paintingId: painting } })).toBe(0);
    // Managers and admins see every project without being members.
    for (const viewer of [manager, admin]) expect(await projectIds(viewer)).toContain(projectId);

    const added = await execute<{ addProjectMember: { members: { user: { id: string }; addedBy: { id: string } }[] } }>(
      manager, ADD, { projectId, userId: annotator.id });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addProjectMember.members).toEqual([{ user: { id: annotator.id }, addedBy: { id: manager.id } }]);
    expect(await projectIds(annotator)).toEqual([projectId]);
    expect(await projectIds(other)).toEqual([]);

    const task = await execute<{ nextLabelingTask: { painting: { id: string } } }>(annotator, TASK, { projectId });
    expect(task.data?.nextLabelingTask.painting.id).toBe(painting);
    const submitted = await execute<{ submitAnnotation: { annotation: { label: { key: string } } } }>(
      annotator, SUBMIT, { input: { paintingId: painting, labelKey: "AI" } });
    expect(submitted.errors).toBeUndefined();
    expect(await db.annotation.count({ where: { paintingId: painting, annotatorId: annotator.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "project.add_member", entityId: projectId, actorId: manager.id } })).toBe(1);
  });

  it("adds a member once however often it is asked, and says which id is unknown", async () => {
    const project = await labelingProject(db, {}, { members: "none" });
    for (let i = 0; i < 2; i++) expect((await execute(manager, ADD, { projectId: project.id, userId: other.id })).errors).toBeUndefined();
    expect(await db.projectMember.count({ where: { projectId: project.id } })).toBe(1);
    expect(errorCodes(await execute(manager, ADD, { projectId: project.id, userId: "no-such-user" }))).toEqual(["user/not_found"]);
    expect(errorCodes(await execute(manager, ADD, { projectId: "no-such-project", userId: other.id }))).toEqual(["project/not_found"]);
    expect(await db.projectMember.count({ where: { projectId: project.id } })).toBe(1);
  });

  it("refuses addProjectMember and removeProjectMember to annotators and reviewers and changes nothing", async () => {
    const project = await labelingProject(db, {}, { members: "none" });
    await db.projectMember.create({ data: { projectId: project.id, userId: other.id } });
    for (const viewer of [annotator, reviewer]) {
      const add = await execute(viewer, ADD, { projectId: project.id, userId: viewer.id });
      expect(errorCodes(add)).toEqual(["FORBIDDEN"]);
      expect(add.data).toBeNull();
      expect(errorCodes(await execute(viewer, REMOVE, { projectId: project.id, userId: other.id }))).toEqual(["FORBIDDEN"]);
    }
    expect((await db.projectMember.findMany({ where: { projectId: project.id } })).map((m) => m.userId)).toEqual([other.id]);
  });

  it("lists members on the project and projects on the user for managers only", async () => {
    const project = await labelingProject(db, {}, { members: "none" });
    await db.projectMember.create({ data: { projectId: project.id, userId: reviewer.id } });
    const users = await execute<{ users: { id: string; projects: { id: string }[] }[] }>(manager, `query { users { id projects { id } } }`);
    expect(users.data!.users.find((u) => u.id === reviewer.id)!.projects.map((p) => p.id)).toContain(project.id);
    const asReviewer = await execute(reviewer, `query($id: ID!) { project(id: $id) { id members { user { id } } } }`, { id: project.id });
    expect(errorCodes(asReviewer)).toEqual(["FORBIDDEN"]);
  });
});

describe("removing a member", () => {
  it("hands back their labeling and review claims, keeps their labels, and refuses what they try next", async () => {
    const project = await labelingProject(db, { labelsPerItem: 2 }, { members: "none" });
    await db.projectMember.createMany({ data: [annotator, other, reviewer].map((u) => ({ projectId: project.id, userId: u.id })) });
    await seedPaintings(db, project.id, 2);
    // A label already given, then a painting claimed and not yet labeled (in the annotator's own
    // serving order, so the ids come from the queue, not from the seeding).
    type Task = { nextLabelingTask: { painting: { id: string } } };
    const labeled = (await execute<Task>(annotator, TASK, { projectId: project.id })).data!.nextLabelingTask.painting.id;
    expect((await execute(annotator, SUBMIT, { input: { paintingId: labeled, labelKey: "HUMAN" } })).errors).toBeUndefined();
    const held = (await execute<Task>(annotator, TASK, { projectId: project.id })).data!.nextLabelingTask.painting.id;
    expect((await db.itemClaim.findUnique({ where: { paintingId: held } }))?.userId).toBe(annotator.id);
    // The reviewer holds a disputed painting's review claim.
    const disputed = await paintingWithLabels(db, project.id, [
      { annotatorId: annotator.id, labelClassId: project.humanId }, { annotatorId: other.id, labelClassId: project.aiId },
    ]);
    const entry = await openEntry(db, { projectId: project.id, paintingId: disputed.id, reason: "DISAGREEMENT" });
    const claimed = await execute(reviewer, `mutation($p: ID!) { claimNextReview(projectId: $p) { id } }`, { p: project.id });
    expect(claimed.data).toEqual({ claimNextReview: { id: entry.id } });

    for (const user of [annotator, reviewer]) {
      expect((await execute(manager, REMOVE, { projectId: project.id, userId: user.id })).errors).toBeUndefined();
    }
    expect(await db.itemClaim.findUnique({ where: { paintingId: held } })).toBeNull();
    expect((await db.reviewQueueEntry.findUniqueOrThrow({ where: { id: entry.id } })).claimedById).toBeNull();
    expect(await db.annotation.count({ where: { annotatorId: annotator.id, paintingId: labeled } })).toBe(1);
    expect(await projectIds(annotator)).not.toContain(project.id);

    const late = await execute(annotator, SUBMIT, { input: { paintingId: held, labelKey: "AI" } });
    expect(errorCodes(late)).toEqual(["FORBIDDEN"]);
    expect(await db.annotation.count({ where: { paintingId: held } })).toBe(0);
    const lateReview = await execute(reviewer, `mutation($input: ResolveReviewInput!) { resolveReview(input: $input) { closedEntries } }`,
      { input: { entryId: entry.id, decision: "APPROVE", finalLabelKey: "AI", reasonCode: "OTHER" } });
    expect(errorCodes(lateReview)).toEqual(["FORBIDDEN"]);
    // What they held is free for the members who remain at once, not after the claim would expire.
    const next = await execute<{ nextLabelingTask: { painting: { id: string } } }>(other, TASK, { projectId: project.id });
    expect([labeled, held]).toContain(next.data?.nextLabelingTask.painting.id);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "project.remove_member", entityId: project.id, data: { path: ["userId"], equals: annotator.id } } });
    expect(audit.data).toMatchObject({ releasedLabelClaims: 1 });
  });

  it("leaves other projects' claims and memberships alone", async () => {
    const [first, second] = [await labelingProject(db, {}, { members: "none" }), await labelingProject(db, {}, { members: "none" })];
    await db.projectMember.createMany({ data: [first, second].map((p) => ({ projectId: p.id, userId: other.id })) });
    const [painting] = await seedPaintings(db, second.id, 1);
    await execute(other, TASK, { projectId: second.id });
    await execute(manager, REMOVE, { projectId: first.id, userId: other.id });
    expect((await db.itemClaim.findUnique({ where: { paintingId: painting } }))?.userId).toBe(other.id);
    expect(await db.projectMember.count({ where: { projectId: second.id, userId: other.id } })).toBe(1);
  });
});

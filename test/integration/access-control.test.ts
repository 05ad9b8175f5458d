import { beforeAll, describe, expect, it } from "vitest";
import { asViewer, errorCodes, execute } from "./helpers/graphql";
import { createTestUser, resetDatabase, testDb } from "./helpers/database";
import type { Viewer } from "@/server/auth/viewer";

const USERS = `query { users { id email role } }`;
const CREATE_PROJECT = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id slug labelsPerItem labelClasses { key hotkey position } } }`;

let annotator: Viewer, reviewer: Viewer, manager: Viewer, admin: Viewer;

beforeAll(async () => {
  await resetDatabase();
  const db = testDb();
  annotator = asViewer(await createTestUser(db, "ANNOTATOR"));
  reviewer = asViewer(await createTestUser(db, "REVIEWER"));
  manager = asViewer(await createTestUser(db, "MANAGER"));
  admin = asViewer(await createTestUser(db, "ADMIN"));
});

describe("roles at the GraphQL boundary", () => {
  it("tells a visitor who they are: nobody", async () => {
    const result = await execute(null, `query { viewer { id } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ viewer: null });
  });

  it("shows a signed-in user their own profile", async () => {
    const result = await execute<{ viewer: { email: string; role: string } }>(reviewer, `query { viewer { email role } }`);
    expect(result.data?.viewer).toEqual({ email: reviewer.email, role: "REVIEWER" });
  });

  it("refuses a visitor with UNAUTHENTICATED and no data", async () => {
    const result = await execute(null, USERS);
    expect(errorCodes(result)).toEqual(["UNAUTHENTICATED"]);
    expect(result.data).toBeNull();
  });

  it("refuses the wrong role with FORBIDDEN, no data and no stack trace", async () => {
    for (const viewer of [annotator, reviewer]) {
      const result = await execute(viewer, USERS);
      expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
      expect(result.data).toBeNull();
      expect(JSON.stringify(result)).not.toMatch(/stacktrace|at .*\.ts/);
    }
  });

  it("lets managers and admins list users", async () => {
    for (const viewer of [manager, admin]) {
      const result = await execute<{ users: unknown[] }>(viewer, USERS);
      expect(result.errors).toBeUndefined();
      expect(result.data?.users).toHaveLength(4);
    }
  });

  it("hides a field that needs a higher role than its type", async () => {
    const result = await execute(annotator, `query { projects { id goldRate } }`);
    const hidden = await testDb().project.create({ data: { slug: "p-hidden", name: "Hidden" } });
    await testDb().projectMember.create({ data: { projectId: hidden.id, userId: annotator.id } });
    const withProject = await execute(annotator, `query { projects { id goldRate } }`);
    expect(result.errors).toBeUndefined(); // no projects yet, nothing to refuse
    expect(errorCodes(withProject)).toEqual(["FORBIDDEN"]);
  });

  it("refuses createProject to a reviewer and writes nothing", async () => {
    const before = await testDb().project.count();
    const result = await execute(reviewer, CREATE_PROJECT, { input: { name: "Nope" } });
    expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
    expect(await testDb().project.count()).toBe(before);
  });
});

describe("managers set up projects and people", () => {
  it("creates a project with the default HUMAN and AI classes", async () => {
    const result = await execute<{ createProject: { slug: string; labelsPerItem: number; labelClasses: { key: string; hotkey: string }[] } }>(
      manager, CREATE_PROJECT, { input: { name: "Museum Batch #1" } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createProject.slug).toBe("museum-batch-1");
    expect(result.data?.createProject.labelsPerItem).toBe(2);
    expect(result.data?.createProject.labelClasses.map((c) => [c.key, c.hotkey])).toEqual([["HUMAN", "h"], ["AI", "a"]]);
    const audit = await testDb().auditLog.findFirst({ where: { action: "project.create", actorId: manager.id } });
    expect(audit).not.toBeNull();
  });

  it("refuses a duplicate slug with its own code", async () => {
    const result = await execute(manager, CREATE_PROJECT, { input: { name: "Museum Batch #1" } });
    expect(errorCodes(result)).toEqual(["project/slug_taken"]);
  });

  it("explains invalid input instead of failing with an internal error", async () => {
    const result = await execute(manager, CREATE_PROJECT, {
      input: { name: "Bad classes", labelClasses: [{ key: "HUMAN", name: "Human", hotkey: "s" }, { key: "AI", name: "AI", hotkey: "a" }] },
    });
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors?.[0]?.message).toMatch(/reserved/);
  });

  it("creates users, refuses duplicates and short passwords", async () => {
    const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email role active } }`;
    const input = { email: "New.Person@Example.com", name: "New Person", role: "REVIEWER", password: "long enough pw" };
    const created = await execute<{ createUser: { email: string; role: string } }>(manager, CREATE, { input });
    expect(created.data?.createUser).toMatchObject({ email: "new.person@example.com", role: "REVIEWER" });
    expect(errorCodes(await execute(manager, CREATE, { input }))).toEqual(["user/email_taken"]);
    expect(errorCodes(await execute(manager, CREATE, { input: { ...input, email: "x@example.com", password: "short" } }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await execute(annotator, CREATE, { input: { ...input, email: "y@example.com" } }))).toEqual(["FORBIDDEN"]);
  });

  it("treats a deactivated account as signed out at once", async () => {
    const db = testDb();
    const person = await createTestUser(db, "ANNOTATOR");
    const UPDATE = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id active } }`;
    const result = await execute(manager, UPDATE, { input: { id: person.id, active: false } });
    expect(result.errors).toBeUndefined();
    // Every request checks the session against the user row; a deactivated account has none left.
    const { currentSessionUser } = await import("@/server/services/auth/session-version");
    const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(await currentSessionUser(db, { userId: person.id, sessionVersion })).toBeNull();
  });

  it("does not let a manager lock themself out", async () => {
    const UPDATE = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }`;
    expect(errorCodes(await execute(manager, UPDATE, { input: { id: manager.id, active: false } }))).toEqual(["BAD_USER_INPUT"]);
  });

  it("reports an unknown id as not found", async () => {
    const UPDATE = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }`;
    expect(errorCodes(await execute(manager, UPDATE, { input: { id: "nope", name: "x" } }))).toEqual(["user/not_found"]);
  });
});

describe("request limits", () => {
  it("refuses a query nested deeper than the limit", async () => {
    const nest = (depth: number): string => (depth === 0 ? "name" : `ofType { ${nest(depth - 1)} }`);
    const shallow = await execute(manager, `query { __type(name: "Query") { fields { type { ${nest(3)} } } } }`);
    expect(shallow.errors).toBeUndefined();
    const deep = await execute(manager, `query { __type(name: "Query") { fields { type { ${nest(12)} } } } }`);
    expect(errorCodes(deep)).toContain("GRAPHQL_VALIDATION_FAILED");
    expect(deep.errors?.[0]?.message).toMatch(/depth/i);
  });

  it("refuses a query with too many aliases", async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: viewer { id }`).join(" ");
    const result = await execute(manager, `query { ${aliases} }`);
    expect(errorCodes(result)).toContain("GRAPHQL_VALIDATION_FAILED");
    expect(result.errors?.[0]?.message).toMatch(/alias/i);
  });
});

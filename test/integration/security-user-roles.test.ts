// Nobody grants or changes a role above their own, nor acts on an account ranked above them.
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/server/auth/viewer";
import { asViewer, errorCodes, execute } from "./helpers/graphql";
import { createTestUser, resetDatabase, testDb } from "./helpers/database";

const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { id role } }`;
const UPDATE = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id role active } }`;

let manager: Viewer, admin: Viewer;

beforeAll(async () => {
  await resetDatabase();
  manager = asViewer(await createTestUser(testDb(), "MANAGER"));
  admin = asViewer(await createTestUser(testDb(), "ADMIN"));
});

const newUser = (role: string) => ({ email: `u-${Math.random().toString(36).slice(2, 8)}@example.com`, name: "U", role, password: "long enough pw" });

describe("role ranks when managing people", () => {
  it("refuses a manager's createUser(role: ADMIN) and creates nothing", async () => {
    const input = newUser("ADMIN");
    const result = await execute(manager, CREATE, { input });
    expect(errorCodes(result)).toEqual(["user/role_too_high"]);
    expect(await testDb().user.findUnique({ where: { email: input.email } })).toBeNull();
  });

  it("lets a manager create people up to their own rank", async () => {
    for (const role of ["ANNOTATOR", "REVIEWER", "MANAGER"]) {
      const result = await execute<{ createUser: { role: string } }>(manager, CREATE, { input: newUser(role) });
      expect(result.errors).toBeUndefined();
      expect(result.data?.createUser.role).toBe(role);
    }
  });

  it("refuses a manager promoting anyone to ADMIN", async () => {
    const person = await createTestUser(testDb(), "REVIEWER");
    expect(errorCodes(await execute(manager, UPDATE, { input: { id: person.id, role: "ADMIN" } }))).toEqual(["user/role_too_high"]);
    expect((await testDb().user.findUniqueOrThrow({ where: { id: person.id } })).role).toBe("REVIEWER");
  });

  it("refuses a manager's second account promoting the first to ADMIN", async () => {
    const second = await execute<{ createUser: { id: string } }>(manager, CREATE, { input: newUser("MANAGER") });
    const secondViewer = asViewer(await testDb().user.findUniqueOrThrow({ where: { id: second.data!.createUser.id } }));
    expect(errorCodes(await execute(secondViewer, UPDATE, { input: { id: manager.id, role: "ADMIN" } }))).toEqual(["user/role_too_high"]);
    expect((await testDb().user.findUniqueOrThrow({ where: { id: manager.id } })).role).toBe("MANAGER");
  });

  it("refuses a manager demoting, deactivating or renaming an admin", async () => {
    const other = await createTestUser(testDb(), "ADMIN");
    for (const change of [{ role: "ANNOTATOR" }, { active: false }, { name: "Pwned" }]) {
      expect(errorCodes(await execute(manager, UPDATE, { input: { id: other.id, ...change } }))).toEqual(["user/role_too_high"]);
    }
    const after = await testDb().user.findUniqueOrThrow({ where: { id: other.id } });
    expect(after).toMatchObject({ role: "ADMIN", active: true, name: other.name });
  });

  it("lets an admin do all of it", async () => {
    const created = await execute<{ createUser: { id: string } }>(admin, CREATE, { input: newUser("ADMIN") });
    expect(created.errors).toBeUndefined();
    const demoted = await execute(admin, UPDATE, { input: { id: created.data!.createUser.id, role: "MANAGER", active: false } });
    expect(demoted.errors).toBeUndefined();
  });

  it("still lets a manager manage people at or below their rank", async () => {
    const person = await createTestUser(testDb(), "ANNOTATOR");
    const result = await execute(manager, UPDATE, { input: { id: person.id, role: "MANAGER", active: false } });
    expect(result.errors).toBeUndefined();
  });
});

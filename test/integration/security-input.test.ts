// Hostile input is a client mistake (4xx / BAD_USER_INPUT), never a 500: NUL characters, which
// PostgreSQL text cannot hold, and pagination cursors pointing outside any real date.
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/server/auth/viewer";
import { createApolloServer } from "@/server/graphql/apollo-server";
import { createRouteHandler } from "@/server/graphql/next-route-handler";
import { asViewer, errorCodes, execute } from "./helpers/graphql";
import { createTestUser, resetDatabase, testDb } from "./helpers/database";
import { labelingProject } from "./helpers/labeling-scenario";

let manager: Viewer;
let projectId: string;
const handler = createRouteHandler(createApolloServer(), async () => ({ db: testDb(), viewer: manager }));

beforeAll(async () => {
  await resetDatabase();
  manager = asViewer(await createTestUser(testDb(), "MANAGER"));
  projectId = (await labelingProject(testDb())).id;
});

async function post(query: string, variables: Record<string, unknown>) {
  const response = await handler(new Request("http://127.0.0.1/api/graphql", {
    method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }),
  }));
  return { status: response.status, body: await response.json() };
}

const cursor = (text: string) => Buffer.from(text, "utf8").toString("base64url");
const PAGE = `query($projectId: ID!, $after: String) { paintings(projectId: $projectId, after: $after) { edges { node { id } } } }`;

describe("NUL characters", () => {
  it("in an id answer 400 BAD_USER_INPUT", async () => {
    const { status, body } = await post(`query($id: ID!) { painting(id: $id) { id } }`, { id: "abc\u0000def" });
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("in a name answer 400 BAD_USER_INPUT and store nothing", async () => {
    const { status, body } = await post(`mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`, { input: { name: "nul\u0000name" } });
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(await testDb().project.count({ where: { name: { startsWith: "nul" } } })).toBe(0);
  });

  it("in a cursor answer 400 BAD_USER_INPUT", async () => {
    const { status } = await post(PAGE, { projectId, after: "abc\u0000" });
    expect(status).toBe(400);
  });

  it("inside a decoded cursor are refused as a bad cursor", async () => {
    const result = await execute(manager, PAGE, { projectId, after: cursor("2026-01-01T00:00:00.000Z|ab\u0000c") });
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("cursors out of range", () => {
  it("refuses dates PostgreSQL cannot hold with BAD_USER_INPUT", async () => {
    for (const date of ["+275760-09-13T00:00:00.000Z", "-271821-04-20T00:00:00.000Z", "+010000-01-01T00:00:00.000Z"]) {
      const result = await execute(manager, PAGE, { projectId, after: cursor(`${date}|p123`) });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    }
  });

  it("still accepts a real cursor", async () => {
    const result = await execute(manager, PAGE, { projectId, after: cursor("2026-01-01T00:00:00.000Z|p123") });
    expect(result.errors).toBeUndefined();
  });
});

describe("NUL in the image route", () => {
  it("answers 404, not 500, for an id with a NUL", async () => {
    const { servePaintingImage } = await import("@/server/http/serve-painting-image");
    const { tempStorage } = await import("./helpers/painting-files");
    const storage = tempStorage();
    const response = await servePaintingImage({ db: testDb(), storage, viewer: manager }, new Request("http://app.test/x"), { paintingId: "p\u0000x", variant: "thumbnail" });
    expect(response.status).toBe(404);
  });
});

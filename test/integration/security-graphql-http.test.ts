// /api/graphql as Next.js serves it: the route handler in front of the real Apollo server, fed
// real Request objects. Body caps, and client mistakes answered as 4xx, never 500.
import { afterEach, describe, expect, it } from "vitest";
import { reloadConfig } from "@/server/config";
import { createApolloServer } from "@/server/graphql/apollo-server";
import { createRouteHandler } from "@/server/graphql/next-route-handler";
import { testDb } from "./helpers/database";

const handler = createRouteHandler(createApolloServer(), async () => ({ db: testDb(), viewer: null }));
const URL = "http://127.0.0.1/api/graphql";
const MIB = 1024 * 1024;

function post(body: BodyInit, headers: Record<string, string> = {}) {
  return handler(new Request(URL, { method: "POST", headers: { "content-type": "application/json", ...headers }, body, duplex: "half" } as RequestInit));
}

/** A body that streams `total` bytes in chunks and records how much was actually pulled. */
function streamedBody(total: number) {
  const chunk = new TextEncoder().encode(" ".repeat(64 * 1024));
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => sent };
}

afterEach(() => {
  delete process.env.GRAPHQL_MAX_BODY_BYTES;
  reloadConfig();
});

describe("GraphQL request bodies", () => {
  it("refuses a 2 MiB body with 413", async () => {
    const query = `{ viewer { id } }${" ".repeat(2 * MIB)}`;
    const response = await post(JSON.stringify({ query }));
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].extensions.code).toBe("request/too_large");
  });

  it("stops reading a huge body soon after the cap instead of buffering it all", async () => {
    const body = streamedBody(50 * MIB);
    const response = await post(body.stream);
    expect(response.status).toBe(413);
    expect(body.pulled()).toBeLessThan(2 * MIB);
  });

  it("refuses a lying Content-Length at once", async () => {
    const response = await post(JSON.stringify({ query: "{ viewer { id } }" }), { "content-length": String(5 * MIB) });
    expect(response.status).toBe(413);
  });

  it("takes the cap from GRAPHQL_MAX_BODY_BYTES", async () => {
    process.env.GRAPHQL_MAX_BODY_BYTES = "64";
    reloadConfig();
    const response = await post(JSON.stringify({ query: `{ viewer { id } }`, variables: { pad: "x".repeat(80) } }));
    expect(response.status).toBe(413);
  });

  it("still answers an ordinary request", async () => {
    const response = await post(JSON.stringify({ query: "{ viewer { id } }" }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { viewer: null } });
  });
});

describe("client mistakes are 400s", () => {
  it('answers {"query":"{"} with 400 and a parse error', async () => {
    const response = await post(JSON.stringify({ query: "{" }));
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].extensions.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("answers a query over the token limit with 400", async () => {
    const fields = Array.from({ length: 2500 }, () => "id").join(" ");
    const response = await post(JSON.stringify({ query: `{ viewer { ${fields} } }` }));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors[0].message).toMatch(/token/i);
    expect(body.errors[0].extensions.code).not.toBe("INTERNAL_SERVER_ERROR");
  });
});

describe("GraphQL answers", () => {
  it("carry their length, and small ones ask not to be compressed (a zlib stream each cost more than it saved)", async () => {
    const response = await post(JSON.stringify({ query: "{ __typename }" }));
    const body = new Uint8Array(await response.arrayBuffer());
    expect(response.status).toBe(200);
    expect(response.headers.get("content-length")).toBe(String(body.byteLength));
    expect(response.headers.get("cache-control")).toMatch(/\bno-store\b.*\bno-transform\b/);
    expect(JSON.parse(new TextDecoder().decode(body))).toEqual({ data: { __typename: "Query" } });
  });
});

// The endpoint speaks GraphQL over HTTP as the spec says (graphql-http's server audits), with
// Apollo's CSRF prevention in front of GET.
import { expect, test } from "@playwright/test";
import { serverAudits } from "graphql-http";

// Audits whose probe query is an introspection query (__type/__schema): introspection is off in
// production on purpose, so they get a validation error there. The test below checks that.
const INTROSPECTING_AUDITS = new Set(["MUST accept utf-8 encoded request", "MUST allow map {variables} parameter when accepting application/json"]);

test("GraphQL over HTTP audits pass (MUST level)", async ({ baseURL }) => {
  const url = `${baseURL}/api/graphql`;
  const audits = serverAudits({ url, fetchFn: fetch }).filter((audit) => audit.name.startsWith("MUST") && !INTROSPECTING_AUDITS.has(audit.name));
  expect(audits.length).toBeGreaterThan(10);
  const failures: string[] = [];
  for (const audit of audits) {
    const result = await audit.fn();
    if (result.status !== "ok") failures.push(`${audit.name}: ${result.reason}`);
  }
  expect(failures).toEqual([]);
});

test("a simple GET without a preflight header is refused as possible CSRF", async ({ request, baseURL }) => {
  const response = await request.get(`${baseURL}/api/graphql?query=${encodeURIComponent("{ viewer { id } }")}`);
  expect(response.status()).toBe(400);
  expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
});

test("batched requests are refused", async ({ request, baseURL }) => {
  const response = await request.post(`${baseURL}/api/graphql`, {
    data: [{ query: "{ viewer { id } }" }, { query: "{ viewer { id } }" }],
  });
  expect(response.status()).toBe(400);
});

test("a charset parameter on the JSON content type is accepted", async ({ request, baseURL }) => {
  const response = await request.post(`${baseURL}/api/graphql`, {
    headers: { "content-type": "application/json; charset=utf-8" },
    data: JSON.stringify({ query: "# Run🏃Swim🏊 in UTF-8\n{ viewer { id } }" }),
  });
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ data: { viewer: null } });
});

test("introspection is off in production", async ({ request, baseURL }) => {
  const response = await request.post(`${baseURL}/api/graphql`, { data: { query: "{ __schema { types { name } } }" } });
  expect(response.status()).toBe(400);
  expect(await response.text()).toMatch(/introspection is not allowed/);
});

test("malformed JSON gets a 400 with an explanation, not a crash", async ({ request, baseURL }) => {
  const response = await request.post(`${baseURL}/api/graphql`, { headers: { "content-type": "application/json" }, data: Buffer.from("{not json") });
  expect(response.status()).toBe(400);
  expect((await response.json()).errors[0].message).toMatch(/not valid JSON/);
});

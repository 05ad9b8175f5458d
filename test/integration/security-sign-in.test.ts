// Sign-in throttling over real HTTP: our server stamps the socket address, clientAddress reads it,
// signInWithPassword counts failures in PostgreSQL. Clients connect from different loopback
// addresses (127.0.0.x) to play different machines, and forge X-Forwarded-For freely.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress } from "@/server/auth/client-address";
import { stampPeerAddresses } from "@/server/http/peer-address";
import { FREE_FAILURES, FREE_FAILURES_PER_ADDRESS } from "@/server/services/auth/login-throttle";
import { signInWithPassword } from "@/server/services/auth/sign-in-with-password";
import { createTestUser, resetDatabase, TEST_PASSWORD, testDb } from "./helpers/database";

let server: http.Server;
let port: number;

beforeAll(async () => {
  await resetDatabase();
  stampPeerAddresses();
  server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", async () => {
      const headers = new Headers(Object.entries(request.headers).map(([key, value]) => [key, String(value)] as [string, string]));
      const { email, password } = JSON.parse(body);
      const result = await signInWithPassword(testDb(), { email, password, clientAddress: clientAddress(headers) });
      response.end(JSON.stringify(result));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Result = { ok: boolean; reason?: string };

function signIn(email: string, password: string, { from, forwardedFor }: { from: string; forwardedFor?: string }): Promise<Result> {
  const headers: Record<string, string> = { "content-type": "application/json", ...(forwardedFor ? { "x-forwarded-for": forwardedFor, "x-real-ip": forwardedFor } : {}) };
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, method: "POST", path: "/", headers, localAddress: from, agent: false }, (response) => {
      let text = "";
      response.on("data", (chunk) => (text += chunk));
      response.on("end", () => resolve(JSON.parse(text)));
    });
    request.on("error", reject);
    request.end(JSON.stringify({ email, password }));
  });
}

describe("sign-in throttling by real address", () => {
  it("throttles 14 failed sign-ins sent with 14 forged X-Forwarded-For addresses", async () => {
    const victim = await createTestUser(testDb(), "ANNOTATOR");
    const results: Result[] = [];
    for (let i = 0; i < 14; i++) {
      results.push(await signIn(victim.email, `guess-${i}`, { from: "127.0.0.10", forwardedFor: `198.51.100.${i + 1}` }));
    }
    expect(results.slice(0, FREE_FAILURES + 1).every((result) => result.reason === "invalid_credentials")).toBe(true);
    expect(results.slice(FREE_FAILURES + 1).every((result) => result.reason === "too_many_attempts")).toBe(true);
    // Even with the right password, that address stays slowed down for this account.
    expect(await signIn(victim.email, TEST_PASSWORD, { from: "127.0.0.10", forwardedFor: "198.51.100.99" })).toMatchObject({ reason: "too_many_attempts" });
  });

  it("throttles spraying one password across many accounts from one address, whatever it forwards", async () => {
    const accounts = await Promise.all(Array.from({ length: 14 }, () => createTestUser(testDb(), "ANNOTATOR")));
    const results: Result[] = [];
    for (const [i, account] of accounts.entries()) {
      results.push(await signIn(account.email, "Summer2026!", { from: "127.0.0.11", forwardedFor: `203.0.113.${i + 1}` }));
    }
    expect(results.slice(0, FREE_FAILURES_PER_ADDRESS + 1).every((result) => result.reason === "invalid_credentials")).toBe(true);
    expect(results.slice(FREE_FAILURES_PER_ADDRESS + 1).every((result) => result.reason === "too_many_attempts")).toBe(true);
  });

  it("does not let a stranger lock the owner out: the right password from the owner's address still works", async () => {
    const owner = await createTestUser(testDb(), "REVIEWER");
    for (let i = 0; i < 20; i++) await signIn(owner.email, `guess-${i}`, { from: "127.0.0.12" });
    expect(await signIn(owner.email, "still wrong", { from: "127.0.0.12" })).toMatchObject({ reason: "too_many_attempts" });
    expect(await signIn(owner.email, TEST_PASSWORD, { from: "127.0.0.13" })).toMatchObject({ ok: true });
  });

  it("cannot block a victim's address by forging it", async () => {
    const someone = await createTestUser(testDb(), "ANNOTATOR");
    for (let i = 0; i < 20; i++) await signIn(`nobody-${i}@test.local`, "x", { from: "127.0.0.14", forwardedFor: "127.0.0.15" });
    expect(await signIn(someone.email, TEST_PASSWORD, { from: "127.0.0.15" })).toMatchObject({ ok: true });
  });

  it("does not clear an address's failures when someone signs in from it", async () => {
    const mine = await createTestUser(testDb(), "ANNOTATOR");
    const from = "127.0.0.16";
    for (let i = 0; i < FREE_FAILURES_PER_ADDRESS - 1; i++) await signIn(`spray-${i}@test.local`, "x", { from });
    expect(await signIn(mine.email, TEST_PASSWORD, { from })).toMatchObject({ ok: true });
    await signIn("spray-a@test.local", "x", { from });
    await signIn("spray-b@test.local", "x", { from });
    expect(await signIn("spray-c@test.local", "x", { from })).toMatchObject({ reason: "too_many_attempts" });
  });
});

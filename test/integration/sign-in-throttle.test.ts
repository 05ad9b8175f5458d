import { beforeAll, describe, expect, it } from "vitest";
import { FREE_FAILURES } from "@/server/services/auth/login-throttle";
import { signInWithPassword } from "@/server/services/auth/sign-in-with-password";
import { createTestUser, resetDatabase, TEST_PASSWORD, testDb } from "./helpers/database";

let email: string;

beforeAll(async () => {
  await resetDatabase();
  email = (await createTestUser(testDb(), "ANNOTATOR")).email;
});

describe("password sign-in", () => {
  it("accepts the right password, case-insensitively on the email", async () => {
    const result = await signInWithPassword(testDb(), { email: email.toUpperCase(), password: TEST_PASSWORD, clientAddress: "10.0.0.1" });
    expect(result).toMatchObject({ ok: true, user: { email, role: "ANNOTATOR" } });
  });

  it("says the same thing for a wrong password and an unknown account", async () => {
    const wrong = await signInWithPassword(testDb(), { email, password: "nope", clientAddress: "10.0.0.2" });
    const unknown = await signInWithPassword(testDb(), { email: "ghost@test.local", password: "nope", clientAddress: "10.0.0.2" });
    expect(wrong).toEqual({ ok: false, reason: "invalid_credentials" });
    expect(unknown).toEqual({ ok: false, reason: "invalid_credentials" });
  });

  it("slows down repeated failures against one account from one address, even for the right password", async () => {
    const address = "10.0.0.3";
    const other = await createTestUser(testDb(), "ANNOTATOR");
    for (let attempt = 0; attempt < FREE_FAILURES; attempt++) {
      expect(await signInWithPassword(testDb(), { email: other.email, password: "guess", clientAddress: address })).toMatchObject({ reason: "invalid_credentials" });
    }
    // The first failure past the free ones starts a block...
    await signInWithPassword(testDb(), { email: other.email, password: "guess", clientAddress: address });
    const blocked = await signInWithPassword(testDb(), { email: other.email, password: TEST_PASSWORD, clientAddress: address });
    expect(blocked).toMatchObject({ ok: false, reason: "too_many_attempts" });
    if (!blocked.ok && blocked.reason === "too_many_attempts") expect(blocked.retryAfterSeconds).toBeGreaterThan(0);
    // ...but not the owner signing in from another address.
    const elsewhere = await signInWithPassword(testDb(), { email: other.email, password: TEST_PASSWORD, clientAddress: "10.0.0.4" });
    expect(elsewhere).toMatchObject({ ok: true });
  });

  it("counts concurrent failures without losing any", async () => {
    const address = "10.0.0.5";
    await Promise.all(Array.from({ length: 4 }, () => signInWithPassword(testDb(), { email: "x@test.local", password: "x", clientAddress: address })));
    const row = await testDb().loginThrottle.findUnique({ where: { address: `ip:${address}` } });
    expect(row?.failures).toBe(4);
  });

  it("refuses a deactivated account", async () => {
    const inactive = await createTestUser(testDb(), "REVIEWER", { active: false });
    expect(await signInWithPassword(testDb(), { email: inactive.email, password: TEST_PASSWORD, clientAddress: "10.0.0.6" })).toMatchObject({ ok: false });
  });
});

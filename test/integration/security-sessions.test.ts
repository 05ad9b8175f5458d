// Sessions through the real Auth.js request handling (@auth/core with our configuration): sign
// in with the credentials form, read /api/auth/session with the cookie, as a browser would.
// A demotion, a deactivation or a sign-out must end the session at once, and a cookie copied
// before sign-out must not work when replayed.
import { reloadConfig } from "@/server/config";
import { Auth } from "@auth/core";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Session } from "next-auth";
import { authConfig } from "@/server/auth/auth-config";
import { viewerFromSession } from "@/server/auth/viewer";
import { updateUser } from "@/server/services/users/update-user";
import { createTestUser, resetDatabase, TEST_PASSWORD, testDb } from "./helpers/database";

const BASE = "http://localhost/api/auth";
let adminId: string;
const savedSecret = process.env.AUTH_SECRET;

beforeAll(async () => {
  process.env.AUTH_SECRET = randomBytes(33).toString("base64");
  reloadConfig();
  await resetDatabase();
  adminId = (await createTestUser(testDb(), "ADMIN")).id;
});
afterAll(() => {
  process.env.AUTH_SECRET = savedSecret;
  reloadConfig();
});

type Jar = Map<string, string>;

async function call(jar: Jar, path: string, init: { method?: string; form?: Record<string, string> } = {}) {
  const headers = new Headers({ cookie: [...jar].map(([name, value]) => `${name}=${value}`).join("; ") });
  let body: string | undefined;
  if (init.form) {
    headers.set("content-type", "application/x-www-form-urlencoded");
    body = new URLSearchParams(init.form).toString();
  }
  const response = await Auth(new Request(`${BASE}${path}`, { method: init.method ?? "GET", headers, body }), { ...authConfig(), basePath: "/api/auth" });
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(";");
    const at = pair!.indexOf("=");
    const name = pair!.slice(0, at);
    const value = pair!.slice(at + 1);
    if (value === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(cookie)) jar.delete(name);
    else jar.set(name, value);
  }
  return response;
}

async function signIn(email: string): Promise<Jar> {
  const jar: Jar = new Map();
  const { csrfToken } = await (await call(jar, "/csrf")).json();
  await call(jar, "/callback/credentials", { method: "POST", form: { email, password: TEST_PASSWORD, csrfToken } });
  expect([...jar.keys()].some((name) => name.includes("session-token"))).toBe(true);
  return jar;
}

async function sessionOf(jar: Jar): Promise<Session | null> {
  return (await call(jar, "/session")).json();
}

describe("sessions follow the database", () => {
  it("shows the role from sign-in while nothing changed", async () => {
    const user = await createTestUser(testDb(), "MANAGER");
    const jar = await signIn(user.email);
    expect((await sessionOf(jar))?.user?.role).toBe("MANAGER");
  });

  it("ends a demoted user's session at once", async () => {
    const user = await createTestUser(testDb(), "MANAGER");
    const jar = await signIn(user.email);
    const copy = new Map(jar);
    await updateUser(testDb(), adminId, { id: user.id, role: "ANNOTATOR" });
    expect(await sessionOf(copy)).toBeNull();
    const again = await signIn(user.email);
    expect((await sessionOf(again))?.user?.role).toBe("ANNOTATOR");
  });

  it("ends a deactivated user's session at once", async () => {
    const user = await createTestUser(testDb(), "REVIEWER");
    const jar = await signIn(user.email);
    await updateUser(testDb(), adminId, { id: user.id, active: false });
    expect(await sessionOf(jar)).toBeNull();
  });

  it("answers with the user as the database has them now: the request's viewer, without a second read", async () => {
    const user = await createTestUser(testDb(), "ANNOTATOR");
    const jar = await signIn(user.email);
    expect(viewerFromSession(await sessionOf(jar))).toEqual({ id: user.id, email: user.email, name: user.name, role: "ANNOTATOR" });
    await testDb().user.update({ where: { id: user.id }, data: { name: "Renamed Person" } });
    expect(viewerFromSession(await sessionOf(jar))).toMatchObject({ id: user.id, name: "Renamed Person" });
    expect(viewerFromSession(null)).toBeNull();
  });

  it("refuses a session cookie replayed after sign-out", async () => {
    const user = await createTestUser(testDb(), "ANNOTATOR");
    const jar = await signIn(user.email);
    const copied = new Map(jar);
    const { csrfToken } = await (await call(jar, "/csrf")).json();
    await call(jar, "/signout", { method: "POST", form: { csrfToken } });
    expect(await sessionOf(jar)).toBeNull();
    expect(await sessionOf(copied)).toBeNull();
  });
});

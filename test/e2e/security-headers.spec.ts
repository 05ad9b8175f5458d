// Against the production server as users run it: pages carry a Content-Security-Policy and still
// work under it (no violations while signing in and moving around), and the sign-in throttle
// counts the socket address our server stamps, not a forged X-Forwarded-For.
import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../../server/db/client";
import { e2eState } from "./helpers/e2e-state";
import { signIn } from "./helpers/sign-in";

test("pages send a Content-Security-Policy and work under it", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect)/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/signin");
  const policy = response?.headers()["content-security-policy"] ?? "";
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("frame-ancestors 'none'");
  await signIn(page, "manager@example.com");
  for (const path of ["/projects", "/paintings", "/label", "/annotators"]) {
    await page.goto(path);
    await expect(page.getByTestId("signed-in-as")).toBeVisible();
  }
  expect(violations).toEqual([]);
});

test("14 failed sign-ins from 14 forged X-Forwarded-For addresses are throttled", async ({ playwright, baseURL }) => {
  const { databaseUrl } = e2eState();
  const db = createPrismaClient(databaseUrl);
  const api = await playwright.request.newContext({ baseURL });
  try {
    const codes: string[] = [];
    for (let i = 0; i < 14; i++) {
      const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
      const response = await api.post("/api/auth/callback/credentials", {
        form: { email: "annotator2@example.com", password: `guess-${i}`, csrfToken },
        headers: { "x-forwarded-for": `198.51.100.${i + 1}`, "x-real-ip": `198.51.100.${i + 1}` },
        maxRedirects: 0,
      });
      codes.push(new URL(response.headers().location ?? "http://x/", baseURL).searchParams.get("code") ?? "");
    }
    expect(codes.slice(0, 6)).toEqual(Array(6).fill("invalid_credentials"));
    expect(codes.slice(6)).toEqual(Array(8).fill("too_many_attempts"));
    // Counted against the real (loopback) address; the forged ones were never used.
    const keys = (await db.loginThrottle.findMany({ select: { address: true } })).map((row) => row.address);
    expect(keys.some((key) => /^ip:(::ffff:)?127\.0\.0\.1$/.test(key))).toBe(true);
    expect(keys.filter((key) => key.includes("198.51.100."))).toEqual([]);
  } finally {
    // Every spec signs in from 127.0.0.1: leave its address unblocked for them.
    await db.loginThrottle.deleteMany({});
    await db.$disconnect();
    await api.dispose();
  }
});

import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "provenance-demo";

/** Signs in through the form; stays on the current sign-in page (keeping its callbackUrl) if already there. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  if (!new URL(page.url(), "http://x").pathname.startsWith("/signin")) await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Password hashing (argon2) is deliberately slow, and slower still on a busy machine.
  await expect(page.getByTestId("signed-in-as")).toBeVisible({ timeout: 30_000 });
}

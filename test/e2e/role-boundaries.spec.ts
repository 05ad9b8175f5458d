import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/sign-in";

test("a signed-out visitor is sent to sign in, and back afterwards", async ({ page }) => {
  await page.goto("/projects");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fprojects/);
  await signIn(page, "annotator@example.com");
  await expect(page).toHaveURL(/\/projects$/);
  await expect(page.getByRole("heading", { name: "Projects" })).toBeVisible();
});

test("a wrong password gets a clear message", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill("reviewer@example.com");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toHaveText(/do not match an active account/);
});

test("an annotator sees projects but not people management", async ({ page }) => {
  await signIn(page, "annotator@example.com");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toHaveCount(0);
  await page.goto("/projects");
  await expect(page.getByTestId("project-card").first()).toContainText("Demo: human or AI?");
  await expect(page.getByRole("link", { name: "New project" })).toHaveCount(0);
  await page.goto("/users");
  await expect(page).toHaveURL(/\/forbidden\?needed=MANAGER/);
  await expect(page.getByRole("heading", { name: "Not available to your role" })).toBeVisible();
});

test("a reviewer cannot open manager pages either", async ({ page }) => {
  await signIn(page, "reviewer@example.com");
  await page.goto("/projects/new");
  await expect(page).toHaveURL(/\/forbidden/);
});

test("a manager creates a project and a user", async ({ page }) => {
  await signIn(page, "manager@example.com");
  await page.goto("/projects/new");
  await page.getByLabel("Name", { exact: true }).fill("Auction house intake");
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page).toHaveURL(/\/projects$/);
  await expect(page.getByTestId("project-card").filter({ hasText: "Auction house intake" })).toBeVisible();

  await page.goto("/users");
  const form = page.getByRole("form", { name: "Add a user" });
  await form.getByLabel("Name", { exact: true }).fill("Nora New");
  await form.getByLabel("Email").fill("nora@example.com");
  await form.getByLabel("Role").selectOption("REVIEWER");
  await form.getByLabel(/Initial password/).fill("a-long-password");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("status")).toContainText("nora@example.com");
  await expect(page.getByRole("table", { name: "Users" })).toContainText("Nora New");
});

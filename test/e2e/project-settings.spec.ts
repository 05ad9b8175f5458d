// A manager changes every project setting on its page, sees the server's objections per field,
// and the changes take effect: gold served next, names hidden from annotators, renamed classes on
// new keys, a shorter claim; annotators and reviewers cannot open the page.
import { expect, test, type Page } from "@playwright/test";
import { createPrismaClient } from "../../server/db/client";
import { e2eState } from "./helpers/e2e-state";
import { seedProject } from "./helpers/seed-project";
import { signIn } from "./helpers/sign-in";

const db = createPrismaClient(e2eState().databaseUrl);
let seeded: Awaited<ReturnType<typeof seedProject>>;
const NAME = "Settings e2e with a remarkably long project name that must wrap inside its card";

test.beforeAll(async () => {
  seeded = await seedProject(db, NAME, [{ name: "ordinary-one.png" }, { name: "ordinary-two.png" }, { name: "midjourney-gold-answer.png", gold: "AI" }]);
});
test.afterAll(() => db.$disconnect());

const field = (page: Page, label: string) => page.getByRole("form", { name: "Project settings" }).getByLabel(label, { exact: true });

test("a manager changes every setting and each one takes effect", async ({ browser }) => {
  test.setTimeout(240_000); // three people's sessions on a shared 2-core machine
  const context = await browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await context.newPage();
  await signIn(page, "manager@example.com");
  await page.goto("/projects");
  const card = page.getByTestId("project-card").filter({ hasText: NAME });
  // The long name wraps inside the card instead of spilling over.
  const [cardBox, titleBox] = [await card.boundingBox(), await card.getByRole("heading").boundingBox()];
  expect(titleBox!.x + titleBox!.width).toBeLessThanOrEqual(cardBox!.x + cardBox!.width + 1);
  await card.getByRole("link", { name: `Settings of ${NAME}` }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${seeded.project.id}/settings$`));

  await expect(page.getByTestId("project-slug")).toHaveText(seeded.project.slug);
  await page.getByRole("button", { name: "Copy slug" }).click();
  await expect(page.getByText("Copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(seeded.project.slug);

  // The server's validation, shown under each field it concerns; nothing is saved.
  await field(page, "Gold rate").fill("1.5");
  await field(page, "Claim time (seconds)").fill("5");
  await page.getByLabel("Hotkey of HUMAN").fill("s");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByTestId("settings-status")).toHaveText(/Not saved/);
  await expect(field(page, "Gold rate")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#goldRate-error")).toContainText(/1/);
  await expect(page.locator("#claimTtlSeconds-error")).toContainText(/30/);
  await expect(page.locator("#class-HUMAN-hotkey-error")).toContainText(/reserved/);
  expect((await db.project.findUniqueOrThrow({ where: { id: seeded.project.id } })).goldRate).toBe(0);

  await field(page, "Gold rate").fill("1");
  await field(page, "Spot-check rate").fill("0.5");
  await field(page, "Labels per painting (overlap)").fill("3");
  await field(page, "Pre-annotation").selectOption("AFTER_COMMIT");
  await field(page, "Uncertainty strategy").selectOption("MARGIN");
  await field(page, "Uncertainty threshold").fill("0.4");
  await field(page, "Review budget per scoring").fill("25");
  await field(page, "Claim time (seconds)").fill("120");
  // Its meaning is spelled out beside it, like every setting's.
  await expect(page.locator("#servingOrder-help")).toContainText("never arrive as runs of one class");
  await field(page, "Serving order").selectOption("UNCERTAINTY_FIRST");
  await field(page, "Hide file names from annotators").check();
  await page.getByLabel("Name of HUMAN").fill("Painted by hand");
  await page.getByLabel("Hotkey of HUMAN").fill("p");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByTestId("settings-status")).toHaveText(/^Saved/);

  // Every value is stored and comes back on reload.
  expect(await db.project.findUniqueOrThrow({ where: { id: seeded.project.id } })).toMatchObject({
    goldRate: 1, spotCheckRate: 0.5, labelsPerItem: 3, preAnnotation: "AFTER_COMMIT", uncertaintyStrategy: "MARGIN",
    uncertaintyThreshold: 0.4, labelingBudget: 25, claimTtlSeconds: 120, servingOrder: "UNCERTAINTY_FIRST", hideFileNames: true,
  });
  await page.reload();
  await expect(field(page, "Uncertainty strategy")).toHaveValue("MARGIN");
  await expect(field(page, "Review budget per scoring")).toHaveValue("25");
  await expect(field(page, "Serving order")).toHaveValue("UNCERTAINTY_FIRST");
  await expect(field(page, "Hide file names from annotators")).toBeChecked();
  await page.goto("/projects");
  await expect(page.getByTestId("project-card").filter({ hasText: NAME })).toContainText("3 labels per painting");
  await expect(page.getByTestId("project-card").filter({ hasText: NAME })).toContainText("Painted by hand P");

  // The annotator gets the gold painting first (rate 1), without its name, on the new key.
  const annotator = await (await browser.newContext()).newPage();
  await signIn(annotator, "annotator@example.com");
  await annotator.goto(`/label/${seeded.project.id}`);
  const image = annotator.getByTestId("labeling-image");
  await expect(image).toHaveAttribute("data-painting-id", seeded.ids[2]);
  await expect(image).toHaveAttribute("alt", `Painting to label: Painting ${seeded.ids[2].slice(-6)}`);
  await expect(annotator.locator("body")).not.toContainText("midjourney");
  await expect(annotator.getByRole("list", { name: "Keyboard shortcuts" })).toContainText("P Painted by hand");
  await expect(annotator.getByTestId("claim-expiry")).toContainText(/Reserved for you for (1:5\d|2:00)/);
  await annotator.keyboard.press("p");
  await expect(annotator.getByTestId("labeling-status")).toHaveText("Labeled “Painted by hand”.");
  await annotator.goto(`/paintings?project=${seeded.project.id}`);
  await expect(annotator.getByText(/Painting [a-z0-9]{6}/).first()).toBeVisible();
  await expect(annotator.locator("body")).not.toContainText("ordinary-");
  // A reviewer still sees the file names.
  const reviewer = await (await browser.newContext()).newPage();
  await signIn(reviewer, "reviewer@example.com");
  await reviewer.goto(`/paintings/${seeded.ids[2]}`);
  await expect(reviewer.getByRole("heading", { name: "midjourney-gold-answer.png" })).toBeVisible();
});

test("annotators and reviewers are refused the settings page", async ({ browser }) => {
  test.setTimeout(120_000);
  for (const email of ["annotator@example.com", "reviewer@example.com"]) {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, email);
    await page.goto("/projects");
    await expect(page.getByRole("link", { name: /^Settings of / })).toHaveCount(0);
    await page.goto(`/projects/${seeded.project.id}/settings`);
    await expect(page).toHaveURL(/\/forbidden\?needed=MANAGER/);
  }
});

// An annotator labels paintings with the keyboard alone: H/A to label, 1-5 confidence, N for a
// note, U to undo, S to skip, and sees their progress until nothing is left.
import path from "node:path";
import { createHash } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { createPrismaClient } from "../../server/db/client";
import { DEFAULT_LABEL_CLASSES } from "../../server/services/projects/create-project";
import { getStorage } from "../../server/storage/get-storage";
import { paintingKeys } from "../../server/storage/storage-keys";
import { addDemoMembers } from "./helpers/demo-members";
import { e2eState } from "./helpers/e2e-state";
import { queueKeysInOrderFor } from "./helpers/queue-keys";
import { signIn } from "./helpers/sign-in";

const state = e2eState();
const db = createPrismaClient(state.databaseUrl);
let projectId = "";
let paintingIds: string[] = [];

/** Real images in the web server's storage, so the page shows (and preloads) actual pictures. */
async function seedProjectWithPaintings(count: number) {
  const storage = getStorage({ env: { STORAGE_DIR: path.join(state.dataDir!, "storage") } });
  const project = await db.project.create({
    data: {
      slug: `keyboard-${Date.now()}`, name: "Keyboard labeling", goldRate: 0, spotCheckRate: 0,
      labelClasses: { create: DEFAULT_LABEL_CLASSES.map((labelClass, position) => ({ ...labelClass, position })) },
    },
  });
  await addDemoMembers(db, project.id);
  const ids: string[] = [];
  const queueKeys = await queueKeysInOrderFor(db, "annotator@example.com", count);
  for (let i = 0; i < count; i++) {
    const png = await sharp({ create: { width: 320, height: 240, channels: 3, background: { r: 40 + i * 50, g: 90, b: 200 - i * 40 } } }).png().toBuffer();
    const sha256 = createHash("sha256").update(png).update(project.id).digest("hex");
    const keys = paintingKeys(sha256, "png");
    await storage.put(keys.original, png, "image/png");
    await storage.put(keys.thumbnail, await sharp(png).resize(64).jpeg().toBuffer(), "image/jpeg");
    const painting = await db.painting.create({
      data: {
        projectId: project.id, sha256, phash: sha256.slice(0, 16), width: 320, height: 240, format: "png", byteSize: png.length,
        storageKey: keys.original, thumbnailKey: keys.thumbnail, trainingKey: keys.original, originalName: `keyboard-${i + 1}.png`,
        createdAt: new Date(Date.now() - 60_000 + i), queueKey: queueKeys[i],
      },
    });
    ids.push(painting.id);
  }
  return { projectId: project.id, ids };
}

test.beforeAll(async () => {
  ({ projectId, ids: paintingIds } = await seedProjectWithPaintings(4));
});

test.afterAll(async () => {
  await db.$disconnect();
});

const image = (page: Page) => page.getByTestId("labeling-image");

async function expectShowing(page: Page, index: number) {
  await expect(image(page)).toHaveAttribute("data-painting-id", paintingIds[index]);
  // The picture really loaded: a broken image has no natural size.
  await expect.poll(() => image(page).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(320);
}

test("the demo annotator labels a queue by keyboard only", async ({ page }) => {
  test.setTimeout(150_000); // a production server on a shared 2-core machine
  await signIn(page, "annotator@example.com");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Label" }).click();
  await page.getByTestId("label-project").filter({ hasText: "Keyboard labeling" }).click();
  await expect(page).toHaveURL(new RegExp(`/label/${projectId}$`));
  await expectShowing(page, 0);
  await expect(page.getByRole("list", { name: "Keyboard shortcuts" })).toContainText("H Human-made");
  await expect(page.getByTestId("claim-expiry")).toContainText(/Reserved for you for (9|10):/);
  await expect(page.locator(`link[rel="preload"][as="image"][href="/api/paintings/${paintingIds[1]}/large"]`)).toHaveCount(1);
  await expect(page.getByTestId("labeling-progress")).toHaveText("You labeled 0 · 4 left for you");

  // Confidence, then a note whose letters (h, a, s, u) must not act as hotkeys; Enter leaves it.
  await page.keyboard.press("3");
  await expect(page.getByTestId("confidence")).toHaveText("3/5");
  await page.keyboard.press("n");
  await page.keyboard.type("hands and sky look human");
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Note (optional)")).toHaveValue("hands and sky look human");
  await expectShowing(page, 0);

  // A second press while the first label is still on its way is dropped, not sent.
  await page.route("**/api/graphql", async (route) => {
    if (route.request().postData()?.includes("SubmitAnnotation")) await new Promise((resolve) => setTimeout(resolve, 600));
    await route.continue();
  });
  await page.keyboard.press("h");
  await page.keyboard.press("h");
  await expect(page.getByTestId("labeling-status")).toHaveText("Labeled “Human-made”.");
  await page.unroute("**/api/graphql");
  await expectShowing(page, 1);
  await expect(page.getByTestId("labeling-progress")).toHaveText("You labeled 1 · 3 left for you");
  await expect(page.getByTestId("confidence")).toHaveText("not set");

  // The next painting shows at once; keys wait for the server's answer, as the status tells.
  await page.keyboard.press("a");
  await expectShowing(page, 2);
  await expect(page.getByTestId("labeling-status")).toHaveText("Labeled “AI-generated”.");
  await page.keyboard.press("u");
  await expect(page.getByTestId("labeling-status")).toHaveText("Undid “AI-generated”; label it again.");
  await expectShowing(page, 1);
  await page.keyboard.press("a");
  await expectShowing(page, 2);
  await expect(page.getByTestId("labeling-status")).toHaveText("Labeled “AI-generated”.");
  await page.keyboard.press("s");
  await expect(page.getByTestId("labeling-status")).toHaveText("Skipped.");
  await expectShowing(page, 3);
  await page.keyboard.press("h");
  await expect(page.getByRole("heading", { name: "Nothing left to label" })).toBeVisible();
  await expect(page.getByTestId("my-stats")).toContainText("3 labeled");
  await expect(page.getByRole("region", { name: "Your disputed items" })).toContainText("None so far.");

  const annotator = await db.user.findUniqueOrThrow({ where: { email: "annotator@example.com" } });
  const labels = await db.annotation.findMany({
    where: { annotatorId: annotator.id, paintingId: { in: paintingIds } },
    include: { labelClass: true },
    orderBy: { createdAt: "asc" },
  });
  expect(labels.map((label) => [paintingIds.indexOf(label.paintingId), label.labelClass.key])).toEqual([[0, "HUMAN"], [1, "AI"], [3, "HUMAN"]]);
  expect(labels[0]).toMatchObject({ confidence: 3, note: "hands and sky look human" });
  expect(labels[0].durationMs).toBeGreaterThan(0);
});

test("a label shows the next painting before the server answers, and one that never arrived comes back with Retry", async ({ page }) => {
  test.setTimeout(150_000);
  const { projectId: ownProject, ids } = await seedProjectWithPaintings(2);
  await signIn(page, "annotator@example.com");
  await page.goto(`/label/${ownProject}`);
  await expect(image(page)).toHaveAttribute("data-painting-id", ids[0]);

  // The server holds the submit: the painting claimed next is already on screen meanwhile.
  let answer = () => {};
  const held = new Promise<void>((resolve) => (answer = resolve));
  await page.route("**/api/graphql", async (route) => {
    if (route.request().postData()?.includes("SubmitAnnotation")) await held;
    await route.continue();
  });
  await page.keyboard.press("h");
  await expect(image(page)).toHaveAttribute("data-painting-id", ids[1]);
  await expect(page.getByTestId("labeling-progress")).toHaveText("You labeled 1 · 1 left for you");
  expect(await db.annotation.count({ where: { paintingId: ids[0] } })).toBe(0);
  answer();
  await expect(page.getByTestId("labeling-status")).toHaveText("Labeled “Human-made”.");
  await page.unroute("**/api/graphql");

  // Both tries of the next submit are lost on the way: its painting comes back, with Retry.
  await page.route("**/api/graphql", (route) =>
    route.request().postData()?.includes("SubmitAnnotation") ? route.abort("failed") : route.continue());
  await page.keyboard.press("a");
  await expect(page.getByTestId("label-not-saved")).toContainText("“AI-generated” was not saved");
  await expect(image(page)).toHaveAttribute("data-painting-id", ids[1]);
  expect(await db.annotation.count({ where: { paintingId: ids[1] } })).toBe(0);
  await page.unroute("**/api/graphql");
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByTestId("labeling-status")).toHaveText("Labeled “AI-generated”.");
  await expect(page.getByRole("heading", { name: "Nothing left to label" })).toBeVisible();
  expect(await db.annotation.count({ where: { paintingId: ids[1] } })).toBe(1);
});

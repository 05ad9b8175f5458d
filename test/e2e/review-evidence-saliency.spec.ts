// A reviewer opens a model-raised review item and sees the upload's provenance evidence (EXIF and
// GPS here; every signal kind is covered by test/integration/painting-evidence.test.ts) and where
// the model looked: the Grad-CAM overlay, toggled from the keyboard and faded with its slider. An
// annotator sees neither, and no location data. Everything is made by the product's own code: the
// import path extracts the evidence, a (tiny, untrained) VGG19 saved like a trained one is scored
// by the worker's scoring job, which computes the saliency map.
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { createPrismaClient } from "../../server/db/client";
import { importPainting } from "../../server/services/paintings/import-painting";
import { getStorage } from "../../server/storage/get-storage";
import { modelKey } from "../../server/storage/storage-keys";
import { selectBackend } from "../../worker/backend/select-backend";
import { scorePaintings } from "../../worker/jobs/score-paintings";
import { storageHandler } from "../../worker/model/storage-io";
import { buildVgg19 } from "../../worker/model/vgg19";
import { jpegWithExif } from "../fixtures/evidence-files";
import { e2eState } from "./helpers/e2e-state";
import { seedProject } from "./helpers/seed-project";
import { DEMO_PASSWORD } from "./helpers/sign-in";

const db = createPrismaClient(e2eState().databaseUrl);
let entryId: string;
let photoId: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  process.env.TFJS_BACKEND = "cpu";
  const storage = getStorage({ env: { STORAGE_DIR: path.join(e2eState().dataDir!, "storage") } });
  const { project } = await seedProject(db, "Evidence e2e", []);
  await db.project.update({ where: { id: project.id }, data: { uncertaintyThreshold: 0, labelingBudget: 1 } });
  photoId = (await importPainting(db, storage, { projectId: project.id, bytes: await jpegWithExif(42), originalName: "photo.jpg", source: "IMPORT" })).painting.id;
  await selectBackend();
  const model = buildVgg19({ inputSize: 32, widthDivisor: 16, numClasses: 2, dropout: 0.5, seed: 9, denseUnits: 64 });
  await model.save(storageHandler(storage, (file) => modelKey(project.id, 1, file)));
  model.dispose();
  const run = await db.trainingRun.create({ data: { projectId: project.id, config: {}, preset: "tiny", seed: 9, status: "SUCCEEDED" } });
  const version = await db.modelVersion.create({
    data: { projectId: project.id, runId: run.id, version: 1, artifactKey: modelKey(project.id, 1, "model.json"), classKeys: ["HUMAN", "AI"], inputSize: 32, preset: "tiny" },
  });
  // Threshold 0, budget 1: the painting enters review as "model unsure", with its map.
  await scorePaintings(db, storage, { modelVersionId: version.id });
  entryId = (await db.reviewQueueEntry.findFirstOrThrow({ where: { projectId: project.id, paintingId: photoId, status: "OPEN" } })).id;
});
test.afterAll(() => db.$disconnect());

// The shared helper's steps with a longer wait: on a shared, loaded machine the first Argon2id
// check and page render of a fresh server can take more than its 10 s.
async function signIn(page: Page, email: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible({ timeout: 60_000 });
}

test("a reviewer sees the evidence panel and toggles the saliency overlay from the keyboard", async ({ page }) => {
  test.setTimeout(120_000);
  const prediction = await db.prediction.findFirstOrThrow({ where: { paintingId: photoId } });
  expect(prediction.saliencyKey).not.toBeNull();
  await signIn(page, "reviewer@example.com");
  await page.goto(`/review/${entryId}`);
  const panel = page.getByTestId("evidence-panel");
  await expect(panel).toBeVisible();
  await expect(panel.getByRole("row", { name: /EXIF software/ })).toContainText("Adobe Photoshop 25.0");
  await expect(panel.getByRole("row", { name: /EXIF camera/ })).toContainText("Canon EOS R5");
  await expect(panel.getByRole("row", { name: /^GPS/ })).toContainText("48.85833, 2.29000");
  await expect(panel.getByRole("row", { name: /C2PA/ })).toContainText("none");

  const overlay = page.getByTestId("image-overlay");
  await expect(overlay).toHaveCount(0);
  const toggle = page.getByRole("checkbox", { name: "Show where the model looked" });
  await toggle.focus();
  await page.keyboard.press("Space");
  await expect(toggle).toBeChecked();
  await expect(overlay).toBeVisible();
  await expect(overlay).toHaveAttribute("src", new RegExp(`/api/paintings/${prediction.paintingId}/saliency/${prediction.modelVersionId}$`));
  // The map really loaded (a 56x56 PNG from the worker) and covers the painting exactly.
  await expect.poll(() => overlay.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(56);
  const painting = page.getByTestId("zoomable-image").locator("img").first();
  const [a, b] = [await painting.boundingBox(), await overlay.boundingBox()];
  expect(Math.abs(a!.width - b!.width)).toBeLessThan(2);
  expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
  await expect(overlay).toHaveCSS("opacity", "0.5");

  const slider = page.getByRole("slider", { name: "Opacity" });
  await slider.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(overlay).toHaveCSS("opacity", "0.6");

  await toggle.focus();
  await page.keyboard.press("Space");
  await expect(overlay).toHaveCount(0);
});

test("an annotator sees no evidence, no location and no saliency map", async ({ page }) => {
  const prediction = await db.prediction.findFirstOrThrow({ where: { paintingId: photoId } });
  await signIn(page, "annotator@example.com");
  await page.goto(`/paintings/${photoId}`);
  await expect(page.getByRole("table", { name: "Painting details" })).toBeVisible();
  await expect(page.getByTestId("evidence-panel")).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText("48.85");
  await expect(page.locator("body")).not.toContainText("Canon");
  const map = await page.request.get(`/api/paintings/${prediction.paintingId}/saliency/${prediction.modelVersionId}`);
  expect(map.status()).toBe(403);
  const original = await page.request.get(`/api/paintings/${photoId}/original`);
  expect(original.status()).toBe(403);
});

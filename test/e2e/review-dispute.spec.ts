// A reviewer settles a dispute between the two demo annotators from the queue, and the manager
// sees it in the annotators' figures. The disputed painting is seeded straight into the database
// (with real images in storage), so the journey does not depend on the labeling screens.
import { createHash, randomBytes } from "node:crypto";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { createPrismaClient } from "../../server/db/client";
import { reviewPriority } from "../../server/services/review-queue/review-priorities";
import { getStorage } from "../../server/storage/get-storage";
import { paintingKeys } from "../../server/storage/storage-keys";
import { e2eState } from "./helpers/e2e-state";
import { signIn } from "./helpers/sign-in";

async function seedDispute() {
  const { databaseUrl, dataDir } = e2eState();
  const db = createPrismaClient(databaseUrl);
  try {
    const project = await db.project.findUniqueOrThrow({ where: { slug: "demo-paintings" }, include: { labelClasses: true } });
    const classId = (key: string) => project.labelClasses.find((c) => c.key === key)!.id;
    const [ada, ben] = await Promise.all(["annotator@example.com", "annotator2@example.com"].map((email) => db.user.findUniqueOrThrow({ where: { email } })));
    const [r, g, b] = randomBytes(3);
    const png = await sharp({ create: { width: 320, height: 240, channels: 3, background: { r, g, b } } })
      .composite([{ input: Buffer.from('<svg width="320" height="240"><circle cx="160" cy="120" r="70" fill="#fff"/></svg>') }])
      .png().toBuffer();
    const sha256 = createHash("sha256").update(png).digest("hex");
    const keys = paintingKeys(sha256, "png");
    const storage = getStorage({ env: { STORAGE_DIR: path.join(dataDir!, "storage") } });
    await storage.put(keys.original, png, "image/png");
    await storage.put(keys.thumbnail, await sharp(png).resize(64).jpeg().toBuffer(), "image/jpeg");
    await storage.put(keys.training, png, "image/png");
    const name = `dispute-${sha256.slice(0, 6)}.png`;
    const painting = await db.painting.create({
      data: {
        projectId: project.id, sha256, phash: sha256.slice(0, 16), width: 320, height: 240, format: "png", byteSize: png.length,
        storageKey: keys.original, thumbnailKey: keys.thumbnail, trainingKey: keys.training, originalName: name, status: "DISPUTED",
        annotations: {
          create: [
            { annotatorId: ada.id, labelClassId: classId("HUMAN"), confidence: 4, note: "visible brush texture" },
            { annotatorId: ben.id, labelClassId: classId("AI"), confidence: 3, note: "the hands look odd" },
          ],
        },
      },
    });
    // Top of the dispute band, so other specs' disputes in the shared demo project come after it.
    const entry = await db.reviewQueueEntry.create({
      data: { projectId: project.id, paintingId: painting.id, reason: "DISAGREEMENT", priority: reviewPriority("DISAGREEMENT", 1) },
    });
    return { projectId: project.id, paintingId: painting.id, entryId: entry.id, name, humanId: classId("HUMAN") };
  } finally {
    await db.$disconnect();
  }
}

/** "x of n" from an annotator's "Overturned by reviewers" cell. */
async function overturned(page: Page, annotator: string) {
  const cell = page.getByTestId("annotator-row").filter({ hasText: annotator }).getByTestId("overturned");
  const [, x, n] = (await cell.innerText()).match(/^(\d+) of (\d+)/)!;
  return { overturned: Number(x), decided: Number(n) };
}

test("a reviewer resolves a dispute from the queue and the manager sees the annotators' figures change", async ({ browser }) => {
  const seeded = await seedDispute();

  const managerPage = await (await browser.newContext()).newPage();
  await signIn(managerPage, "manager@example.com");
  await managerPage.goto(`/annotators?project=${seeded.projectId}`);
  await expect(managerPage.getByTestId("percent-agreement")).toContainText("item");
  const adaBefore = await overturned(managerPage, "Ada Annotator");
  const benBefore = await overturned(managerPage, "Ben Annotator");

  const page = await (await browser.newContext()).newPage();
  await signIn(page, "reviewer@example.com");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Review" }).click();
  await expect(page.getByRole("heading", { name: "Review queue" })).toBeVisible();
  await page.getByTestId("reason-DISAGREEMENT").click();
  await expect(page.getByRole("table", { name: "Review queue" })).toContainText(seeded.name);
  await page.getByRole("button", { name: "Start reviewing" }).click();
  await expect(page).toHaveURL(new RegExp(`/review/${seeded.entryId}`));

  await expect(page.getByRole("heading", { name: seeded.name })).toBeVisible();
  const labels = page.getByRole("table", { name: "Annotations" });
  await expect(labels.getByRole("row").filter({ hasText: "Ada Annotator" })).toContainText("visible brush texture");
  await expect(labels.getByRole("row").filter({ hasText: "Ben Annotator" })).toContainText("the hands look odd");
  const image = page.getByRole("img", { name: seeded.name });
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(page.getByTestId("zoom-level")).toHaveText("150%");

  await page.keyboard.press("h"); // the HUMAN class's hotkey picks the final label
  await expect(page.getByRole("group", { name: "Final label" }).getByRole("button", { name: /Human-made/ })).toHaveAttribute("aria-pressed", "true");
  await page.getByLabel("Reason").selectOption("BRUSHWORK");
  await page.getByLabel("Comment (optional)").fill("Impasto ridges under raking light.");
  await page.getByRole("button", { name: "Approve “Human-made”" }).click();
  // On to the next painting, or back to the queue when none is left.
  await expect(page).not.toHaveURL(new RegExp(seeded.entryId));

  const db = createPrismaClient(e2eState().databaseUrl);
  try {
    expect(await db.painting.findUniqueOrThrow({ where: { id: seeded.paintingId } })).toMatchObject({ status: "APPROVED", approvedLabelId: seeded.humanId });
    expect(await db.review.findUniqueOrThrow({ where: { entryId: seeded.entryId } })).toMatchObject({ reasonCode: "BRUSHWORK", comment: "Impasto ridges under raking light." });
  } finally {
    await db.$disconnect();
  }

  await managerPage.reload();
  await expect.poll(() => overturned(managerPage, "Ben Annotator")).toEqual({ overturned: benBefore.overturned + 1, decided: benBefore.decided + 1 });
  expect(await overturned(managerPage, "Ada Annotator")).toEqual({ overturned: adaBefore.overturned, decided: adaBefore.decided + 1 });
});

test("an annotator cannot open the review queue or the annotators page", async ({ page }) => {
  await signIn(page, "annotator@example.com");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Review" })).toHaveCount(0);
  await page.goto("/review");
  await expect(page).toHaveURL(/\/forbidden\?needed=REVIEWER/);
  await page.goto("/annotators");
  await expect(page).toHaveURL(/\/forbidden\?needed=MANAGER/);
});

// An annotator zooms and pans the painting with + - 0, the arrows and the wheel, opens the full
// resolution original, and the labeling keys keep working around it; undo on an emptied queue
// leaves the "nothing left" panel in place with a notice.
import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../../server/db/client";
import { e2eState } from "./helpers/e2e-state";
import { seedProject } from "./helpers/seed-project";
import { signIn } from "./helpers/sign-in";

const db = createPrismaClient(e2eState().databaseUrl);
let seeded: Awaited<ReturnType<typeof seedProject>>;

test.beforeAll(async () => {
  seeded = await seedProject(db, "Zoom e2e", [{ name: "zoom-one.png", width: 1200, height: 900 }, { name: "zoom-two.png" }], { servedInOrderTo: "annotator2@example.com" });
  await db.project.update({ where: { id: seeded.project.id }, data: { labelsPerItem: 1 } });
});
test.afterAll(() => db.$disconnect());

test("zoom and pan by keyboard and wheel while labeling, then undo on an empty queue", async ({ page }) => {
  test.setTimeout(150_000); // a production server on a shared 2-core machine
  await signIn(page, "annotator2@example.com");
  await page.goto(`/label/${seeded.project.id}`);
  const image = page.getByTestId("labeling-image");
  await expect(image).toHaveAttribute("data-painting-id", seeded.ids[0]);
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200);
  const level = page.getByTestId("zoom-level");
  await expect(level).toHaveText("100%");

  await page.keyboard.press("+");
  await expect(level).toHaveText("150%");
  await page.keyboard.press("+");
  await expect(level).toHaveText("225%");
  await page.keyboard.press("-");
  await expect(level).toHaveText("150%");
  const before = await image.evaluate((img) => img.style.transform);
  await page.keyboard.press("ArrowLeft");
  await expect.poll(() => image.evaluate((img) => img.style.transform)).not.toBe(before);
  await page.keyboard.press("0");
  await expect(level).toHaveText("100%");

  // The wheel zooms the picture, not the page.
  await page.getByTestId("zoomable-image").hover();
  await page.mouse.wheel(0, -200);
  await expect(level).toHaveText("120%");
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  // Dragging pans.
  const box = (await page.getByTestId("zoomable-image").boundingBox())!;
  const dragged = await image.evaluate((img) => img.style.transform);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 40, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => image.evaluate((img) => img.style.transform)).not.toBe(dragged);

  // Full resolution on demand: the full-size image the annotator may see, at 100% in a tab of its own.
  const src = await image.getAttribute("src");
  expect(src).toMatch(new RegExp(`^/api/paintings/${seeded.ids[0]}/`));
  await expect(page.getByRole("link", { name: "Full resolution" })).toHaveAttribute("href", src!);
  const full = await page.request.get(src!);
  expect(full.status()).toBe(200);

  // Labeling keys still work while zoomed; the next painting starts fitted.
  await page.keyboard.press("4");
  await expect(page.getByTestId("confidence")).toHaveText("4/5");
  await page.keyboard.press("h");
  await expect(page.getByTestId("labeling-status")).toHaveText("Labeled “Human-made”.");
  await expect(image).toHaveAttribute("data-painting-id", seeded.ids[1]);
  await expect(level).toHaveText("100%");
  await page.keyboard.press("a");
  await expect(page.getByTestId("queue-empty")).toBeVisible();

  // Each painting needed one label, so both are decided: undo is refused with a notice, and the
  // "nothing left" panel stays instead of vanishing behind an error.
  await page.keyboard.press("u");
  await expect(page.getByTestId("labeling-status")).toContainText("can no longer be undone");
  await expect(page.getByTestId("queue-empty")).toBeVisible();
  await expect(page.locator(".error")).toHaveCount(0);
});

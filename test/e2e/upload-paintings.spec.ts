// Journey: an annotator uploads three files (one broken) from the browser, sees a result per file,
// then finds the new paintings in the list and on their detail page, images served through the
// authorized route. Plus the boundaries of that route and the upload endpoint.
import { expect, test } from "@playwright/test";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { patternImage, patternJpeg } from "../unit/images/generate-test-images";
import { signIn } from "./helpers/sign-in";

let dir: string;
const files = () => ["e2e-harbour.jpg", "e2e-orchard.png", "e2e-broken.jpg"].map((name) => path.join(dir, name));

test.beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "provenance-e2e-upload-"));
  const [harbour, orchard, broken] = files();
  fs.writeFileSync(harbour, await patternJpeg(901, 640, 480));
  fs.writeFileSync(orchard, await patternImage({ seed: 902, width: 400, height: 300 }).png().toBuffer());
  const whole = await patternJpeg(903, 640, 480);
  fs.writeFileSync(broken, whole.subarray(0, whole.length >> 1)); // cut off mid-scan
});
test.afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("an annotator uploads three files, one broken, and finds the good ones in the list", async ({ page }) => {
  await signIn(page, "annotator@example.com");
  await page.goto("/projects");
  await page.getByTestId("project-card").filter({ hasText: "Demo: human or AI?" }).getByRole("link", { name: "Upload" }).click();
  await expect(page.getByRole("heading", { name: /Upload paintings to Demo/ })).toBeVisible();
  await expect(page.getByLabel(/Known label/)).toHaveCount(0); // a manager's option

  await page.getByLabel("Choose files").setInputFiles(files());
  const rows = page.getByRole("table", { name: "Uploads" }).getByTestId("upload-row");
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: "e2e-harbour.jpg" }).getByRole("link", { name: "Imported" })).toBeVisible();
  await expect(rows.filter({ hasText: "e2e-orchard.png" }).getByRole("link", { name: "Imported" })).toBeVisible();
  await expect(rows.filter({ hasText: "e2e-broken.jpg" })).toContainText(/Refused: .*\(image\/corrupt\)/);

  // The same file again is recognised, not stored twice.
  await page.getByLabel("Choose files").setInputFiles(files()[0]);
  await expect(rows.nth(3).getByRole("link", { name: "Already in the project" })).toBeVisible();

  await page.getByRole("link", { name: "See the project's paintings" }).click();
  await expect(page).toHaveURL(/\/paintings\?project=/);
  await page.getByLabel("Source").selectOption("UPLOAD");
  // Other journeys add paintings to the demo project too; this one's are told apart by name.
  const cards = page.getByTestId("painting-card").filter({ hasText: /e2e-(harbour|orchard|broken)/ });
  await expect(cards).toHaveCount(2);
  // Uploads run side by side, so either may be the newest.
  await expect(cards.filter({ hasText: "e2e-orchard.png" })).toHaveCount(1);
  const harbour = cards.filter({ hasText: "e2e-harbour.jpg" });
  await expect(harbour).toHaveCount(1);
  const thumbnail = harbour.getByRole("img");
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);

  await harbour.click();
  await expect(page.getByRole("heading", { name: "e2e-harbour.jpg" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Painting details" })).toContainText("640 × 480 px");
  await expect(page.getByRole("table", { name: "Painting details" })).toContainText("hidden until you label it");
  await expect(page.getByTestId("history-event").first()).toContainText("uploaded it as “e2e-harbour.jpg”");
  await expect(page.getByTestId("history-event").first()).toContainText("Ada Annotator");
});

test("images and uploads refuse visitors and cross-site posts", async ({ page, request }) => {
  const thumbnail = await request.get("/api/paintings/anything/thumbnail");
  expect(thumbnail.status()).toBe(401);
  await signIn(page, "reviewer@example.com");
  const missing = await page.request.get("/api/paintings/no-such-painting/original");
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.code).toBe("painting/not_found");
  // A form on another site could post multipart with the cookie, but not set the guard header.
  const projects = await page.request.post("/api/graphql", { data: { query: "{ projects { id } }" } });
  const projectId = (await projects.json()).data.projects[0].id;
  const forged = await page.request.post(`/api/projects/${projectId}/uploads`, {
    multipart: { files: { name: "x.jpg", mimeType: "image/jpeg", buffer: fs.readFileSync(files()[0]) } },
  });
  expect(forged.status()).toBe(403);
  expect((await forged.json()).error.code).toBe("upload/cross_site");
});

// Issue 13, external evaluation sets: a reviewer reads a run's figures on a set from another
// source (13 of 28 right, wrong at 0.86: flagged as not better than chance) on the run page and in
// the compare view; a manager uploads a batch into a new set with its true label and finds the set
// in the project's settings; an annotator is not offered the choice.
import { expect, test } from "@playwright/test";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "../../server/db/client";
import { seedEvaluationSetReport } from "../fixtures/evaluation-set-report";
import { seedFinishedRun } from "../fixtures/finished-run";
import { patternJpeg } from "../unit/images/generate-test-images";
import { addDemoMembers } from "./helpers/demo-members";
import { e2eState } from "./helpers/e2e-state";
import { signIn } from "./helpers/sign-in";

let projectId: string;
let runId: string;
let otherRunId: string;
let dir: string;
const stamp = Date.now().toString(36);

test.beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "provenance-e2e-evalsets-"));
  fs.writeFileSync(path.join(dir, "e2e-dalle.jpg"), await patternJpeg(4242, 320, 240));
  const db = createPrismaClient(e2eState().databaseUrl);
  try {
    const classes = { create: [{ key: "HUMAN", name: "Human-made", hotkey: "h", position: 0 }, { key: "AI", name: "AI-generated", hotkey: "a", position: 1 }] };
    projectId = (await db.project.create({ data: { slug: `external-${stamp}`, name: `External ${stamp}`, labelClasses: classes } })).id;
    await addDemoMembers(db, projectId);
    runId = (await seedFinishedRun(db, { projectId, tag: `e2e-x-${stamp}` })).runId;
    otherRunId = (await seedFinishedRun(db, { projectId, tag: `e2e-y-${stamp}` })).runId;
    await seedEvaluationSetReport(db, { projectId, runId, name: "DALL-E 3 scans" });
  } finally {
    await db.$disconnect();
  }
});
test.afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("a reviewer reads a run's figures on an evaluation set, on its page and beside another run", async ({ page }) => {
  await signIn(page, "reviewer@example.com");
  await page.goto(`/runs/${runId}`);
  const section = page.getByRole("region", { name: "Evaluation set DALL-E 3 scans" });
  await expect(section).toContainText("46.4% (n = 28, 95% CI");
  await expect(section).toContainText("50.0% (always HUMAN)");
  await expect(section.getByTestId("chance-flag")).toBeVisible();
  await expect(section.getByTestId("confidence-when-wrong")).toHaveText("0.86 (15 wrong)");
  await expect(page.getByRole("region", { name: "Run warnings" })).toContainText('On evaluation set "DALL-E 3 scans" (n = 28)');

  await page.goto(`/runs/compare?a=${runId}&b=${otherRunId}`);
  const table = page.getByRole("table", { name: "Evaluation sets" });
  const accuracy = table.getByRole("row", { name: /DALL-E 3 scans: accuracy/ });
  await expect(accuracy.getByRole("cell").nth(0)).toContainText("46.4% (n = 28");
  await expect(accuracy.getByRole("cell").nth(1)).toHaveText("–");
});

test("a manager uploads a batch into a new evaluation set with its true label", async ({ page }) => {
  await signIn(page, "manager@example.com");
  await page.goto(`/projects/${projectId}/upload`);
  await page.getByTestId("evaluation-set-select").selectOption({ label: "A new set…" });
  await page.getByLabel("Name of the new set").fill("Midjourney e2e");
  await expect(page.getByLabel("Choose files")).toBeDisabled(); // no true label yet
  await page.getByLabel(/True label/).selectOption({ label: "AI-generated" });
  await page.getByLabel("Choose files").setInputFiles(path.join(dir, "e2e-dalle.jpg"));
  await expect(page.getByTestId("upload-row").getByRole("link", { name: "Imported" })).toBeVisible();

  await page.goto(`/projects/${projectId}/settings`);
  const row = page.getByTestId("evaluation-set-row").filter({ has: page.getByLabel("Name of evaluation set Midjourney e2e") });
  await expect(row).toContainText("1 paintings (0 HUMAN, 1 AI)");
});

test("an annotator is not offered evaluation sets on the upload page", async ({ page }) => {
  await signIn(page, "annotator@example.com");
  await page.goto(`/projects/${projectId}/upload`);
  await expect(page.getByRole("heading", { name: /Upload paintings to External/ })).toBeVisible();
  await expect(page.getByTestId("evaluation-set-select")).toHaveCount(0);
});

// A manager reads a model-quality report seeded with known figures (confusion counts, epoch
// curves, a short epoch), sends a cell's paintings to review, cancels a queued run and sees a
// clear refusal to train without data; a reviewer reads the same report without any controls.
import { expect, test, type Page } from "@playwright/test";
import { createPrismaClient } from "../../server/db/client";
import { COLLAPSED_TEST, seedFinishedRun } from "../fixtures/finished-run";
import { addDemoMembers } from "./helpers/demo-members";
import { e2eState } from "./helpers/e2e-state";
import { signIn } from "./helpers/sign-in";

let runId: string;
let queuedRunIds: string[];
let projectId: string;
let emptyProjectId: string;
let misclassifiedId: string;
let collapsedRunId: string;
let collapsedProjectId: string;

test.beforeAll(async () => {
  const db = createPrismaClient(e2eState().databaseUrl);
  try {
    const stamp = Date.now().toString(36);
    const classes = { create: [{ key: "HUMAN", name: "Human-made", hotkey: "h", position: 0 }, { key: "AI", name: "AI-generated", hotkey: "a", position: 1 }] };
    // Projects of its own, so no other spec's counts change.
    projectId = (await db.project.create({ data: { slug: `reports-${stamp}`, name: `Reports ${stamp}`, labelClasses: classes } })).id;
    emptyProjectId = (await db.project.create({ data: { slug: `no-data-${stamp}`, name: `No data ${stamp}`, labelClasses: classes } })).id;
    const manager = await db.user.findUniqueOrThrow({ where: { email: "manager@example.com" } });
    const seeded = await seedFinishedRun(db, { projectId, startedById: manager.id, shortEpoch: true, tag: `e2e-${stamp}` });
    runId = seeded.runId;
    misclassifiedId = seeded.paintings.find((p) => p.split === "TEST" && p.actualKey === "HUMAN" && p.predictedKey === "AI")!.id;
    // Two scoring rounds: test accuracy moved from 70% to 8/11.
    const round = { projectId, modelVersionId: seeded.modelVersionId, strategy: "ENTROPY" as const, threshold: 0.35, scored: 31, status: "SUCCEEDED" as const, progress: 1 };
    await db.activeLearningRound.create({ data: { ...round, enqueued: 4, testAccuracy: 0.7, createdAt: new Date(Date.now() - 3_600_000) } });
    await db.activeLearningRound.create({ data: { ...round, enqueued: 2, removed: 1, resolvedSincePrevious: 3, testAccuracy: 8 / 11 } });
    const queued = { projectId, startedById: manager.id, status: "QUEUED" as const, preset: "small", seed: 9, config: { preset: "small", epochs: 5, batchSize: 8, seed: 9 } };
    queuedRunIds = [(await db.trainingRun.create({ data: queued })).id, (await db.trainingRun.create({ data: queued })).id];
    // A run that answered HUMAN for every test painting, in a project of its own.
    collapsedProjectId = (await db.project.create({ data: { slug: `collapsed-${stamp}`, name: `Collapsed ${stamp}`, labelClasses: classes } })).id;
    collapsedRunId = (await seedFinishedRun(db, { projectId: collapsedProjectId, matrices: { TEST: COLLAPSED_TEST }, tag: `e2e-c-${stamp}` })).runId;
    for (const id of [projectId, emptyProjectId, collapsedProjectId]) await addDemoMembers(db, id);
  } finally {
    await db.$disconnect();
  }
});

const matrix = (page: Page) => page.getByRole("table", { name: "Confusion matrix, test split" });

test("a manager reads the report's stored figures and curves", async ({ page }) => {
  await signIn(page, "manager@example.com");
  await page.goto(`/runs/${runId}`);
  await expect(page.getByRole("heading", { name: /Run tiny · seed 7/ })).toBeVisible();

  const warnings = page.getByRole("region", { name: "Run warnings" });
  await expect(warnings).toContainText("epoch/short");
  await expect(warnings).toContainText("Epoch 2 saw 8 samples; the training split has 12.");

  for (const [cell, count, rate] of [["HUMAN-HUMAN", "5", "83.3%"], ["HUMAN-AI", "1", "16.7%"], ["AI-HUMAN", "2", "40.0%"], ["AI-AI", "3", "60.0%"]]) {
    await expect(matrix(page).getByTestId(`cell-${cell}`)).toHaveText(`${count}${rate}`);
  }
  await expect(page.getByRole("definition").filter({ hasText: "72.7%" })).toHaveText("72.7% (n = 11, 95% CI 43.4%–90.3%)"); // 8 of 11 right
  await expect(page.getByTestId("majority-baseline")).toHaveText("54.5% (always HUMAN)"); // 6 of the 11 are HUMAN

  for (const [title, legend] of [["Loss per epoch", "Validation loss"], ["Accuracy per epoch", "Training accuracy"], ["Seconds per epoch", "Wall seconds"], ["Samples per epoch", "Expected (training split)"]]) {
    const figure = page.getByRole("figure", { name: title });
    await expect(figure.locator("svg path.recharts-curve").first()).toBeAttached();
    await expect(figure).toContainText(legend);
    await expect(figure).toContainText("Epoch");
  }
  await expect(page.getByRole("figure", { name: "Loss per epoch" }).locator("path.recharts-line-curve")).toHaveCount(2);
  await expect(page.getByRole("figure", { name: "Samples per epoch" })).toContainText("1 epoch off the expected count");
  const epoch2 = page.getByRole("table", { name: "Epoch metrics" }).getByRole("row").nth(2);
  await expect(epoch2).toHaveText(["2", "0.510", "0.550", "71.0%", "75.0%", "12.1", "8 / 12", "0.99", "0.001"].join(""));
  await expect(page.getByRole("figure", { name: "Reliability diagram" }).locator(".recharts-bar-rectangle").first()).toBeAttached();

  const csv = await page.request.get(`/api/runs/${runId}/report?format=csv`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("confusion,TEST,final,,AI,HUMAN,,count,2");
});

test("a manager sends a confusion cell's paintings to review", async ({ page }) => {
  await signIn(page, "manager@example.com");
  await page.goto(`/runs/${runId}`);
  await matrix(page).getByTestId("cell-HUMAN-AI").getByRole("button").click();
  const panel = page.getByRole("region", { name: "Paintings in the selected cell" });
  await expect(panel).toContainText("actual HUMAN, predicted AI · 1 painting");
  await expect(panel.getByRole("link")).toHaveAttribute("href", `/paintings/${misclassifiedId}`);
  await expect(panel.getByRole("img")).toHaveAttribute("src", `/api/paintings/${misclassifiedId}/thumbnail`);
  await panel.getByRole("button", { name: "Send 1 to review" }).click();
  await expect(panel.getByRole("status")).toHaveText("Sent 1 to review: 1 where the model disagrees with the label, 0 as spot checks.");
  await expect(panel).toContainText("in review");
});

test("a manager cancels a queued run, compares runs and is told why a run cannot start", async ({ page }) => {
  await signIn(page, "manager@example.com");
  await page.goto(`/runs/${queuedRunIds[0]}`);
  await expect(page.getByTestId("run-status").first()).toHaveText("queued");
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Cancel run" }).click();
  await expect(page.getByTestId("run-status").first()).toHaveText("cancelled");

  await page.goto(`/runs/compare?a=${runId}&b=${queuedRunIds[0]}`);
  const diff = page.getByRole("table", { name: "Configuration differences" });
  await expect(diff.getByRole("row", { name: /epochs/ })).toHaveText(/epochs\s*differs\s*3\s*5/);

  await page.goto(`/runs?project=${emptyProjectId}`);
  // No worker runs in these tests: the page says so rather than polling a queue nobody serves.
  await expect(page.getByTestId("no-live-worker")).toContainText("No worker is running");
  const form = page.getByRole("form", { name: "Start a run" });
  await form.getByLabel("Preset").selectOption("full");
  await expect(form.getByTestId("preset-description")).toContainText("224x224");
  await expect(form.getByTestId("preset-unavailable")).toContainText("No worker is running");
  await form.getByRole("button", { name: "Start training" }).click();
  await expect(form.getByRole("alert")).toContainText("Training needs at least 2 approved paintings of every class");
  await page.goto(`/runs?project=${projectId}`);
  await expect(page.getByRole("table", { name: "Training runs" })).toContainText("tiny · seed 7");
  await expect(page.getByTestId("no-live-worker")).toContainText("1 queued run will wait");
  await expect(page.getByRole("table", { name: "Active-learning rounds" })).toContainText("+2.7 pts");
});

test("a reviewer reads the report but gets no manager controls", async ({ page }) => {
  await signIn(page, "reviewer@example.com");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Model" })).toBeVisible();
  await page.goto(`/runs/${queuedRunIds[1]}`);
  await expect(page.getByTestId("run-status").first()).toHaveText("queued");
  await expect(page.getByRole("button", { name: "Cancel run" })).toHaveCount(0);

  await page.goto(`/runs/${runId}`);
  await expect(matrix(page).getByTestId("cell-AI-HUMAN")).toHaveText("240.0%");
  await matrix(page).getByTestId("cell-AI-HUMAN").getByRole("button").click();
  const panel = page.getByRole("region", { name: "Paintings in the selected cell" });
  await expect(panel.getByRole("img")).toHaveCount(2);
  await expect(panel.getByRole("button", { name: /to review/ })).toHaveCount(0);

  await page.goto(`/runs?project=${projectId}`);
  await expect(page.getByRole("table", { name: "Training runs" })).toContainText("tiny · seed 7");
  const newest = page.getByRole("table", { name: "Active-learning rounds" }).getByRole("row").nth(1);
  await expect(newest.getByRole("cell")).toHaveText([/./, "v1", "succeeded", "entropy ≥ 0.35", "31", "2", "1", "3",
    "72.7% (n = 11, 95% CI 43.4%–90.3%)baseline 54.5% (always HUMAN)", "+2.7 pts"]);
  await expect(page.getByRole("form", { name: "Start a run" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Score now" })).toHaveCount(0);
  expect((await page.request.get(`/api/projects/${projectId}/dataset?format=csv`)).status()).toBe(403);
});

test("a run that predicts one class for everything is flagged, its verdict first", async ({ page }) => {
  await signIn(page, "reviewer@example.com");
  await page.goto(`/runs/${collapsedRunId}`);
  const items = page.getByRole("region", { name: "Run warnings" }).getByRole("listitem");
  await expect(items.nth(0)).toContainText("model/not_better_than_chance");
  await expect(items.nth(0)).toContainText("does not clear the majority-class baseline 54.5% (always HUMAN)");
  await expect(items.nth(1)).toContainText("All 11 test predictions are HUMAN");
  await expect(page.getByTestId("majority-baseline")).toHaveText("54.5% (always HUMAN)");
  await expect(page.getByTestId("chance-flag")).toHaveText("Not better than chance · all predicted HUMAN");
  await page.goto(`/runs?project=${collapsedProjectId}`);
  await expect(page.getByTestId("run-test-accuracy")).toHaveText("54.5% (n = 11, 95% CI 28.0%–78.7%)baseline 54.5% (always HUMAN)Not better than chance");
});

test("an annotator cannot open the model pages", async ({ page }) => {
  await signIn(page, "annotator@example.com");
  await page.goto(`/runs/${runId}`);
  await expect(page).toHaveURL(/\/forbidden\?needed=REVIEWER/);
});

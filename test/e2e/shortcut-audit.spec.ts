// A manager finds a shortcut in a run's data: the dataset/shortcut warning and the audit's
// per-class table come before every other figure, the runs list flags the run, and the project
// setting that normalises training copies is turned on from the settings page. The accuracy
// curve carries its majority-class baseline.
import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../../server/db/client";
import { auditShortcuts, type SnapshotShortcutAudit } from "../../core/metrics/shortcut-audit";
import type { FileFeatures } from "../../core/metrics/shortcut-features";
import { seedFinishedRun } from "../fixtures/finished-run";
import { addDemoMembers } from "./helpers/demo-members";
import { e2eState } from "./helpers/e2e-state";
import { signIn } from "./helpers/sign-in";

let projectId: string;
let runId: string;

// Human uploads 224 px PNGs, AI ones 160 px JPEGs at quality 70: the audit's textbook case.
const file = (label: number, i: number): FileFeatures => ({
  width: label ? 160 : 224, height: label ? 160 : 224, format: label ? "jpeg" : "png", byteSize: 20_000 + i * 53, jpegQuality: label ? 70 : null,
  colourMode: "srgb", exif: false, icc: false, xmp: false, iptc: false, text: false,
});

test.beforeAll(async () => {
  const db = createPrismaClient(e2eState().databaseUrl);
  try {
    const stamp = Date.now().toString(36);
    const classes = { create: [{ key: "HUMAN", name: "Human-made", hotkey: "h", position: 0 }, { key: "AI", name: "AI-generated", hotkey: "a", position: 1 }] };
    projectId = (await db.project.create({ data: { slug: `shortcut-${stamp}`, name: `Shortcut ${stamp}`, labelClasses: classes } })).id;
    await addDemoMembers(db, projectId);
    const seeded = await seedFinishedRun(db, { projectId, tag: `e2e-s-${stamp}` });
    runId = seeded.runId;
    const items = Array.from({ length: 30 }, (_, i) => ({ features: file(i % 2, i), label: i % 2, group: `g${i}` }));
    const audit: SnapshotShortcutAudit = { originals: auditShortcuts({ items, classKeys: ["HUMAN", "AI"], basis: "originals" }), normalised: null, normalisedSide: null, unreadable: 0 };
    await db.datasetSnapshot.update({ where: { id: seeded.snapshotId }, data: { shortcutAudit: audit } });
  } finally {
    await db.$disconnect();
  }
});

test("a manager sees the shortcut first on the run page, in the runs list, and turns on normalised copies", async ({ page }) => {
  await signIn(page, "manager@example.com");
  await page.goto(`/runs/${runId}`);
  const warnings = page.getByRole("region", { name: "Run warnings" });
  await expect(warnings.getByRole("listitem").first()).toContainText("dataset/shortcut");
  await expect(warnings.getByRole("listitem").first()).toContainText("ROC AUC 1.00");

  // The audit's evidence sits above the run's own header and every figure.
  const audit = page.getByRole("region", { name: "Shortcut audit" });
  await expect(audit).toContainText("Giveaways:");
  const above = await audit.evaluate((section) => {
    const header = [...document.querySelectorAll("h1")].find((h) => /Run tiny/.test(h.textContent ?? ""));
    return Boolean(header && section.compareDocumentPosition(header) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(above).toBe(true);
  const table = audit.getByRole("table", { name: "Uploads per class" });
  await expect(table.getByRole("row", { name: /^Format/ })).toContainText("png 15");
  await expect(table.getByRole("row", { name: /^Format/ })).toContainText("jpeg 15");
  await expect(table.getByRole("row", { name: /^Format/ })).toContainText("gives the class away");
  await expect(table.getByRole("row", { name: /^JPEG quality/ })).toContainText("70");

  // Issue 13 part 5: the per-epoch accuracy is drawn against the validation split's baseline.
  await expect(page.getByRole("figure", { name: "Accuracy per epoch" })).toContainText("Validation majority-class baseline");

  await page.goto(`/runs?project=${projectId}`);
  await expect(page.getByTestId("shortcut-flag")).toHaveText("Shortcut in the data");

  await page.goto(`/projects/${projectId}/settings`);
  const normalise = page.getByRole("form", { name: "Project settings" }).getByLabel("Normalise training copies", { exact: true });
  await expect(normalise).not.toBeChecked();
  await normalise.check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByTestId("settings-status")).toHaveText(/^Saved/);
  await page.reload();
  await expect(page.getByRole("form", { name: "Project settings" }).getByLabel("Normalise training copies", { exact: true })).toBeChecked();
});

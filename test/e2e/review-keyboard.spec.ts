// A reviewer decides from the keyboard: digits pick the reason, a class's key approves that
// label, R sends back; a legend says so. Priorities that differ only in the third decimal are
// told apart, and an empty queue says why (entries claimed by others).
import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../../server/db/client";
import { reviewPriority } from "../../server/services/review-queue/review-priorities";
import { e2eState } from "./helpers/e2e-state";
import { seedProject } from "./helpers/seed-project";
import { signIn } from "./helpers/sign-in";

const db = createPrismaClient(e2eState().databaseUrl);
let seeded: Awaited<ReturnType<typeof seedProject>>;
const entryIds: string[] = [];

test.beforeAll(async () => {
  seeded = await seedProject(db, "Review keys e2e", [{ name: "dispute-a.png" }, { name: "dispute-b.png" }, { name: "held-elsewhere.png" }]);
  const [ada, ben, manager] = await Promise.all(["annotator@example.com", "annotator2@example.com", "manager@example.com"].map((email) => db.user.findUniqueOrThrow({ where: { email } })));
  for (const [i, paintingId] of seeded.ids.entries()) {
    await db.painting.update({ where: { id: paintingId }, data: { status: "DISPUTED" } });
    await db.annotation.createMany({ data: [
      { paintingId, annotatorId: ada.id, labelClassId: seeded.classId("HUMAN"), confidence: 4 },
      { paintingId, annotatorId: ben.id, labelClassId: seeded.classId("AI"), confidence: 2 },
    ] });
    // 31.000, 30.999, 30.998: two decimals would print 31.00 for all three.
    const held = i === 2 ? { claimedById: manager.id, claimExpiresAt: new Date(Date.now() + 600_000) } : {};
    const entry = await db.reviewQueueEntry.create({
      data: { projectId: seeded.project.id, paintingId, reason: "DISAGREEMENT", priority: reviewPriority("DISAGREEMENT", 1) - i / 1000, ...held },
    });
    entryIds.push(entry.id);
  }
});
test.afterAll(() => db.$disconnect());

test("a reviewer approves and sends back by keyboard, then sees why the queue is empty", async ({ page }) => {
  test.setTimeout(150_000);
  await signIn(page, "reviewer@example.com");
  await page.goto(`/review?project=${seeded.project.id}`);
  const queue = page.getByRole("table", { name: "Review queue" });
  await expect(queue.getByRole("row")).toHaveCount(4);
  await expect(queue.getByRole("row").nth(1)).toContainText("31.000");
  await expect(queue.getByRole("row").nth(2)).toContainText("30.999");
  await expect(page.getByTestId("review-empty")).toHaveCount(0);
  await page.getByRole("button", { name: "Start reviewing" }).click();
  await expect(page).toHaveURL(new RegExp(`/review/${entryIds[0]}`));

  const legend = page.getByRole("group", { name: "Review keyboard shortcuts" });
  await expect(legend).toContainText("1 Artifacts (hands, text)");
  await expect(legend).toContainText("H approves Human-made");
  await expect(legend).toContainText("R sends back for relabeling");

  // A label key before any reason only picks the label.
  await page.keyboard.press("h");
  await expect(page.getByRole("group", { name: "Final label" }).getByRole("button", { name: /Human-made/ })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("decision-hint")).toContainText("pick a reason");
  await page.keyboard.press("2");
  await expect(page.getByLabel("Reason")).toHaveValue("BRUSHWORK");
  await page.keyboard.press("h");
  await expect(page).toHaveURL(new RegExp(`/review/${entryIds[1]}`));
  expect(await db.review.findUniqueOrThrow({ where: { entryId: entryIds[0] } })).toMatchObject({ decision: "APPROVE", finalLabelId: seeded.classId("HUMAN"), reasonCode: "BRUSHWORK" });

  // The URL changes before the next entry's form (and its key handler) is on screen: wait for it,
  // starting with no reason chosen, or the key press lands on the old page.
  await expect(page.getByLabel("Reason")).toHaveValue("");
  await expect(page.getByRole("group", { name: "Review keyboard shortcuts" })).toBeVisible();
  await page.keyboard.press("r");
  await expect(page.getByTestId("decision-hint")).toContainText("Pick a reason");
  await page.keyboard.press("5");
  await expect(page.getByLabel("Reason")).toHaveValue("ANNOTATOR_ERROR");
  await page.keyboard.press("r");
  await expect(page).toHaveURL(/\/review\?project=/);
  expect(await db.review.findUniqueOrThrow({ where: { entryId: entryIds[1] } })).toMatchObject({ decision: "RELABEL", finalLabelId: null, reasonCode: "ANNOTATOR_ERROR" });

  const empty = page.getByTestId("review-empty");
  await expect(empty).toContainText("Nothing to review in Review keys e2e — 1 entry claimed by others");
});

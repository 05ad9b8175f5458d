// Project membership from the UI: a new project is invisible to an annotator until a manager adds
// them on its Members page; then they label in it. The Users page lists each person's projects,
// and a removal takes the project away again.
import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../../server/db/client";
import { e2eState } from "./helpers/e2e-state";
import { seedProject } from "./helpers/seed-project";
import { signIn } from "./helpers/sign-in";

const db = createPrismaClient(e2eState().databaseUrl);
const NAME = `Members only ${Date.now().toString(36)}`;
let seeded: Awaited<ReturnType<typeof seedProject>>;

test.beforeAll(async () => {
  seeded = await seedProject(db, NAME, [{ name: "members-one.png" }], { members: "none" });
});
test.afterAll(() => db.$disconnect());

test("a manager adds an annotator to a new project, who then labels in it", async ({ browser }) => {
  test.setTimeout(240_000); // two people's sessions on a production server on a shared 2-core machine
  const annotator = await (await browser.newContext()).newPage();
  await signIn(annotator, "annotator2@example.com");
  await annotator.goto("/projects");
  await expect(annotator.getByTestId("project-card").first()).toBeVisible();
  await expect(annotator.getByTestId("project-card").filter({ hasText: NAME })).toHaveCount(0);
  await annotator.goto(`/label/${seeded.project.id}`);
  await expect(annotator.locator(".error")).toContainText("not a member of this project");
  await expect(annotator.getByTestId("labeling-image")).toHaveCount(0);
  const image = await annotator.request.get(`/api/paintings/${seeded.ids[0]}/thumbnail`);
  expect(image.status()).toBe(403);

  const manager = await (await browser.newContext()).newPage();
  await signIn(manager, "manager@example.com");
  await manager.goto("/projects");
  await manager.getByRole("link", { name: `Members of ${NAME}` }).click();
  await expect(manager.getByRole("heading", { name: `Members of ${NAME}` })).toBeVisible();
  await expect(manager.getByRole("status")).toContainText("No members yet");
  const form = manager.getByRole("form", { name: "Add a member" });
  await form.getByLabel("Person").selectOption({ label: "Ben Annotator (annotator2@example.com, annotator)" });
  await form.getByRole("button", { name: "Add member" }).click();
  const members = manager.getByRole("table", { name: "Members" });
  await expect(members.getByRole("row").filter({ hasText: "annotator2@example.com" })).toContainText("by Max Manager");

  await manager.goto("/users");
  await expect(manager.getByTestId("projects of annotator2@example.com")).toContainText(NAME);
  await expect(manager.getByTestId("projects of annotator@example.com")).not.toContainText(NAME);
  await expect(manager.getByTestId("projects of manager@example.com")).toHaveText("every project");

  await annotator.goto("/projects");
  await expect(annotator.getByTestId("project-card").filter({ hasText: NAME })).toHaveCount(1);
  await annotator.goto(`/label/${seeded.project.id}`);
  await expect(annotator.getByTestId("labeling-image")).toHaveAttribute("data-painting-id", seeded.ids[0]!);
  await annotator.keyboard.press("h");
  await expect(annotator.getByTestId("labeling-status")).toHaveText("Labeled “Human-made”.");
  const ben = await db.user.findUniqueOrThrow({ where: { email: "annotator2@example.com" } });
  expect(await db.annotation.count({ where: { paintingId: seeded.ids[0], annotatorId: ben.id } })).toBe(1);

  // Taken off the project, the annotator no longer sees it.
  await manager.goto(`/projects/${seeded.project.id}/members`);
  await manager.getByRole("button", { name: "Remove annotator2@example.com" }).click();
  await expect(manager.getByRole("status")).toContainText("No members yet");
  await annotator.goto("/projects");
  await expect(annotator.getByTestId("project-card").first()).toBeVisible();
  await expect(annotator.getByTestId("project-card").filter({ hasText: NAME })).toHaveCount(0);
});

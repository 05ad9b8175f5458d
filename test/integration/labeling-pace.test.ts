// An annotator's own labels per hour on the labeling page: a number only with 20 labels and 10
// minutes of labeling time behind it, counted in this project only.
import { beforeAll, describe, expect, it } from "vitest";
import { resetDatabase, testDb } from "./helpers/database";
import { asViewer, execute } from "./helpers/graphql";
import { annotators, labelingProject, seedPaintings } from "./helpers/labeling-scenario";
import { addEveryWorker } from "./helpers/project-members";

const db = testDb();
beforeAll(() => resetDatabase());

const PACE = `query($projectId: ID!) { myLabelingPace(projectId: $projectId) { labels activeMinutes labelsPerHour } }`;
type Pace = { myLabelingPace: { labels: number; activeMinutes: number; labelsPerHour: number | null } };

async function labelsAt(projectId: string, annotatorId: string, labelClassId: string, count: number, gapMs: number) {
  const paintings = await seedPaintings(db, projectId, count);
  const start = Date.UTC(2026, 10, 30, 9, 0);
  await db.annotation.createMany({
    data: paintings.map((paintingId, i) => ({ paintingId, annotatorId, labelClassId, createdAt: new Date(start + i * gapMs) })),
  });
}

describe("myLabelingPace", () => {
  it("gives a rate from 20 labels and 10 minutes, and 'too few' below, per project", async () => {
    const project = await labelingProject(db);
    const other = await labelingProject(db);
    const [steady, quick] = await annotators(db, 2);
    for (const { id } of [project, other]) await addEveryWorker(db, id);
    await labelsAt(project.id, steady.id, project.humanId, 21, 60_000); // 20 gaps of a minute
    await labelsAt(project.id, quick.id, project.aiId, 28, 15_000 / 27); // 28 labels in 15 s
    await labelsAt(other.id, steady.id, other.humanId, 5, 1_000);

    const mine = await execute<Pace>(asViewer(steady), PACE, { projectId: project.id });
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.myLabelingPace).toEqual({ labels: 21, activeMinutes: 20, labelsPerHour: 60 });
    const fast = await execute<Pace>(asViewer(quick), PACE, { projectId: project.id });
    expect(fast.data!.myLabelingPace.labels).toBe(28);
    expect(fast.data!.myLabelingPace.labelsPerHour).toBeNull();
  });
});

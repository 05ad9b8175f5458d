import { describe, expect, it } from "vitest";
import type { LabelingTaskFieldsFragment } from "@/app/graphql/generated";
import { optimisticNext } from "@/app/label/[projectId]/optimistic-next";

const painting = (id: string) => ({ id, imageUrl: `/api/paintings/${id}/large`, width: 320, height: 240, originalName: `${id}.png` });
const task = (upcoming: ReturnType<typeof painting> | null): LabelingTaskFieldsFragment => ({
  painting: painting("first"),
  claimExpiresAt: "2026-12-02T01:00:00.000Z",
  labelClasses: [{ id: "c1", key: "HUMAN", name: "Human-made", hotkey: "h", color: "#2f7", position: 0 }],
  suggestion: { labelKey: "AI", label: { name: "AI-generated", color: "#f72" }, confidence: 0.9, modelVersion: 3 },
  upcomingImageUrl: upcoming ? upcoming.imageUrl : null,
  upcomingPainting: upcoming,
  progress: { labeledByMe: 4, remaining: 7 },
});

describe("optimisticNext (the painting shown before the server confirms a label)", () => {
  it("shows the painting claimed next, without the previous painting's suggestion, one label further", () => {
    expect(optimisticNext(task(painting("second")))).toEqual({
      ...task(painting("second")),
      painting: painting("second"),
      suggestion: null,
      upcomingImageUrl: null,
      upcomingPainting: null,
      progress: { labeledByMe: 5, remaining: 6 },
    });
  });

  it("has nothing to show when no painting was claimed next, and never counts below zero", () => {
    expect(optimisticNext(task(null))).toBeNull();
    const last = { ...task(painting("second")), progress: { labeledByMe: 9, remaining: 0 } };
    expect(optimisticNext(last)?.progress).toEqual({ labeledByMe: 10, remaining: 0 });
  });
});

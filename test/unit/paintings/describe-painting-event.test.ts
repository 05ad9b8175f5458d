import { describe, expect, it } from "vitest";
import { describeAudit, describeLabel, describeReview, describeUpload } from "@/server/services/paintings/describe-painting-event";

const names: Record<string, string> = { h1: "Human-made", a1: "AI-generated" };
const labelName = (id: string | null) => (id && names[id]) || "a removed class";

describe("painting history in words", () => {
  it("says who labeled what, how sure, and in which later round", () => {
    expect(describeLabel({ actor: "Ada", label: "AI-generated", confidence: 4, round: 0 })).toBe("Ada labeled it AI-generated (confidence 4)");
    expect(describeLabel({ actor: "Bo", label: "Human-made", confidence: null, round: 1 })).toBe("Bo labeled it Human-made in round 2");
  });

  it("says what a reviewer decided and why", () => {
    expect(describeReview({ actor: "Bo", decision: "APPROVE", label: "Human-made", reasonCode: "BRUSHWORK" })).toBe("Bo approved Human-made: reason brushwork");
    expect(describeReview({ actor: "Bo", decision: "RELABEL", label: null, reasonCode: "ANNOTATOR_ERROR" })).toBe("Bo sent it back for relabeling: reason annotator error");
  });

  it("names classes instead of showing ids, and leaves out what a REVIEWED event already says", () => {
    const approve = describeAudit({ actor: "Ada", action: "painting.approve", data: { approvedLabelId: "h1", labels: 2, round: 0 }, labelName });
    expect(approve).toBe("Approved as Human-made by consensus of 2 matching labels");
    const dispute = describeAudit({ actor: "Ada", action: "painting.dispute", data: { round: 1, entryId: "e9", labelClassIds: ["h1", "a1"] }, labelName });
    expect(dispute).toBe("Labels disagreed (Human-made vs AI-generated) in round 2; sent to review");
    expect(describeAudit({ actor: "Max", action: "painting.gold_label_change", data: { from: "h1", to: "a1" }, labelName }))
      .toBe("Max corrected the gold answer from Human-made to AI-generated");
    expect(describeAudit({ actor: "Bo", action: "review.resolve", data: { entryId: "e9" }, labelName })).toBeNull();
    expect(describeAudit({ actor: null, action: "painting.something_new", data: { id: "x" }, labelName })).toBe("The system: painting something new");
  });

  it("mentions the file name only when the viewer may see it", () => {
    expect(describeUpload({ actor: "Max", source: "UPLOAD", fileName: "scan-01.jpg" })).toBe("Max uploaded it as “scan-01.jpg”");
    expect(describeUpload({ actor: null, source: "IMPORT", fileName: null })).toBe("Imported from the command line");
  });
});

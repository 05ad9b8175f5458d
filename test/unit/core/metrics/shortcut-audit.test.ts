import { describe, expect, it } from "vitest";
import { seededRandom } from "@/core/random/seeded-random";
import { auditShortcuts, type AuditItem } from "@/core/metrics/shortcut-audit";
import type { FileFeatures } from "@/core/metrics/shortcut-features";
import { shortcutWarnings } from "@/core/warnings/shortcut-warnings";

const file = (overrides: Partial<FileFeatures>): FileFeatures => ({
  width: 512, height: 512, format: "jpeg", byteSize: 50_000, jpegQuality: 90, colourMode: "srgb",
  exif: false, icc: false, xmp: false, iptc: false, text: false, ...overrides,
});

// Human: 224 px PNGs; AI: 160 px JPEGs at quality 70. Byte sizes overlap, as real ones do.
function collectedApart(n: number): AuditItem[] {
  const random = seededRandom(4);
  return Array.from({ length: n }, (_, i) => {
    const label = i % 2;
    const byteSize = 20_000 + Math.round(random() * 40_000);
    const features = label === 0
      ? file({ width: 224, height: 224, format: "png", jpegQuality: null, byteSize })
      : file({ width: 160, height: 160, format: "jpeg", jpegQuality: 70, byteSize });
    return { features, label, group: `g${i}` };
  });
}

// Both classes drawn from the same mix of files.
function collectedAlike(n: number): AuditItem[] {
  const random = seededRandom(5);
  return Array.from({ length: n }, (_, i) => {
    const png = random() < 0.5;
    const side = [256, 512, 1024][Math.floor(random() * 3)]!;
    const features = file({
      width: side, height: Math.round(side * (0.7 + random() * 0.6)), format: png ? "png" : "jpeg",
      jpegQuality: png ? null : 60 + Math.floor(random() * 40), byteSize: 10_000 + Math.round(random() * 90_000), exif: random() < 0.3,
    });
    return { features, label: i % 2, group: `g${i}` };
  });
}

describe("auditShortcuts", () => {
  it("warns when the classes were collected apart, naming the features that give them away", () => {
    const audit = auditShortcuts({ items: collectedApart(60), classKeys: ["HUMAN", "AI"], basis: "originals" });
    expect(audit.warns).toBe(true);
    expect(audit.classifier!.auc).toBeGreaterThanOrEqual(0.95);
    expect(audit.flaggedFeatures).toEqual(expect.arrayContaining(["width", "height", "format", "jpegQuality"]));
    expect(audit.flaggedFeatures).not.toContain("byteSize");
    expect(audit.flaggedFeatures).not.toContain("exif");
    const human = audit.classes.find((c) => c.classKey === "HUMAN")!;
    expect(human.count).toBe(30);
    expect(human.numeric.find((s) => s.feature === "width")).toMatchObject({ min: 224, median: 224, max: 224 });
    expect(human.numeric.find((s) => s.feature === "jpegQuality")).toBeUndefined();
    expect(human.categories).toContainEqual({ feature: "format", value: "png", count: 30 });
    const ai = audit.classes.find((c) => c.classKey === "AI")!;
    expect(ai.numeric.find((s) => s.feature === "jpegQuality")).toMatchObject({ count: 30, median: 70 });
  });

  it("does not warn when both classes come from the same mix of files", () => {
    const audit = auditShortcuts({ items: collectedAlike(200), classKeys: ["HUMAN", "AI"], basis: "originals" });
    expect(audit.classifier!.auc).toBeLessThan(0.75);
    expect(audit.warns).toBe(false);
    expect(audit.flaggedFeatures).toEqual([]);
    expect(shortcutWarnings(audit)).toEqual([]);
  });

  it("reports distributions but no classifier for a single class or too few paintings", () => {
    const oneClass = auditShortcuts({ items: collectedApart(10).map((item) => ({ ...item, label: 0 })), classKeys: ["HUMAN", "AI"], basis: "originals" });
    expect(oneClass.classifier).toBeNull();
    expect(oneClass.warns).toBe(false);
    expect(oneClass.classes[0]!.count).toBe(10);
    const tiny = auditShortcuts({ items: collectedApart(3), classKeys: ["HUMAN", "AI"], basis: "originals" });
    expect(tiny.classifier).toBeNull();
    expect(tiny.note).toMatch(/too few/i);
  });
});

describe("auditShortcuts on normalised copies", () => {
  it("leaves the copies' byte size out of the classifier and reports it as what normalising cannot remove", () => {
    // Same side, format and quality for both classes; AI copies compress smaller (less detail).
    const items = Array.from({ length: 40 }, (_, i): AuditItem => ({
      features: file({ width: 160, height: 160, format: "jpeg", jpegQuality: 90, byteSize: i % 2 ? 4_000 + i : 9_000 + i }),
      label: i % 2, group: `g${i}`,
    }));
    const audit = auditShortcuts({ items, classKeys: ["HUMAN", "AI"], basis: "normalised" });
    expect(audit.warns).toBe(false);
    expect(audit.classifier!.auc).toBe(0.5);
    expect(audit.features.map((f) => f.feature)).not.toContain("byteSize");
    expect(audit.residual![0]).toMatchObject({ auc: 1, flagged: true });
    const warnings = shortcutWarnings(audit);
    expect(warnings.map((w) => w.code)).toEqual(["dataset/shortcut_residual"]);
    expect(warnings[0]!.message).toMatch(/no resampling restores/);
  });

  it("has no residual for originals, where byte size is part of the file audit", () => {
    expect(auditShortcuts({ items: collectedApart(20), classKeys: ["HUMAN", "AI"], basis: "originals" }).residual).toBeNull();
  });
});

describe("shortcutWarnings", () => {
  it("gives dataset/shortcut with the AUC, its interval and the giveaways", () => {
    const [warning, ...rest] = shortcutWarnings(auditShortcuts({ items: collectedApart(60), classKeys: ["HUMAN", "AI"], basis: "originals" }));
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ code: "dataset/shortcut", severity: "error" });
    expect(warning!.message).toMatch(/ROC AUC 1\.00 \(95% CI \d\.\d\d–1\.00, 5-fold, n = 60/);
    expect(warning!.message).toMatch(/format \(AUC 1\.00\)/);
    expect(warning!.message).toMatch(/normalised training copies/);
  });
});

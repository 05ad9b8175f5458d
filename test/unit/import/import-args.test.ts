import { describe, expect, it } from "vitest";
import { inferLabel, isIgnoredPath } from "@/scripts/lib/import/infer-label";
import { parseImportArgs } from "@/scripts/lib/import/parse-import-args";

describe("parseImportArgs", () => {
  it("reads the path and options in any order, with or without =", () => {
    expect(parseImportArgs(["./scans", "--label", "human", "--project=demo", "--gold"])).toEqual({ path: "./scans", label: "HUMAN", project: "demo", gold: true, evaluationSet: null });
    expect(parseImportArgs(["--project", "p1", "a.zip"])).toEqual({ path: "a.zip", label: null, project: "p1", gold: false, evaluationSet: null });
    expect(parseImportArgs(["--help"])).toEqual({ help: true });
  });

  it("refuses a missing path, a second path, a flag without value and unknown flags", () => {
    expect(() => parseImportArgs([])).toThrow(/Name a folder/);
    expect(() => parseImportArgs(["a", "b"])).toThrow(/Only one folder/);
    expect(() => parseImportArgs(["a", "--label"])).toThrow(/--label needs a value/);
    expect(() => parseImportArgs(["a", "--label", "--gold"])).toThrow(/--label needs a value/);
    expect(() => parseImportArgs(["a", "--force"])).toThrow(/Unknown option --force/);
  });

  it("takes --evaluation-set with a name, never together with --gold", () => {
    expect(parseImportArgs(["dalle3", "--evaluation-set", " DALL-E 3 ", "--label=ai"]))
      .toEqual({ path: "dalle3", label: "AI", project: null, gold: false, evaluationSet: "DALL-E 3" });
    expect(() => parseImportArgs(["a", "--evaluation-set"])).toThrow(/--evaluation-set needs a value/);
    expect(() => parseImportArgs(["a", "--evaluation-set="])).toThrow(/--evaluation-set needs a name/);
    expect(() => parseImportArgs(["a", "--evaluation-set", "x", "--gold"])).toThrow(/--gold and --evaluation-set exclude each other/);
  });
});

describe("inferLabel", () => {
  it("takes the deepest human/ or ai/ folder, in any case", () => {
    expect(inferLabel("human/a.jpg")).toBe("HUMAN");
    expect(inferLabel("batch/AI/x/b.png")).toBe("AI");
    expect(inferLabel("ai/rejected/Human/c.jpg")).toBe("HUMAN");
  });

  it("ignores the file name and look-alike folders", () => {
    expect(inferLabel("human.jpg")).toBeNull();
    expect(inferLabel("misc/ai.png")).toBeNull();
    expect(inferLabel("humans/aig/d.jpg")).toBeNull();
  });
});

describe("isIgnoredPath", () => {
  it("skips folder entries, __MACOSX and hidden files", () => {
    expect(isIgnoredPath("human/")).toBe(true);
    expect(isIgnoredPath("__MACOSX/human/._a.jpg")).toBe(true);
    expect(isIgnoredPath("ai/.DS_Store")).toBe(true);
    expect(isIgnoredPath(".git/config")).toBe(true);
    expect(isIgnoredPath("ai/a.jpg")).toBe(false);
  });
});

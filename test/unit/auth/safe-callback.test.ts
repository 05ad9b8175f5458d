import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/server/auth/safe-callback";

describe("where sign-in sends people next", () => {
  it("refuses paths that browsers read as another host", () => {
    for (const hostile of [
      "/\\evil.example/x", "/\t/evil.example", "/\\\\evil.example", "//evil.example", "/.//evil.example",
      "https://evil.example/", "javascript:alert(1)", " //evil.example", "\\\\evil.example",
      "/\n/evil.example", "http:/evil.example",
    ]) {
      expect(safeCallbackPath(hostile), JSON.stringify(hostile)).toBe("/");
    }
  });

  it("keeps same-origin paths with their query and fragment", () => {
    expect(safeCallbackPath("/label/abc?x=1#top")).toBe("/label/abc?x=1#top");
    expect(safeCallbackPath("/runs")).toBe("/runs");
    expect(safeCallbackPath("/%5Cstays-here")).toBe("/%5Cstays-here"); // still encoded: a path here
    expect(safeCallbackPath(undefined)).toBe("/");
    expect(safeCallbackPath("")).toBe("/");
  });
});

import { describe, expect, it } from "vitest";
import { cleanOriginalName } from "@/server/services/paintings/clean-original-name";
import { decodePaintingCursor, encodePaintingCursor } from "@/server/services/paintings/painting-cursor";

describe("painting cursors", () => {
  it("round-trip createdAt to the millisecond and the id", () => {
    const cursor = { createdAt: new Date("2026-03-04T05:06:07.089Z"), id: "cmx1abc" };
    expect(decodePaintingCursor(encodePaintingCursor(cursor))).toEqual(cursor);
  });

  it("refuse garbage with BAD_USER_INPUT", () => {
    for (const bad of ["", "nonsense", Buffer.from("2026-01-01T00:00:00Z|x' OR 1=1").toString("base64url"), Buffer.from("yesterday|abc").toString("base64url")]) {
      expect(() => decodePaintingCursor(bad)).toThrow(expect.objectContaining({ code: "BAD_USER_INPUT" }));
    }
  });
});

describe("cleanOriginalName", () => {
  it("drops control characters, normalises backslashes and keeps the end of long names", () => {
    expect(cleanOriginalName("scan\u0000\u001b[31m.jpg")).toBe("scan[31m.jpg");
    expect(cleanOriginalName("C:\\photos\\a.jpg")).toBe("C:/photos/a.jpg");
    expect(cleanOriginalName("   ")).toBe("unnamed");
    const long = cleanOriginalName(`${"x".repeat(400)}/final.jpg`);
    expect(long).toHaveLength(255);
    expect(long.endsWith("/final.jpg")).toBe(true);
  });
});

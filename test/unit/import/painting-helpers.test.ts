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
  it("drops control characters, keeps only the base file name and keeps the end of long names", () => {
    expect(cleanOriginalName("scan\u0000\u001b[31m.jpg")).toBe("scan[31m.jpg");
    expect(cleanOriginalName("C:\\photos\\a.jpg")).toBe("a.jpg");
    expect(cleanOriginalName("human/deep/b.png")).toBe("b.png");
    expect(cleanOriginalName("ai/")).toBe("ai");
    expect(cleanOriginalName("   ")).toBe("unnamed");
    const long = cleanOriginalName(`folder/${"x".repeat(400)}final.jpg`);
    expect(long).toHaveLength(255);
    expect(long.endsWith("final.jpg")).toBe(true);
  });

  it("drops bidirectional formatting characters such as U+202E", () => {
    expect(cleanOriginalName("evil\u202egpj.png")).toBe("evilgpj.png");
    expect(cleanOriginalName("\u2066a\u2069\u200e\u200f\u061c\u202a.jpg")).toBe("a.jpg");
  });
});

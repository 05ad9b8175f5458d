import { describe, expect, it } from "vitest";
import { csvField, csvRow, toCsv } from "@/server/http/csv";

describe("CSV fields", () => {
  it("writes plain text, numbers and empties as they are", () => {
    expect(csvField("HUMAN")).toBe("HUMAN");
    expect(csvField(0.125)).toBe("0.125");
    expect(csvField(-3)).toBe("-3"); // a number, not text a spreadsheet would run
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(Number.NaN)).toBe("");
    expect(csvField(true)).toBe("true");
    expect(csvField(new Date("2026-01-02T03:04:05Z"))).toBe("2026-01-02T03:04:05.000Z");
  });

  it("quotes commas, quotes, line breaks and edge spaces, doubling inner quotes (RFC 4180)", () => {
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('the "Mona" Lisa')).toBe('"the ""Mona"" Lisa"');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField("cr\rlf")).toBe('"cr\rlf"');
    expect(csvField(" padded ")).toBe('" padded "');
  });

  it("neutralises text a spreadsheet would treat as a formula", () => {
    expect(csvField("=HYPERLINK(\"http://evil\")")).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvField("+1+2")).toBe("'+1+2");
    expect(csvField("-2+3")).toBe("'-2+3");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\t=1")).toBe("'\t=1");
    expect(csvField("\r=1")).toBe(`"'\r=1"`);
    expect(csvField("a=b")).toBe("a=b"); // only a leading trigger matters
  });
});

describe("CSV rows", () => {
  it("ends every row with CRLF", () => {
    expect(csvRow(["a", 1, null, "b,c"])).toBe('a,1,,"b,c"\r\n');
    expect(toCsv(["x", "y"], [[1, "=2"], ["z", null]])).toBe("x,y\r\n1,'=2\r\nz,\r\n");
  });
});

import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/lib/export/csv";

describe("CSV export", () => {
  it("quotes separators and defuses formulas", () => {
    expect(csvCell("Lubuk Pakam I,II")).toBe('"Lubuk Pakam I,II"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell("-1+2")).toBe("'-1+2");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(null)).toBe("");
  });

  it("starts with a BOM and ends rows with CRLF", () => {
    expect(toCsv(["a", "b"], [[1, "x"]])).toBe("\uFEFFa,b\r\n1,x\r\n");
  });
});

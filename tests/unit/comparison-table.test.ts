import { describe, expect, it } from "vitest";
import { arrangeRows, againstAverage, parseComparisonView, type ComparisonRow } from "@/lib/comparison/table";
import { tileLayout } from "@/lib/comparison/tile-layout";
import { emptyFacts, indicatorValue, sumFacts, withFigures, worstStatus } from "@/lib/indicators/definitions";

/** A district with its stage history entered. */
function row(
  code: string,
  name: string,
  implementing: number,
  total: number,
  extra: Partial<ReturnType<typeof emptyFacts>> = {},
): ComparisonRow {
  const base = emptyFacts();
  const facts = withFigures({
    ...base,
    districts: 1,
    ...extra,
    puskesmas: { total, implementing, withRoster: 0 },
    areas: {
      ...base.areas,
      STAGES: { rows: 1, illustrative: 0, lastUpdated: "2025-01-01", declared: 0, declaredAsOf: null },
    },
  });
  return { code, name, parent: null, href: `/kabupaten/${code}`, isIllustrative: false, facts };
}

describe("the comparison table", () => {
  const rows = [
    row("17.01", "Alpha", 1, 4),
    row("17.02", "Beta", 3, 4),
    row("17.03", "Gamma", 0, 0),
    row("17.04", "Delta", 2, 8),
  ];

  it("sorts by a share, ranks best first with ties sharing a rank, and puts rows with nothing to measure last", () => {
    const sorted = arrangeRows(
      [...rows, row("17.05", "Epsilon", 1, 4)],
      parseComparisonView({ urut: "puskesmasIlp", arah: "desc" }),
    );
    expect(sorted.map((entry) => [entry.name, entry.rank])).toEqual([
      ["Beta", 1],
      ["Alpha", 2],
      ["Delta", 2],
      ["Epsilon", 2],
      ["Gamma", null],
    ]);
    const ascending = arrangeRows(rows, parseComparisonView({ urut: "puskesmasIlp", arah: "asc" }));
    expect(ascending.map((entry) => entry.name)).toEqual(["Alpha", "Delta", "Beta", "Gamma"]);
  });

  it("ranks by puskesmas adoption when sorted by name, and filters by name, code and target status", () => {
    const byName = arrangeRows(rows, parseComparisonView({}));
    expect(byName.map((entry) => [entry.name, entry.rank])).toEqual([
      ["Alpha", 2],
      ["Beta", 1],
      ["Delta", 2],
      ["Gamma", null],
    ]);
    expect(arrangeRows(rows, parseComparisonView({ cari: "ET" })).map((entry) => entry.name)).toEqual(["Beta"]);
    expect(arrangeRows(rows, parseComparisonView({ cari: "17.04" })).map((entry) => entry.name)).toEqual(["Delta"]);
    const behind = row("17.06", "Zeta", 0, 2, {
      targets: { ...emptyFacts().targets, count: 1, status: { ...emptyFacts().targets.status, OFF_TRACK: 1 } },
    });
    expect(
      arrangeRows([...rows, behind], parseComparisonView({ status: "behind" })).map((entry) => entry.name),
    ).toEqual(["Zeta"]);
    expect(arrangeRows([...rows, behind], parseComparisonView({ status: "noTarget" }))).toHaveLength(4);
  });

  it("falls back to safe defaults for a tampered URL", () => {
    expect(parseComparisonView({ urut: "DROP TABLE", arah: "sideways", ind: "x", status: "y", hal: "-3" })).toEqual({
      urut: "name",
      arah: "asc",
      cari: "",
      status: undefined,
      ind: "puskesmasIlp",
      hal: 1,
    });
    expect(parseComparisonView({ hal: "4" }).hal).toBe(4);
  });

  it("compares a cell with the average, and a total is the sum of its rows", () => {
    const total = sumFacts(rows.map((entry) => entry.facts));
    expect(total.puskesmas).toEqual({ total: 16, implementing: 6, withRoster: 0 });
    expect(indicatorValue("puskesmasIlp", total).share).toBe(6 / 16);
    expect(againstAverage(0.75, 6 / 16)).toBe("above");
    expect(againstAverage(0.25, 6 / 16)).toBe("below");
    expect(againstAverage(0.376, 0.375)).toBe("equal");
    expect(againstAverage(null, 0.5)).toBeNull();
    expect(worstStatus(total)).toBeNull();
  });
});

describe("the tile map layout", () => {
  it("places Bengkulu's districts by location, and unknown ones after them in code order", () => {
    const layout = tileLayout("17", ["17.02", "17.06", "17.99", "17.98"]);
    expect(layout.tiles.find((tile) => tile.code === "17.06")).toEqual({ code: "17.06", column: 0, row: 0 });
    const extra = layout.tiles.filter((tile) => tile.code >= "17.98");
    expect(extra.map((tile) => tile.code)).toEqual(["17.98", "17.99"]);
    expect(Math.min(...extra.map((tile) => tile.row))).toBe(3);
    expect(new Set(layout.tiles.map((tile) => `${tile.column},${tile.row}`)).size).toBe(4);
  });
});

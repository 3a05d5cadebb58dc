import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  arrangeRows,
  againstAverage,
  parseComparisonView,
  SORT_KEYS,
  STATUS_FILTERS,
  type ComparisonRow,
} from "@/lib/comparison/table";
import { tileLayout } from "@/lib/comparison/tile-layout";
import {
  emptyFacts,
  INDICATOR_IDS,
  indicatorValue,
  sumFacts,
  withFigures,
  worstStatus,
} from "@/lib/indicators/definitions";
import { zText } from "@/lib/validation/text";

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

  it("reads a URL as the zod schema it replaced would (the browser's table parses it without zod)", () => {
    const schema = z.object({
      urut: z.enum(SORT_KEYS).catch("name"),
      arah: z.enum(["asc", "desc"]).catch("asc"),
      cari: zText({ max: 80 }).catch(""),
      status: z.enum(STATUS_FILTERS).optional().catch(undefined),
      ind: z.enum(INDICATOR_IDS).catch("puskesmasIlp"),
      hal: z.coerce.number().int().min(1).catch(1),
    });
    const values: Record<string, (string | undefined)[]> = {
      urut: [undefined, "", "name", "puskesmasIlp", "kaderMadya", "latestActivity", "NAME", " name", "toString"],
      arah: [undefined, "", "asc", "desc", "DESC", "up"],
      cari: [
        undefined,
        "",
        "  beta  ",
        "17.04",
        "a\u0000b",
        "x\u0085",
        "tab\there",
        "\n  ",
        "é".repeat(80),
        "y".repeat(81),
        ` ${"z".repeat(80)} `,
      ],
      status: [undefined, "", "behind", "onTrack", "stale", "noTarget", "late"],
      ind: [undefined, "", "puskesmasIlp", INDICATOR_IDS.at(-1), "constructor"],
      hal: [
        undefined,
        "",
        "1",
        "4",
        " 7 ",
        "0",
        "-3",
        "2.5",
        "1e2",
        "0x10",
        "Infinity",
        "NaN",
        "9007199254740993",
        "abc",
      ],
    };
    const keys = Object.keys(values);
    const longest = Math.max(...Object.values(values).map((options) => options.length));
    for (let index = 0; index < longest * 3; index++) {
      const query: Record<string, string | undefined> = {};
      keys.forEach((key, position) => {
        const options = values[key]!;
        query[key] = options[(index * (position + 1) + position) % options.length];
      });
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, value);
      const expected = schema.parse({
        urut: query.urut,
        arah: query.arah,
        cari: query.cari ?? "",
        status: query.status,
        ind: query.ind,
        hal: query.hal ?? 1,
      });
      expect(parseComparisonView(query)).toEqual(expected);
      expect(parseComparisonView(params)).toEqual(expected);
    }
    for (const key of keys)
      for (const value of values[key]!) {
        const expected = schema.parse({
          cari: "",
          hal: 1,
          [key]: value ?? (key === "cari" ? "" : key === "hal" ? 1 : undefined),
        });
        expect(parseComparisonView({ [key]: value })).toEqual(expected);
      }
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

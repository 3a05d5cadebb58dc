import { describe, expect, it } from "vitest";
import { comparisonExportTable } from "@/lib/comparison/export-table";
import { arrangeRows, parseComparisonView, tableColumns, type ComparisonRow } from "@/lib/comparison/table";
import {
  emptyFacts,
  INDICATOR_LIST,
  indicatorValue,
  sumFacts,
  withFigures,
  type AreaFacts,
  type IndicatorEntry,
  type IndicatorFacts,
} from "@/lib/indicators/definitions";
import { freshness, staleDaysSetting } from "@/lib/indicators/freshness";

const area = (rows: number, illustrative = 0, declared = 0): AreaFacts => ({
  rows,
  illustrative,
  lastUpdated: rows ? "2025-06-01" : null,
  declared,
  declaredAsOf: declared ? "2025-06-01" : null,
});

/** A district's facts: 20 puskesmas, stages entered, the rest as given. */
function district(change: (facts: IndicatorFacts) => void = () => {}): IndicatorFacts {
  const facts = emptyFacts();
  facts.districts = 1;
  facts.puskesmas = { total: 20, implementing: 2, withRoster: 0 };
  facts.areas.PUSKESMAS = area(20);
  facts.areas.STAGES = area(25);
  change(facts);
  return withFigures(facts);
}

const row = (code: string, facts: IndicatorFacts): ComparisonRow => ({
  code,
  name: `Kab ${code}`,
  parent: null,
  href: `/kabupaten/${code}`,
  isIllustrative: false,
  facts,
});

describe("coverage and 'belum ada data'", () => {
  it("an area never entered is no data, not 0, and has no share", () => {
    const value = indicatorValue("staffClustered", district());
    expect(value.state).toBe("NO_DATA");
    expect(value.share).toBeNull();
    expect(value.provenance).toBeNull();
    expect(
      indicatorValue(
        "pustuCoverage",
        district((facts) => (facts.desa.total = 132)),
      ).state,
    ).toBe("NO_DATA");
  });

  it("rosters of 1 puskesmas in 20: the figure is partial and says over what", () => {
    const value = indicatorValue(
      "staffClustered",
      district((facts) => {
        facts.puskesmas.withRoster = 1;
        facts.staff = { active: 45, clustered: 44 };
        facts.areas.ROSTERS = area(45, 45);
      }),
    );
    expect(value).toMatchObject({
      numerator: 44,
      denominator: 45,
      state: "PARTIAL",
      coverage: { covered: 1, of: 20 },
      provenance: "ILLUSTRATIVE",
    });
  });

  it("a declared-complete empty register is a real 0, recorded", () => {
    const value = indicatorValue(
      "pustuCoverage",
      district((facts) => {
        facts.desa.total = 132;
        facts.areas.PUSTU = area(0, 0, 1);
      }),
    );
    expect(value).toMatchObject({
      numerator: 0,
      denominator: 132,
      share: 0,
      state: "COMPLETE",
      provenance: "RECORDED",
    });
  });

  it("a reported count above the recorded register is the headline, with the recorded figure beside it", () => {
    const value = indicatorValue(
      "pustuCoverage",
      district((facts) => {
        facts.desa = { total: 169, withPustu: 19, accompanied: 0 };
        facts.pustu.total = 19;
        facts.areas.PUSTU = area(19, 19);
        facts.reported = { pustu: 95, desa: 163 };
      }),
    );
    expect(value).toMatchObject({ numerator: 95, denominator: 163, provenance: "REPORTED", state: "COMPLETE" });
    expect(value.share).toBeCloseTo(95 / 163);
    expect(value.recorded).toEqual({ numerator: 19, denominator: 169, share: 19 / 169, provenance: "ILLUSTRATIVE" });
  });

  it("a ranking leaves partial and missing data unranked, after the ranked rows", () => {
    const complete = (code: string, clustered: number) =>
      row(
        code,
        district((facts) => {
          facts.puskesmas.withRoster = 20;
          facts.staff = { active: 100, clustered };
          facts.areas.ROSTERS = area(100);
        }),
      );
    const partial = row(
      "17.09",
      district((facts) => {
        facts.puskesmas.withRoster = 1;
        facts.staff = { active: 10, clustered: 0 };
        facts.areas.ROSTERS = area(10);
      }),
    );
    const none = row("17.08", district());
    const arranged = arrangeRows(
      [none, partial, complete("17.01", 50), complete("17.02", 80)],
      parseComparisonView({ urut: "staffClustered", arah: "asc" }),
    );
    expect(arranged.map((entry) => [entry.code, entry.rank])).toEqual([
      ["17.01", 2],
      ["17.02", 1],
      ["17.09", null],
      ["17.08", null],
    ]);
  });
});

describe("the provenance of a total", () => {
  it("is mixed when its districts' figures come from different sources, with the count of each", () => {
    const recorded = district((facts) => (facts.areas.STAGES = area(10)));
    const illustrative = district((facts) => (facts.areas.STAGES = area(10, 10)));
    const noData = district((facts) => (facts.areas.STAGES = area(0)));
    const total = indicatorValue("puskesmasIlp", sumFacts([recorded, illustrative, noData]));
    expect(total.provenance).toBe("MIXED");
    expect(total.sources).toEqual({ RECORDED: 1, REPORTED: 0, ILLUSTRATIVE: 1, MIXED: 0 });
    expect(total).toMatchObject({ numerator: 4, denominator: 40, state: "PARTIAL", coverage: { covered: 2, of: 3 } });
    expect(indicatorValue("puskesmasIlp", sumFacts([recorded, recorded])).provenance).toBe("RECORDED");
  });
});

describe("the freshness rule for projections", () => {
  const asOf = new Date("2026-11-29T00:00:00Z");
  it("is current up to the threshold, stale beyond it, and never current without data", () => {
    expect(freshness("2026-09-01", asOf, 90)).toEqual({ current: true, lastUpdated: "2026-09-01", ageDays: 89 });
    expect(freshness("2026-08-31", asOf, 90).current).toBe(true);
    expect(freshness("2026-08-30", asOf, 90).current).toBe(false);
    expect(freshness("2024-07-30", asOf, 90).current).toBe(false);
    expect(freshness(null, asOf, 90)).toEqual({ current: false, lastUpdated: null, ageDays: null });
  });
  it("reads DATA_STALE_DAYS, falling back to 90 for anything but a positive whole number", () => {
    expect(staleDaysSetting("30")).toBe(30);
    expect(staleDaysSetting(undefined)).toBe(90);
    expect(staleDaysSetting("-4")).toBe(90);
    expect(staleDaysSetting("abc")).toBe(90);
  });
});

describe("the registry: one entry is the whole indicator", () => {
  it("a throwaway indicator added in one place reaches the table and the export, with its no-data and provenance cells", () => {
    const throwaway: IndicatorEntry = {
      id: "posyanduPerDesa",
      label: { id: "Posyandu per desa", en: "Posyandu per desa" },
      short: { id: "Posyandu/desa", en: "Posyandu/desa" },
      explanation: { id: "Uji.", en: "Test." },
      numerator: { text: { id: "posyandu", en: "posyandu" }, of: (facts) => facts.posyandu.total },
      denominator: { text: { id: "desa", en: "desa" }, of: (facts) => facts.desa.total },
      area: "POSYANDU",
      show: { table: true, export: true, headline: false },
    };
    const registry = [...INDICATOR_LIST, throwaway];
    const withPosyandu = withFigures(
      {
        ...district(),
        posyandu: { total: 30, implementing: 0 },
        desa: { total: 10, withPustu: 0, accompanied: 0 },
        areas: { ...district().areas, POSYANDU: area(30, 30) },
      },
      registry,
    );
    const without = withFigures(district(), registry);
    const rows = arrangeRows([row("17.01", withPosyandu), row("17.02", without)], parseComparisonView({}));
    const { header, body } = comparisonExportTable({
      rows,
      total: sumFacts([withPosyandu, without]),
      totalLabel: "Total",
      showParent: false,
      t: (key) => key,
      locale: "id",
      registry,
    });
    expect(tableColumns("id", registry).map((column) => column.header)).toEqual([
      ...tableColumns("id").map((column) => column.header),
      "Posyandu/desa",
    ]);
    const column = header.indexOf("Posyandu/desa (%)");
    expect(column).toBeGreaterThan(0);
    expect(header.slice(column, column + 5)).toEqual([
      "Posyandu/desa (%)",
      "Posyandu/desa: comparison.numerator",
      "Posyandu/desa: comparison.denominator",
      "Posyandu/desa: figures.dataColumn",
      "Posyandu/desa: figures.provenanceColumn",
    ]);
    const of = (code: string) => body.find((cells) => cells[1] === code)!;
    expect(of("17.01").slice(column, column + 5)).toEqual([
      { share: 3 },
      30,
      10,
      "figures.state.COMPLETE",
      "figures.provenance.ILLUSTRATIVE",
    ]);
    expect(of("17.02").slice(column, column + 5)).toEqual([null, null, null, "figures.state.NO_DATA", ""]);
    // Without the entry, the export has no such column.
    expect(
      comparisonExportTable({
        rows,
        total: sumFacts([withPosyandu, without]),
        totalLabel: "Total",
        showParent: false,
        t: (key) => key,
        locale: "id",
      }).header,
    ).not.toContain("Posyandu/desa (%)");
  });
});

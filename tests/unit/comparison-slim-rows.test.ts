import { describe, expect, it } from "vitest";
import { slimRows, withFullFigures, type ComparisonRow } from "@/lib/comparison/table";
import { emptyFacts, sumFacts, withFigures } from "@/lib/indicators/definitions";

function district(code: string, implementing: number, illustrative: number): ComparisonRow {
  const base = emptyFacts();
  const facts = withFigures({
    ...base,
    districts: 1,
    puskesmas: { total: 10, implementing, withRoster: 4 },
    pustu: { total: 7, implementing: 2 },
    desa: { total: 20, withPustu: 7, accompanied: 1 },
    kader: { PURWA: 30, MADYA: 9, UTAMA: 2 },
    staff: { active: 40, clustered: 25 },
    counts: { pustuStaffed: 3 },
    areas: {
      ...base.areas,
      STAGES: { rows: 12, illustrative, lastUpdated: "2026-01-01", declared: 0, declaredAsOf: null },
      PUSTU: { rows: 7, illustrative: 0, lastUpdated: "2026-01-01", declared: 0, declaredAsOf: null },
      KADER: { rows: 41, illustrative: 0, lastUpdated: null, declared: 1, declaredAsOf: "2026-02-01" },
    },
  });
  return { code, name: `District ${code}`, parent: null, href: `/kabupaten/${code}`, isIllustrative: false, facts };
}

describe("comparison rows sent to the browser", () => {
  const rows = [district("11.01", 3, 0), district("11.02", 0, 12), district("11.03", 10, 4)];

  it("leave out each district's derived figures and get exactly the same rows back in the browser", () => {
    const slim = slimRows(rows);
    expect(slim.every((row) => row.figuresDerived === true && Object.keys(row.facts.figures).length === 0)).toBe(true);
    expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(rows).length * 0.75);
    expect(withFullFigures(slim)).toEqual(rows);
  });

  it("keep the figures of sums of districts, and of a row whose figures are not what its facts derive", () => {
    const province: ComparisonRow = { ...rows[0]!, code: "11", facts: sumFacts(rows.map((row) => row.facts)) };
    const tampered: ComparisonRow = {
      ...rows[1]!,
      facts: {
        ...rows[1]!.facts,
        figures: { ...rows[1]!.facts.figures, puskesmasIlp: rows[0]!.facts.figures.puskesmasIlp! },
      },
    };
    const slim = slimRows([province, tampered]);
    expect(slim[0]).toBe(province);
    expect(slim[1]).toBe(tampered);
    expect(withFullFigures(slim)).toEqual([province, tampered]);
  });
});

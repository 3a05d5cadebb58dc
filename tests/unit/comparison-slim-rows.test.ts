import { describe, expect, it } from "vitest";
import { packRows, unpackRows } from "@/lib/comparison/packed-rows";
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

  it("are packed into flat arrays and unpacked to exactly the same rows, parents, counts and summed figures included", () => {
    const province: ComparisonRow = {
      ...rows[0]!,
      code: "11",
      href: "/provinsi/11",
      isIllustrative: true,
      facts: sumFacts(rows.map((row) => row.facts)),
    };
    const withParents = rows.map((row, index) => ({
      ...row,
      parent: index === 2 ? { code: "12", name: "Sumatera Utara" } : { code: "11", name: "Aceh" },
      facts: index === 1 ? { ...row.facts, counts: { other: 4 }, latestActivity: "2026-03-04" } : row.facts,
    }));
    const sent = [province, ...slimRows(withParents)];
    const packed = packRows(sent);
    expect(packed.parents).toHaveLength(2);
    expect([...packed.countKeys].sort()).toEqual(["other", "pustuStaffed"]);
    // What the browser receives: the JSON of the packed rows, much smaller than of the rows.
    const received = JSON.parse(JSON.stringify(packed)) as typeof packed;
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(sent).length * 0.5);
    expect(unpackRows(received)).toEqual(withFullFigures(sent));
    expect(unpackRows(received)).toEqual([province, ...withParents]);
    // Unpacked once per payload, whichever component asks first.
    expect(unpackRows(received)).toBe(unpackRows(received));
  });
});

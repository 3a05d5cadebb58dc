import { describe, expect, it } from "vitest";
import {
  figureNumber,
  figureStep,
  figureText,
  figureTint,
  INDICATOR_LIST,
  INDICATOR_TEXTS,
  SHARE_COLOURS,
} from "@/lib/indicators/definitions";
import en from "@/messages/en.json";
import id from "@/messages/id.json";

const CATALOGUES = { id: id.indicators, en: en.indicators } as Record<string, Record<string, Record<string, string>>>;

describe("the indicator registry and the message catalogue", () => {
  it.each(Object.keys(CATALOGUES))(
    "every entry has its texts in %s, a coverage unit exactly when it has coverage",
    (lang) => {
      const catalogue = CATALOGUES[lang]!;
      for (const entry of INDICATOR_LIST) {
        const texts = catalogue[entry.id];
        expect(texts, `indicators.${entry.id} in ${lang}`).toBeDefined();
        const expected = [...INDICATOR_TEXTS, ...("coverage" in entry ? ["coverageUnit"] : [])].sort();
        expect(Object.keys(texts!).sort(), `indicators.${entry.id} in ${lang}`).toEqual(expected);
        for (const text of Object.values(texts!)) expect(text.trim()).not.toBe("");
      }
    },
  );

  it("has no texts for an indicator the registry does not know", () => {
    const ids = INDICATOR_LIST.map((entry) => entry.id).sort();
    expect(Object.keys(CATALOGUES.id!).sort()).toEqual(ids);
    expect(Object.keys(CATALOGUES.en!).sort()).toEqual(ids);
  });

  it("declares each of its own counts once, under a plain name", () => {
    const names = INDICATOR_LIST.flatMap((entry) => Object.keys("counts" in entry ? entry.counts : {}));
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z][A-Za-z0-9]*$/);
  });
});

describe("an entry's format and colour rule", () => {
  const number = (value: number, options: { style?: "percent"; maximumFractionDigits?: number }) =>
    new Intl.NumberFormat("id-ID", options).format(value);
  it("writes a percent or a ratio, and files them as such", () => {
    expect(figureText({ format: "percent" }, 0.256, number)).toBe("26%");
    expect(figureText({ format: "percent" }, 0.256, number, 1)).toBe("25,6%");
    expect(figureText({ format: "ratio" }, 2.5, number)).toBe("2,5");
    expect(figureNumber({ format: "percent" }, 0.2567)).toBe(25.7);
    expect(figureNumber({ format: "ratio" }, 2.5678)).toBe(2.57);
    expect(figureNumber({ format: "ratio" }, null)).toBeNull();
  });

  it("tints above the average good when higher is better, poor when lower is", () => {
    const lower = { colour: { better: "lower" as const } };
    expect(figureTint({ colour: SHARE_COLOURS }, "above")).toBe("good");
    expect(figureTint({ colour: SHARE_COLOURS }, "below")).toBe("poor");
    expect(figureTint(lower, "above")).toBe("poor");
    expect(figureTint(lower, "below")).toBe("good");
    expect(figureTint(lower, "equal")).toBeNull();
  });

  it("places a share on the map's five steps by the entry's boundaries, the best step darkest", () => {
    expect([0, 0.19, 0.2, 0.59, 0.6, 0.8, 1].map((share) => figureStep({ colour: SHARE_COLOURS }, share))).toEqual([
      0, 0, 1, 2, 3, 4, 4,
    ]);
    const lower = { colour: { better: "lower" as const, steps: [1, 2, 3, 4] as const } };
    expect([0.5, 2.5, 9].map((share) => figureStep(lower, share))).toEqual([4, 2, 0]);
    expect(figureStep(lower, null)).toBeNull();
  });
});

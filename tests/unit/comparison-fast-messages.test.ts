import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { fastTranslator } from "@/lib/comparison/components/fast-messages";
import en from "@/messages/en.json";
import id from "@/messages/id.json";

type Loose = Parameters<typeof fastTranslator>[0];

describe("the comparison table's translator", () => {
  for (const [locale, messages] of [
    ["id", id],
    ["en", en],
  ] as const) {
    const t = createTranslator({ locale, messages }) as unknown as Loose;
    const fast = fastTranslator(t);
    it(`gives exactly what next-intl gives (${locale})`, () => {
      const calls: [string, Record<string, string | number>?][] = [
        ["comparison.ofTotal", { numerator: 22601, denominator: 0 }],
        ["comparison.ofTotal", { numerator: 1.5, denominator: -0 }],
        ["comparison.metOf", { met: 3, count: 69 }],
        ["figures.completeDistricts", { complete: 23, of: 23 }],
        ["figures.lastUpdated", { date: "28 Mar 2026" }],
        ["figures.stagesShort", { date: "30 Jul 2024" }],
        ["figures.areasEntered", { entered: 7, total: 7 }],
        ["figures.unprojectableTotal", { count: 1 }],
        ["figures.unprojectableTotal", { count: 12 }],
        ["district.daysLeft", { days: 0 }],
        ["district.daysLeft", { days: 4 }],
        ["comparison.notMeasured"],
      ];
      for (const [key, values] of calls) {
        const expected = t(key, values);
        expect(fast(key, values), key).toBe(expected);
        expect(fast(key, values), `${key}, again`).toBe(expected);
      }
    });
  }

  it("fills plain placeholders itself and leaves plural, select and quoted messages to next-intl", () => {
    const messages = {
      plain: "{a} dari {b}",
      plural: "{n, plural, =0 {none} other {# items}}",
      quoted: "'{a}' is literal",
    };
    const t = createTranslator({ locale: "id", messages }) as unknown as Loose;
    const asked: string[] = [];
    const spy = Object.assign(
      (key: string, values?: Record<string, string | number>) => {
        asked.push(key);
        return t(key, values);
      },
      { raw: t.raw },
    );
    const fast = fastTranslator(spy);
    expect(fast("plain", { a: 1, b: 2 })).toBe("1 dari 2");
    expect(fast("plural", { n: 0 })).toBe("none");
    expect(fast("plural", { n: 3 })).toBe("3 items");
    expect(fast("quoted", { a: 1 })).toBe("{a} is literal");
    expect(asked).toEqual(["plural", "plural", "quoted"]);
  });
});

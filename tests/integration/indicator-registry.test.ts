import { afterAll, describe, expect, inject, it, vi } from "vitest";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createTranslator, NextIntlClientProvider } from "next-intl";
import { ComparisonTable } from "@/lib/comparison/components/comparison-table";
import { comparisonExportTable } from "@/lib/comparison/export-table";
import { packRows } from "@/lib/comparison/packed-rows";
import { getProvinceComparison, type Comparison } from "@/lib/comparison/queries";
import { arrangeRows, parseComparisonView } from "@/lib/comparison/table";
import { createPrismaClient } from "@/lib/db/client";
import { tableFile } from "@/lib/export/table-file";
import { INDICATOR_LIST, indicatorValue, SHARE_COLOURS, type IndicatorEntry } from "@/lib/indicators/definitions";
import { withScope } from "@/lib/server/scoped-db";
import { parseIsoDate, toIsoDate } from "@/lib/dates";
import id from "@/messages/id.json";
import { actAs } from "../support/act-as";

// Issue 19: one registry entry (plus its messages) is the whole indicator. A
// throwaway indicator with a count of its own (SQL in the entry) is registered
// here only, and reaches the real comparison query, the rendered table and the
// exported file.

// The table reads its sort and filters from the URL; outside Next there is none.
vi.mock("next/navigation", () => ({ useSearchParams: () => new URLSearchParams() }));

const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
afterAll(() => owner.$disconnect());

const THROWAWAY: IndicatorEntry = {
  id: "desaWithPosyandu",
  numerator: (facts) => facts.counts.desaWithPosyandu ?? 0,
  denominator: (facts) => facts.desa.total,
  counts: {
    desaWithPosyandu: (on) => `
      SELECT f."districtId", count(DISTINCT f."desaId") AS n
      FROM "Facility" f
      WHERE f.type = 'POSYANDU' AND ${on.districts('f."districtId"')} AND ${on.openOn("f")}
      GROUP BY f."districtId"`,
  },
  format: "percent",
  colour: SHARE_COLOURS,
  area: "POSYANDU",
  show: { table: true, export: true, headline: false },
};
const REGISTRY = [...INDICATOR_LIST, THROWAWAY];
const TEXTS = {
  label: "Desa dengan posyandu (uji)",
  short: "Desa berposyandu",
  definition: "Bagian desa yang punya posyandu.",
  numerator: "desa dengan posyandu yang buka",
  denominator: "semua desa",
};
const messages = { ...id, indicators: { ...id.indicators, desaWithPosyandu: TEXTS } };
const t = createTranslator({ locale: "id", messages }) as unknown as (
  key: string,
  values?: Record<string, string | number>,
) => string;

/** Desa with an open posyandu today, per district, counted here a second way (Prisma, not the entry's SQL). */
async function desaWithPosyandu(districtId: string, today: Date): Promise<number> {
  const posyandu = await owner.facility.findMany({
    where: {
      districtId,
      type: "POSYANDU",
      OR: [{ openedOn: null }, { openedOn: { lte: today } }],
      AND: [{ OR: [{ closedAt: null }, { closedAt: { gt: today } }] }],
    },
    select: { desaId: true },
  });
  return new Set(posyandu.map((facility) => facility.desaId).filter(Boolean)).size;
}

function renderTable(comparison: Comparison, registry?: typeof REGISTRY) {
  return renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      { locale: "id", messages, timeZone: "Asia/Jakarta" } as unknown as ComponentProps<typeof NextIntlClientProvider>,
      createElement(ComparisonTable, {
        rows: packRows(comparison.rows),
        total: comparison.total,
        totalLabel: "Total provinsi",
        nameHeader: "Kabupaten/kota",
        exportPath: "/api/export/provinsi/17",
        asOf: comparison.asOf,
        caption: "Perbandingan",
        registry,
      }),
    ),
  );
}

/** The text of the cell of `column` in the row of district `code`, tags removed. */
function cellText(html: string, code: string, column: string): string | null {
  const row = html.split('data-testid="comparison-row"').find((part) => part.includes(`data-code="${code}"`));
  const cell = row?.split(`data-column="${column}"`)[1]?.split("</td>")[0];
  return cell === undefined ? null : cell.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ");
}

describe("a throwaway indicator registered in one place", () => {
  it("is counted by its own SQL and reaches the rendered comparison table and the exported file", async () => {
    const user = (await actAs((await owner.user.findUniqueOrThrow({ where: { username: "provinsi.bengkulu" } })).id))!;
    const today = parseIsoDate(toIsoDate(new Date()))!;
    const comparison = await withScope(user.scope, (ctx) => getProvinceComparison(ctx, "17", today, REGISTRY));
    expect(comparison.rows.length).toBeGreaterThan(1);

    // Its count comes from its SQL, per district, and agrees with a count made another way.
    let counted = 0;
    for (const row of comparison.rows) {
      const district = await owner.region.findFirstOrThrow({ where: { code: row.code, level: "KABUPATEN" } });
      expect(row.facts.counts.desaWithPosyandu ?? 0, row.code).toBe(await desaWithPosyandu(district.id, today));
      counted += row.facts.counts.desaWithPosyandu ?? 0;
    }
    expect(counted).toBeGreaterThan(0);
    expect(comparison.total.counts.desaWithPosyandu).toBe(counted);

    // The rendered table has its column, headed by its message, and each district's figure in it.
    const html = renderTable(comparison, REGISTRY);
    expect(html).toContain(`aria-label="Urutkan menurut ${TEXTS.short}"`);
    expect(html).toContain(TEXTS.definition);
    const shown = comparison.rows.find((row) => indicatorValue(THROWAWAY.id, row.facts).state === "COMPLETE");
    expect(shown).toBeDefined();
    const value = indicatorValue(THROWAWAY.id, shown!.facts);
    const cell = cellText(html, shown!.code, THROWAWAY.id);
    expect(cell).toContain(`${Math.round(value.share! * 100)}%`);
    expect(cell).toContain(`${value.numerator} dari ${value.denominator}`);
    // The same table without the entry has no such column (the columns are the registry's, not a fixed list).
    const plain = renderTable(comparison);
    expect(plain).not.toContain(`data-column="${THROWAWAY.id}"`);
    expect(cellText(plain, shown!.code, "puskesmasIlp")).not.toBeNull();

    // The export: its five columns, and the district's figure in the CSV file.
    const { header, body } = comparisonExportTable({
      rows: arrangeRows(comparison.rows, parseComparisonView({})),
      total: comparison.total,
      totalLabel: "Total provinsi",
      showParent: false,
      t,
      registry: REGISTRY,
    });
    const column = header.indexOf(`${TEXTS.short} (%)`);
    expect(column).toBeGreaterThan(0);
    expect(header[column + 1]).toBe(`${TEXTS.short}: Pembilang`);
    const csv = await (await tableFile("csv", "perbandingan", header, body)).text();
    const line = csv.split(/\r?\n/).find((text) => text.includes(shown!.code))!;
    expect(line).toContain(
      `,${Math.round(value.share! * 1000) / 10}%,${value.numerator},${value.denominator},lengkap,`,
    );
  });
});

import "server-only";
import { getDistrictIndicators, type DistrictIndicators } from "@/lib/indicators/queries";
import { INDICATOR_LIST, sumFacts, type IndicatorFacts, type Registry } from "@/lib/indicators/definitions";
import { requireNational, requireProvince } from "@/lib/auth/guards";
import type { Ctx } from "@/lib/server/scoped-db";
import type { ComparisonRow } from "./table";
import { toIsoDate } from "@/lib/dates";

/** A trend series: puskesmas implementing ILP at each month end, per row code and in total. */
export type TrendSeries = {
  months: string[];
  series: { code: string; name: string; values: number[] }[];
  total: number[];
};

export type Comparison = {
  /** The province compared, or null for the national view. */
  place: { code: string; name: string } | null;
  asOf: string;
  rows: ComparisonRow[];
  /** National view: every district, under its province. */
  districtRows: ComparisonRow[];
  total: IndicatorFacts;
  trend: TrendSeries;
};

const districtRow = (item: DistrictIndicators, withParent: boolean): ComparisonRow => ({
  code: item.district.code,
  name: item.district.name,
  parent: withParent ? { code: item.district.province.code, name: item.district.province.name } : null,
  href: `/kabupaten/${item.district.code}`,
  isIllustrative: item.isIllustrative,
  facts: item.facts,
});

function trendOf(
  groups: { code: string; name: string; items: DistrictIndicators[] }[],
  all: DistrictIndicators[],
): TrendSeries {
  const months = all[0]?.trend.map((point) => point.month) ?? [];
  const sum = (items: DistrictIndicators[]) =>
    months.map((_, index) => items.reduce((total, item) => total + (item.trend[index]?.implementing ?? 0), 0));
  return {
    months,
    series: groups.map((group) => ({ code: group.code, name: group.name, values: sum(group.items) })),
    total: sum(all),
  };
}

/** A province official's (or national admin's) comparison of one province's districts on `asOf`. */
export async function getProvinceComparison(
  ctx: Ctx,
  provinceCode: string,
  asOf: Date,
  registry: Registry = INDICATOR_LIST,
): Promise<Comparison> {
  const province = await requireProvince(ctx, provinceCode);
  const items = await getDistrictIndicators(ctx, { provinceId: province.id }, asOf, registry);
  return {
    place: { code: province.code, name: province.name },
    asOf: toIsoDate(asOf),
    rows: items.map((item) => districtRow(item, false)),
    districtRows: [],
    total: sumFacts(items.map((item) => item.facts)),
    trend: trendOf(
      items.map((item) => ({ code: item.district.code, name: item.district.name, items: [item] })),
      items,
    ),
  };
}

/** The national admin's comparison: one row per province (the sum of its districts), and every district. */
export async function getNationalComparison(ctx: Ctx, asOf: Date): Promise<Comparison> {
  requireNational(ctx);
  const items = await getDistrictIndicators(ctx, "ALL", asOf);
  const provinces = new Map<string, { code: string; name: string; items: DistrictIndicators[] }>();
  for (const item of items) {
    const { code, name } = item.district.province;
    const group = provinces.get(code) ?? { code, name, items: [] };
    group.items.push(item);
    provinces.set(code, group);
  }
  const groups = [...provinces.values()];
  return {
    place: null,
    asOf: toIsoDate(asOf),
    rows: groups.map((group) => ({
      code: group.code,
      name: group.name,
      parent: null,
      href: `/provinsi/${group.code}`,
      isIllustrative: group.items.some((item) => item.isIllustrative),
      facts: sumFacts(group.items.map((item) => item.facts)),
    })),
    districtRows: items.map((item) => districtRow(item, true)),
    total: sumFacts(items.map((item) => item.facts)),
    trend: trendOf(groups, items),
  };
}

/** The provinces whose comparison the user may open: their provinces, or all of them nationally. */
export async function listComparableProvinces(ctx: Ctx): Promise<{ code: string; name: string }[]> {
  if (!ctx.scope.national && ctx.scope.provinceIds.size === 0) return [];
  return ctx.db.region.findMany({
    where: { level: "PROVINSI", ...(ctx.scope.national ? {} : { id: { in: [...ctx.scope.provinceIds] } }) },
    orderBy: { code: "asc" },
    select: { code: true, name: true },
  });
}

/** The province, by code, if the user may compare it; anything else is "not found". */
export async function getComparableProvince(ctx: Ctx, code: string): Promise<{ code: string; name: string }> {
  const province = await requireProvince(ctx, code);
  return { code: province.code, name: province.name };
}

import "server-only";
import { requireDistrict } from "@/lib/auth/guards";
import { localIsoDate, timeZoneOfRegion } from "@/lib/dates";
import { dhis2Period } from "@/lib/dates/periods";
import type { Ctx } from "@/lib/server/scoped-db";
import { puskesmasOrgUnitCode, type Dhis2Value, type OrgUnitInput } from "./dhis2";
import { activeElements, defaultDataSet } from "./queries";

/** The approved values of a district for one month, as DHIS2 data values (org units and elements by code). */
export async function approvedDhis2Values(ctx: Ctx, districtCode: string, period: string) {
  const district = await requireDistrict(ctx, { code: districtCode });
  const dataSet = await defaultDataSet(ctx);
  const rows = await ctx.db.reportValue.findMany({
    where: { report: { districtId: district.id, dataSetId: dataSet.id, period, status: "APPROVED" } },
    orderBy: [{ report: { puskesmas: { code: "asc" } } }, { element: { sortOrder: "asc" } }],
    select: {
      value: true,
      explanation: true,
      element: { select: { code: true } },
      report: { select: { puskesmas: { select: { code: true } } } },
    },
  });
  const values: Dhis2Value[] = rows.map((row) => ({
    dataElement: row.element.code,
    period: dhis2Period(period),
    orgUnit: puskesmasOrgUnitCode(row.report.puskesmas.code),
    value: row.value,
    ...(row.explanation ? { comment: row.explanation } : {}),
  }));
  return { district, dataSet, values, today: localIsoDate(new Date(), timeZoneOfRegion(district.code)) };
}

/** The district's org unit hierarchy (province → kabupaten/kota → kecamatan → puskesmas) and the data set's elements. */
export async function dhis2MetadataInput(ctx: Ctx, districtCode: string) {
  const district = await requireDistrict(ctx, { code: districtCode });
  const dataSet = await defaultDataSet(ctx);
  const puskesmas = await ctx.db.facility.findMany({
    where: { districtId: district.id, type: "PUSKESMAS", closedAt: null },
    orderBy: { code: "asc" },
    select: { code: true, name: true, kecamatan: { select: { code: true, name: true } } },
  });
  const kecamatan = new Map<string, string>();
  for (const unit of puskesmas) if (unit.kecamatan) kecamatan.set(unit.kecamatan.code, unit.kecamatan.name);
  const orgUnits: OrgUnitInput[] = [
    { kind: "region", code: district.province.code, name: district.province.name, parentCode: null },
    { kind: "region", code: district.code, name: district.name, parentCode: district.province.code },
    ...[...kecamatan]
      .sort()
      .map(([code, name]): OrgUnitInput => ({ kind: "region", code, name, parentCode: district.code })),
    ...puskesmas.map((unit): OrgUnitInput => ({
      kind: "puskesmas",
      code: unit.code,
      name: unit.name,
      parentCode: unit.kecamatan?.code ?? district.code,
    })),
  ];
  const elements = (await activeElements(ctx, dataSet.id)).map((element) => ({
    code: element.code,
    name: element.nameId,
    valueType: element.valueType,
    definition: element.definition,
  }));
  return { district, dataSet: { code: dataSet.code, name: dataSet.nameId }, orgUnits, elements };
}

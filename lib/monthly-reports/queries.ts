import "server-only";
import { requireDistrict, requirePuskesmas } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { localIsoDate, timeZoneOfRegion } from "@/lib/dates";
import { currentPeriod, dueDateOf, periodsEndingWith, shiftPeriod } from "@/lib/dates/periods";
import { reportExpected } from "@/lib/rules/report-expected";
import { NotFoundError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/scoped-db";
import { cellState, reportingRates, type CellState, type Rates, type ReportCell } from "./rates";
import { OUTLIER_MONTHS, previousNumbers } from "./service";

export type ElementView = {
  id: string;
  code: string;
  version: number;
  nameId: string;
  nameEn: string;
  valueType: "INTEGER" | "PERCENT" | "YES_NO" | "TEXT";
  min: number | null;
  max: number | null;
  required: boolean;
  clusterId: number | null;
  definition: string;
  source: string;
  headline: boolean;
  sortOrder: number;
};

const ELEMENT_SELECT = {
  id: true,
  code: true,
  version: true,
  nameId: true,
  nameEn: true,
  valueType: true,
  min: true,
  max: true,
  required: true,
  clusterId: true,
  definition: true,
  source: true,
  headline: true,
  sortOrder: true,
} as const;

function elementView(row: { min: unknown; max: unknown; [key: string]: unknown }): ElementView {
  return {
    ...(row as unknown as ElementView),
    min: row.min === null ? null : Number(row.min),
    max: row.max === null ? null : Number(row.max),
  };
}

/** The data set a district reports (the first defined; today there is one, the seeded example). */
export async function defaultDataSet(ctx: Ctx) {
  const dataSet = await ctx.db.dataSet.findFirst({
    orderBy: { createdAt: "asc" },
    select: { id: true, code: true, nameId: true, nameEn: true, isExample: true, dueDay: true },
  });
  if (!dataSet) throw new NotFoundError("data set");
  return dataSet;
}

/** The due day in force for a district: its own, or the data set's. */
export async function dueDayFor(ctx: Ctx, districtId: string, dataSet: { id: string; dueDay: number }) {
  const own = await ctx.db.reportDueDay.findFirst({
    where: { districtId, dataSetId: dataSet.id },
    select: { dueDay: true },
  });
  return { dueDay: own?.dueDay ?? dataSet.dueDay, own: Boolean(own) };
}

/** The active elements of a data set, in form order. */
export async function activeElements(ctx: Ctx, dataSetId: string): Promise<ElementView[]> {
  const rows = await ctx.db.dataElement.findMany({
    where: { dataSetId, retiredAt: null },
    orderBy: { sortOrder: "asc" },
    select: ELEMENT_SELECT,
  });
  return rows.map(elementView);
}

export type ReportForm = Awaited<ReturnType<typeof getReportForm>>;

/**
 * A puskesmas' report for one month, with what the form needs: the elements (a
 * locked report shows the versions its values were entered under), the values,
 * the earlier months' numbers for the outlier rule, and what the caller may do.
 */
export async function getReportForm(ctx: Ctx, puskesmasId: string, askedPeriod: string | null) {
  const puskesmas = await requirePuskesmas(ctx, puskesmasId);
  const district = await ctx.db.region.findUniqueOrThrow({
    where: { id: puskesmas.districtId },
    select: { code: true, name: true },
  });
  const timeZone = timeZoneOfRegion(district.code);
  // By default the month just ended: the one being reported now.
  const period = askedPeriod ?? shiftPeriod(currentPeriod(timeZone), -1);
  const dataSet = await defaultDataSet(ctx);
  const { dueDay } = await dueDayFor(ctx, puskesmas.districtId, dataSet);
  const report = await ctx.db.monthlyReport.findFirst({
    where: { puskesmasId: puskesmas.id, dataSetId: dataSet.id, period },
    select: {
      id: true,
      status: true,
      version: true,
      reviewComment: true,
      reopenReason: true,
      firstSubmittedAt: true,
      submittedAt: true,
      reviewedAt: true,
      values: { select: { value: true, explanation: true, element: { select: ELEMENT_SELECT } } },
    },
  });
  const active = await activeElements(ctx, dataSet.id);
  const locked = report?.status === "SUBMITTED" || report?.status === "APPROVED";
  const entered = (report?.values ?? []).map((row) => elementView(row.element));
  const enteredCodes = new Set(entered.map((element) => element.code));
  const elements = locked
    ? [...entered, ...active.filter((element) => !enteredCodes.has(element.code))].sort(
        (a, b) => a.sortOrder - b.sortOrder,
      )
    : active;
  const values: Record<string, { value: string; explanation: string | null }> = {};
  for (const row of report?.values ?? []) {
    const element = locked ? row.element : active.find((candidate) => candidate.code === row.element.code);
    if (element) values[element.id] = { value: row.value, explanation: row.explanation };
  }
  return {
    puskesmas: { id: puskesmas.id, name: puskesmas.name, districtId: puskesmas.districtId },
    district,
    timeZone,
    dataSet,
    period,
    currentPeriod: currentPeriod(timeZone),
    dueOn: dueDateOf(period, dueDay),
    elements,
    report: report && {
      id: report.id,
      status: report.status,
      version: report.version,
      reviewComment: report.reviewComment,
      reopenReason: report.reopenReason,
      submittedAt: report.submittedAt,
      firstSubmittedAt: report.firstSubmittedAt,
    },
    values,
    previous: Object.fromEntries(await previousNumbers(ctx, puskesmas.id, dataSet.id, period)),
    outlierMonths: OUTLIER_MONTHS,
    mayEnter: can(ctx.scope, "report.enter", puskesmas.target),
    mayReview: can(ctx.scope, "report.review", { districtId: puskesmas.districtId }),
  };
}

/** The puskesmas' reports of the last `count` months, newest first: status per month. */
export async function listPuskesmasPeriods(ctx: Ctx, form: ReportForm, count = 12) {
  const periods = periodsEndingWith(form.currentPeriod, count).reverse();
  const reports = await ctx.db.monthlyReport.findMany({
    where: { puskesmasId: form.puskesmas.id, dataSetId: form.dataSet.id, period: { in: periods } },
    select: { period: true, status: true },
  });
  const status = new Map(reports.map((report) => [report.period, report.status]));
  return periods.map((period) => ({ period, status: status.get(period) ?? null }));
}

export type GridRow = {
  puskesmasId: string;
  name: string;
  code: string;
  cells: { period: string; state: CellState; dueOn: string }[];
  rates: Rates;
};

/**
 * Completeness and timeliness of a district's monthly reports: a grid of
 * puskesmas × the last `months` months, the rates per puskesmas, per month and
 * overall (DHIS2's reporting and on-time rates), and who is late.
 */
export async function getCompletenessGrid(ctx: Ctx, districtCode: string, months = 6) {
  const district = await requireDistrict(ctx, { code: districtCode });
  const timeZone = timeZoneOfRegion(district.code);
  const today = localIsoDate(new Date(), timeZone);
  const current = currentPeriod(timeZone);
  const dataSet = await defaultDataSet(ctx);
  const { dueDay, own } = await dueDayFor(ctx, district.id, dataSet);
  const periods = periodsEndingWith(current, months);
  const [puskesmas, reports] = await Promise.all([
    ctx.db.facility.findMany({
      where: { districtId: district.id, type: "PUSKESMAS" },
      orderBy: { name: "asc" },
      select: { id: true, name: true, code: true, openedOn: true, closedAt: true },
    }),
    ctx.db.monthlyReport.findMany({
      where: { districtId: district.id, dataSetId: dataSet.id, period: { in: periods } },
      select: { puskesmasId: true, period: true, status: true, firstSubmittedAt: true },
    }),
  ]);
  const reportOf = new Map(reports.map((report) => [`${report.puskesmasId}|${report.period}`, report]));
  const cellsByPeriod = new Map<string, ReportCell[]>(periods.map((period) => [period, []]));
  const rows: GridRow[] = puskesmas.map((unit) => {
    const cells = periods.map((period) => {
      const report = reportOf.get(`${unit.id}|${period}`);
      const cell: ReportCell = {
        expected: reportExpected(unit, period, current),
        status: report?.status ?? null,
        firstSubmittedOn: report?.firstSubmittedAt ? localIsoDate(report.firstSubmittedAt, timeZone) : null,
        dueOn: dueDateOf(period, dueDay),
      };
      cellsByPeriod.get(period)!.push(cell);
      return cell;
    });
    return {
      puskesmasId: unit.id,
      name: unit.name,
      code: unit.code,
      cells: cells.map((cell, index) => ({
        period: periods[index]!,
        state: cellState(cell, today),
        dueOn: cell.dueOn,
      })),
      rates: reportingRates(cells, today),
    };
  });
  const allCells = [...cellsByPeriod.values()].flat();
  return {
    district,
    dataSet,
    dueDay,
    ownDueDay: own,
    today,
    periods,
    rows,
    byPeriod: periods.map((period) => ({ period, rates: reportingRates(cellsByPeriod.get(period)!, today) })),
    overall: reportingRates(allCells, today),
    late: rows.flatMap((row) =>
      row.cells
        .filter((cell) => cell.state === "LATE")
        .map((cell) => ({ name: row.name, period: cell.period, dueOn: cell.dueOn })),
    ),
    mayReview: can(ctx.scope, "report.review", district.target),
  };
}

/**
 * The district page's "Laporan bulanan": the last month that is due, its rates,
 * and the headline elements summed over the puskesmas that reported (submitted
 * or approved), with how many reported.
 */
export async function getMonthlySummary(ctx: Ctx, districtCode: string) {
  const grid = await getCompletenessGrid(ctx, districtCode, 2);
  const period = grid.periods[0]!;
  const rates = grid.byPeriod[0]!.rates;
  const elements = (await activeElements(ctx, grid.dataSet.id)).filter((element) => element.headline);
  const values = await ctx.db.reportValue.findMany({
    where: {
      report: {
        districtId: grid.district.id,
        dataSetId: grid.dataSet.id,
        period,
        status: { in: ["SUBMITTED", "APPROVED"] },
      },
      element: { code: { in: elements.map((element) => element.code) } },
    },
    select: { value: true, element: { select: { code: true } } },
  });
  const headline = elements.map((element) => {
    const own = values.filter((row) => row.element.code === element.code);
    const total =
      element.valueType === "YES_NO"
        ? own.filter((row) => row.value === "true").length
        : own.reduce((sum, row) => sum + Number(row.value), 0);
    return {
      code: element.code,
      nameId: element.nameId,
      nameEn: element.nameEn,
      valueType: element.valueType,
      total,
      reported: own.length,
    };
  });
  return { period, rates, headline, reportingPuskesmas: rates.submitted };
}

import { z } from "zod";
import { dateFloor, timeZoneOfRegion, toIsoDate } from "@/lib/dates";
import { currentPeriod, isPeriod } from "@/lib/dates/periods";
import { checkValue, TEXT_VALUE_MAX, type ElementRule } from "@/lib/monthly-reports/values";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { ConflictError } from "@/lib/server/errors";
import { zText } from "@/lib/validation/text";
import { defineEntity } from "../entity";
import type { ImportKindDef, PlannedRow, RowIssue, RowLink } from "../types";

/**
 * Monthly report values in bulk, one row per value: puskesmas, data set, month,
 * element, value. Each value is checked as the form checks it (the element's type
 * and limits, `checkValue`), and the import follows the form's status rules: it
 * writes drafts only, never into a submitted or approved report, never for a
 * month not yet begun; restricted to one puskesmas (its head or petugas data),
 * rows of another puskesmas are rejected. Numbers may use a decimal comma
 * ("12,5"), yes/no may be written ya/tidak.
 */

/** "2026-10", or DHIS2's "202610", as "2026-10". */
const ZPeriodCell = z
  .string()
  .trim()
  .transform((value) => (/^\d{6}$/.test(value) ? `${value.slice(0, 4)}-${value.slice(4)}` : value))
  .refine(isPeriod, "imports.monthly.period");

export const ZMonthlyValueRow = z.object({
  puskesmasCode: zText({ max: 32, min: 1 }),
  dataSetCode: zText({ max: 32, min: 1 }),
  period: ZPeriodCell,
  elementCode: zText({ max: 32, min: 1 }),
  value: z.string().trim().min(1, "imports.monthly.valueRequired").max(TEXT_VALUE_MAX, "errors.tooLong"),
  explanation: zText({ max: 500 }).optional(),
});
export type TMonthlyValueRow = z.output<typeof ZMonthlyValueRow>;

type Resolved = {
  puskesmasId: string;
  dataSetId: string;
  elementId: string;
  /** The value as stored (checkValue's form). */
  stored: string;
  report: { id: string; version: number; status: "DRAFT" | "RETURNED" } | null;
  existing: { id: string; value: string; explanation: string | null } | null;
};
type MonthlyValueRow = TMonthlyValueRow & { resolved?: Resolved };

const VALUE_SELECT = { id: true, reportId: true, elementId: true, value: true, explanation: true } as const;
type ValueFields = { reportId: string; elementId: string; value: string; explanation: string | null };
const reportValueEntity = defineEntity({
  name: "ReportValue",
  find: (ctx, ids) => ctx.db.reportValue.findMany({ where: { id: { in: ids } }, select: VALUE_SELECT }),
  snapshot: (row: ValueFields) => ({
    reportId: row.reportId,
    elementId: row.elementId,
    value: row.value,
    explanation: row.explanation,
  }),
  image: z.object({
    reportId: z.string(),
    elementId: z.string(),
    value: z.string(),
    explanation: z.string().nullable(),
  }),
  async deleteCreated(ctx, ids) {
    await ctx.db.reportValue.deleteMany({ where: { id: { in: ids } } });
  },
  async restore(ctx, id, before) {
    await ctx.db.reportValue.update({ where: { id }, data: { value: before.value, explanation: before.explanation } });
  },
});

type ReportFields = { version: number; status: ReportStatus };
/** The report a value belongs to: created as a draft by the import, or a draft (or returned report) whose version it raised. */
const monthlyReportEntity = defineEntity({
  name: "MonthlyReport",
  find: (ctx, ids) =>
    ctx.db.monthlyReport.findMany({ where: { id: { in: ids } }, select: { id: true, version: true, status: true } }),
  snapshot: (row: ReportFields) => ({ version: row.version, status: row.status }),
  image: z.object({ version: z.number().int(), status: z.enum(["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"]) }),
  async deleteCreated(ctx, ids) {
    await ctx.db.monthlyReport.deleteMany({ where: { id: { in: ids } } });
  },
  async restore(ctx, id, before) {
    await ctx.db.monthlyReport.update({ where: { id }, data: { version: before.version, status: before.status } });
  },
});

/** A yes/no cell in Indonesian or English as the form's "true"/"false". */
function yesNoValue(text: string): string {
  const lower = text.trim().toLowerCase();
  if (["ya", "y", "yes", "true", "1"].includes(lower)) return "true";
  if (["tidak", "t", "no", "false", "0"].includes(lower)) return "false";
  return text;
}

const reportKey = (puskesmasId: string, dataSetId: string, period: string) => `${puskesmasId}:${dataSetId}:${period}`;

export const monthlyValuesImport: ImportKindDef<MonthlyValueRow> = {
  kind: "MONTHLY_VALUES",
  slug: "laporan-bulanan",
  columns: {
    kode_puskesmas: "puskesmasCode",
    kode_data_set: "dataSetCode",
    periode: "period",
    kode_elemen: "elementCode",
    nilai: "value",
    penjelasan: "explanation",
  },
  aliases: {
    kode_data_set: ["data_set", "dataset", "kode_dataset"],
    periode: ["period", "bulan", "month"],
    kode_elemen: ["data_element", "dataelement", "elemen", "kode_elemen_data"],
    nilai: ["value", "jumlah"],
    penjelasan: ["explanation", "comment", "keterangan"],
  },
  example: {
    kode_puskesmas: "1011912",
    kode_data_set: "ILP_BULANAN",
    periode: "2026-10",
    kode_elemen: "ILP_KUNJUNGAN_RUMAH",
    nilai: "24",
    penjelasan: "",
  },
  requiredColumns: ["kode_puskesmas", "kode_data_set", "periode", "kode_elemen", "nilai"],
  schema: ZMonthlyValueRow,
  naturalKey: (row) => `${row.puskesmasCode}:${row.dataSetCode}:${row.period}:${row.elementCode}`,
  keyColumn: "kode_elemen",
  entity: reportValueEntity,
  parentEntities: [monthlyReportEntity],

  async plan(ctx, district, rows) {
    const puskesmasList = await ctx.db.facility.findMany({
      where: { districtId: district.id, type: "PUSKESMAS", closedAt: null },
      select: { id: true, code: true },
    });
    const puskesmas = new Map(puskesmasList.map((facility) => [facility.code, facility]));
    const dataSets = new Map(
      (await ctx.db.dataSet.findMany({ select: { id: true, code: true } })).map((set) => [set.code, set]),
    );
    const elements = await ctx.db.dataElement.findMany({
      where: { retiredAt: null },
      select: { id: true, dataSetId: true, code: true, valueType: true, min: true, max: true, required: true },
    });
    const elementOf = new Map(elements.map((element) => [`${element.dataSetId}:${element.code}`, element]));
    const periods = [...new Set(rows.map((row) => row.data.period))];
    const reports = await ctx.db.monthlyReport.findMany({
      where: { districtId: district.id, period: { in: periods } },
      select: {
        id: true,
        puskesmasId: true,
        dataSetId: true,
        period: true,
        status: true,
        version: true,
        values: { select: { id: true, elementId: true, value: true, explanation: true } },
      },
    });
    const reportOf = new Map(
      reports.map((report) => [reportKey(report.puskesmasId, report.dataSetId, report.period), report]),
    );
    const latest = currentPeriod(timeZoneOfRegion(district.code));
    const earliest = toIsoDate(dateFloor()).slice(0, 7);

    const rejected: RowIssue[] = [];
    const planned: PlannedRow<MonthlyValueRow>[] = [];
    for (const { row, data } of rows) {
      const reject = (column: string, messageKey: string, values?: Record<string, string | number>) =>
        rejected.push({ row, column, messageKey, ...(values ? { values } : {}) });
      if (district.puskesmas && data.puskesmasCode !== district.puskesmas.code) {
        reject("kode_puskesmas", "imports.monthly.otherPuskesmas", {
          code: data.puskesmasCode,
          own: district.puskesmas.code,
        });
        continue;
      }
      const home = puskesmas.get(data.puskesmasCode);
      if (!home) {
        reject("kode_puskesmas", "imports.staff.puskesmasUnknown", { code: data.puskesmasCode });
        continue;
      }
      const dataSet = dataSets.get(data.dataSetCode);
      if (!dataSet) {
        reject("kode_data_set", "imports.monthly.dataSetUnknown", { code: data.dataSetCode });
        continue;
      }
      const element = elementOf.get(`${dataSet.id}:${data.elementCode}`);
      if (!element) {
        reject("kode_elemen", "imports.monthly.elementUnknown", { code: data.elementCode, dataSet: dataSet.code });
        continue;
      }
      if (data.period > latest) {
        reject("periode", "monthly.errors.futurePeriod");
        continue;
      }
      if (data.period < earliest) {
        reject("periode", "monthly.errors.period");
        continue;
      }
      const rule: ElementRule = {
        valueType: element.valueType,
        min: element.min === null ? null : Number(element.min),
        max: element.max === null ? null : Number(element.max),
        required: element.required,
      };
      const checked = checkValue(rule, element.valueType === "YES_NO" ? yesNoValue(data.value) : data.value);
      if (!checked.ok || checked.value === null) {
        reject("nilai", checked.ok ? "imports.monthly.valueRequired" : checked.messageKey, {
          ...(checked.ok ? {} : checked.values),
          element: element.code,
        });
        continue;
      }
      const report = reportOf.get(reportKey(home.id, dataSet.id, data.period)) ?? null;
      if (report?.status === "APPROVED" || report?.status === "SUBMITTED") {
        reject(
          "periode",
          report.status === "APPROVED" ? "monthly.errors.approvedLocked" : "monthly.errors.submittedLocked",
        );
        continue;
      }
      const existing = report?.values.find((value) => value.elementId === element.id) ?? null;
      const explanation = data.explanation || null;
      const outcome = !existing
        ? "create"
        : existing.value === checked.value && existing.explanation === explanation
          ? "unchanged"
          : "update";
      planned.push({
        row,
        outcome,
        data: {
          ...data,
          resolved: {
            puskesmasId: home.id,
            dataSetId: dataSet.id,
            elementId: element.id,
            stored: checked.value,
            report: report
              ? { id: report.id, version: report.version, status: report.status as "DRAFT" | "RETURNED" }
              : null,
            existing,
          },
        },
      });
    }
    return { planned, rejected };
  },

  async apply(ctx, district, rows) {
    const links: RowLink[] = [];
    // One report per puskesmas, data set and month: created as a draft, or its version raised once (a form
    // opened on it before the import then refuses to save over the imported values).
    const reportIds = new Map<string, string>();
    for (const { data } of rows) {
      const resolved = data.resolved!;
      const key = reportKey(resolved.puskesmasId, resolved.dataSetId, data.period);
      if (reportIds.has(key)) continue;
      if (!resolved.report) {
        const id = crypto.randomUUID();
        await ctx.db.monthlyReport.create({
          data: {
            id,
            districtId: district.id,
            puskesmasId: resolved.puskesmasId,
            dataSetId: resolved.dataSetId,
            period: data.period,
          },
          select: { id: true },
        });
        links.push(monthlyReportEntity.created(id, { version: 1, status: "DRAFT" }));
        reportIds.set(key, id);
        continue;
      }
      const before = resolved.report;
      const updated = await ctx.db.monthlyReport.updateMany({
        where: {
          id: before.id,
          districtId: district.id,
          version: before.version,
          status: { in: ["DRAFT", "RETURNED"] },
        },
        data: { version: { increment: 1 } },
      });
      if (updated.count === 0) throw new ConflictError("monthly.errors.changed");
      links.push(
        monthlyReportEntity.updated(before.id, before, { version: before.version + 1, status: before.status }),
      );
      reportIds.set(key, before.id);
    }
    for (const { data, outcome } of rows) {
      const resolved = data.resolved!;
      const reportId = reportIds.get(reportKey(resolved.puskesmasId, resolved.dataSetId, data.period))!;
      const fields = {
        reportId,
        elementId: resolved.elementId,
        value: resolved.stored,
        explanation: data.explanation || null,
      };
      if (outcome === "create") {
        const id = crypto.randomUUID();
        await ctx.db.reportValue.create({ data: { id, districtId: district.id, ...fields }, select: { id: true } });
        links.push(reportValueEntity.created(id, fields));
        continue;
      }
      const before = resolved.existing!;
      await ctx.db.reportValue.update({
        where: { id: before.id },
        data: { value: fields.value, explanation: fields.explanation },
      });
      links.push(reportValueEntity.updated(before.id, { ...fields, ...before }, fields));
    }
    return links;
  },

  async exportRows(ctx, district) {
    const values = await ctx.db.reportValue.findMany({
      where: {
        districtId: district.id,
        ...(district.puskesmas ? { report: { puskesmasId: district.puskesmas.id } } : {}),
      },
      orderBy: [
        { report: { puskesmas: { code: "asc" } } },
        { report: { period: "asc" } },
        { element: { sortOrder: "asc" } },
      ],
      select: {
        value: true,
        explanation: true,
        element: { select: { code: true, valueType: true } },
        report: {
          select: { period: true, puskesmas: { select: { code: true } }, dataSet: { select: { code: true } } },
        },
      },
    });
    return values.map((row) => [
      row.report.puskesmas.code,
      row.report.dataSet.code,
      row.report.period,
      row.element.code,
      row.element.valueType === "YES_NO" ? (row.value === "true" ? "ya" : "tidak") : row.value,
      row.explanation ?? "",
    ]);
  },
};

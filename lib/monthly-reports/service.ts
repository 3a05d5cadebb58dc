import type { z } from "zod";
import { conflictFromAudit } from "@/lib/audit/conflict";
import { requireDistrict, requirePuskesmas } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { dateFloor, timeZoneOfRegion, toIsoDate } from "@/lib/dates";
import { currentPeriod, shiftPeriod } from "@/lib/dates/periods";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/scoped-db";
import type {
  ZCreateDataSet,
  ZCreateElement,
  ZReopenReport,
  ZReviewReport,
  ZSaveReport,
  ZSetDueDay,
  ZUpdateDataSet,
  ZUpdateElement,
} from "./schemas";
import { checkValue, isFarFromPrevious, type ElementRule } from "./values";

// The monthly report's life: a puskesmas (head or petugas data) saves drafts and
// submits; a Dinkes planner approves or returns it; an approved report is locked
// until a planner reopens it with a reason. The audit trigger records each step.

type SaveInput = z.output<typeof ZSaveReport>;

/** How many earlier months the outlier rule looks at. */
export const OUTLIER_MONTHS = 3;

const ruleOf = (element: { valueType: ElementRule["valueType"]; min: unknown; max: unknown; required: boolean }) => ({
  valueType: element.valueType,
  min: element.min === null ? null : Number(element.min),
  max: element.max === null ? null : Number(element.max),
  required: element.required,
});

/** Saves a draft or submits it. Refused, with nothing written: another puskesmas, a future month, a locked report, a bad value. */
export async function saveReport(ctx: Ctx, input: SaveInput): Promise<{ id: string; version: number; status: string }> {
  const puskesmas = await requirePuskesmas(ctx, input.puskesmasId, "report.enter");
  const district = await ctx.db.region.findUniqueOrThrow({
    where: { id: puskesmas.districtId },
    select: { code: true },
  });
  if (input.period > currentPeriod(timeZoneOfRegion(district.code)))
    throw new ValidationError("monthly.errors.futurePeriod", "period");
  if (input.period < toIsoDate(dateFloor()).slice(0, 7)) throw new ValidationError("monthly.errors.period", "period");
  const dataSet = await ctx.db.dataSet.findFirst({ where: { id: input.dataSetId }, select: { id: true } });
  if (!dataSet) throw new NotFoundError("data set");

  const existing = await ctx.db.monthlyReport.findFirst({
    where: { puskesmasId: puskesmas.id, dataSetId: dataSet.id, period: input.period },
    select: { id: true, status: true, version: true, firstSubmittedAt: true },
  });
  if (existing?.status === "APPROVED") throw new ValidationError("monthly.errors.approvedLocked");
  if (existing?.status === "SUBMITTED") throw new ValidationError("monthly.errors.submittedLocked");
  if ((existing?.version ?? 0) !== input.version) {
    if (existing) throw await conflictFromAudit(ctx.db, "MonthlyReport", existing.id);
    throw new ConflictError("monthly.errors.changed");
  }

  const elements = await ctx.db.dataElement.findMany({
    where: { dataSetId: dataSet.id, retiredAt: null },
    orderBy: { sortOrder: "asc" },
  });
  const byId = new Map(elements.map((element) => [element.id, element]));
  const checked = new Map<string, { value: string; explanation: string | null }>();
  for (const entry of input.values) {
    const element = byId.get(entry.elementId);
    if (!element) throw new ValidationError("monthly.errors.unknownElement", `value.${entry.elementId}`);
    const result = checkValue(ruleOf(element), entry.value);
    if (!result.ok)
      throw new ValidationError(result.messageKey, `value.${element.id}`, {
        ...result.values,
        element: element.nameId,
      });
    if (result.value !== null) checked.set(element.id, { value: result.value, explanation: entry.explanation || null });
  }
  if (input.submit) {
    const missing = elements.find((element) => element.required && !checked.has(element.id));
    if (missing)
      throw new ValidationError("monthly.errors.required", `value.${missing.id}`, { element: missing.nameId });
    const unexplained = await firstUnexplainedOutlier(ctx, puskesmas.id, dataSet.id, input.period, elements, checked);
    if (unexplained)
      throw new ValidationError("monthly.errors.explain", `value.${unexplained.id}`, { element: unexplained.nameId });
  }

  const now = new Date();
  const submitted = input.submit
    ? {
        status: "SUBMITTED" as const,
        submittedAt: now,
        submittedById: ctx.scope.userId,
        firstSubmittedAt: existing?.firstSubmittedAt ?? now,
      }
    : {};
  let id: string;
  if (existing) {
    const updated = await ctx.db.monthlyReport.updateMany({
      where: { id: existing.id, version: input.version, status: { in: ["DRAFT", "RETURNED"] } },
      data: { ...submitted, version: { increment: 1 } },
    });
    if (updated.count === 0) throw await conflictFromAudit(ctx.db, "MonthlyReport", existing.id);
    await ctx.db.reportValue.deleteMany({ where: { reportId: existing.id } });
    id = existing.id;
  } else {
    const created = await ctx.db.monthlyReport.create({
      data: {
        districtId: puskesmas.districtId,
        puskesmasId: puskesmas.id,
        dataSetId: dataSet.id,
        period: input.period,
        ...submitted,
      },
      select: { id: true },
    });
    id = created.id;
  }
  await ctx.db.reportValue.createMany({
    data: [...checked].map(([elementId, entry]) => ({
      districtId: puskesmas.districtId,
      reportId: id,
      elementId,
      value: entry.value,
      explanation: entry.explanation,
    })),
  });
  return { id, version: input.version + 1, status: input.submit ? "SUBMITTED" : (existing?.status ?? "DRAFT") };
}

/** The earlier months' numbers of this puskesmas per element code (any version of the element), newest first. */
export async function previousNumbers(
  ctx: Ctx,
  puskesmasId: string,
  dataSetId: string,
  period: string,
): Promise<Map<string, number[]>> {
  const rows = await ctx.db.reportValue.findMany({
    where: {
      report: {
        puskesmasId,
        dataSetId,
        period: { gte: shiftPeriod(period, -OUTLIER_MONTHS), lt: period },
        status: { in: ["SUBMITTED", "APPROVED", "RETURNED"] },
      },
      element: { valueType: { in: ["INTEGER", "PERCENT"] } },
    },
    select: { value: true, element: { select: { code: true } } },
  });
  const numbers = new Map<string, number[]>();
  for (const row of rows) numbers.set(row.element.code, [...(numbers.get(row.element.code) ?? []), Number(row.value)]);
  return numbers;
}

async function firstUnexplainedOutlier(
  ctx: Ctx,
  puskesmasId: string,
  dataSetId: string,
  period: string,
  elements: { id: string; code: string; nameId: string; valueType: string }[],
  checked: Map<string, { value: string; explanation: string | null }>,
) {
  const previous = await previousNumbers(ctx, puskesmasId, dataSetId, period);
  return elements.find((element) => {
    const entry = checked.get(element.id);
    if (!entry || entry.explanation || (element.valueType !== "INTEGER" && element.valueType !== "PERCENT"))
      return false;
    return isFarFromPrevious(Number(entry.value), previous.get(element.code) ?? []);
  });
}

/** The report, readable by the caller, with the planner's right to review it checked. */
async function reportToReview(ctx: Ctx, reportId: string) {
  const report = await ctx.db.monthlyReport.findFirst({
    where: { id: reportId },
    select: { id: true, puskesmasId: true, districtId: true, status: true, version: true },
  });
  if (!report) throw new NotFoundError("report");
  const puskesmas = await requirePuskesmas(ctx, report.puskesmasId);
  if (!can(ctx.scope, "report.review", { districtId: puskesmas.districtId })) throw new ForbiddenError();
  return report;
}

/** Approves (locks) or returns a submitted report. */
export async function reviewReport(ctx: Ctx, input: z.output<typeof ZReviewReport>): Promise<{ version: number }> {
  const report = await reportToReview(ctx, input.reportId);
  if (report.status !== "SUBMITTED") throw new ValidationError("monthly.errors.notSubmitted");
  const updated = await ctx.db.monthlyReport.updateMany({
    where: { id: report.id, version: input.version, status: "SUBMITTED" },
    data: {
      status: input.decision === "APPROVE" ? "APPROVED" : "RETURNED",
      reviewedAt: new Date(),
      reviewedById: ctx.scope.userId,
      reviewComment: input.comment ?? null,
      version: { increment: 1 },
    },
  });
  if (updated.count === 0) throw await conflictFromAudit(ctx.db, "MonthlyReport", report.id);
  return { version: input.version + 1 };
}

/** Reopens an approved report for correction: back to the puskesmas, with the reason. */
export async function reopenReport(ctx: Ctx, input: z.output<typeof ZReopenReport>): Promise<{ version: number }> {
  const report = await reportToReview(ctx, input.reportId);
  if (report.status !== "APPROVED") throw new ValidationError("monthly.errors.notApproved");
  const updated = await ctx.db.monthlyReport.updateMany({
    where: { id: report.id, version: input.version, status: "APPROVED" },
    data: {
      status: "RETURNED",
      reopenReason: input.reason,
      reviewComment: input.reason,
      reviewedAt: new Date(),
      reviewedById: ctx.scope.userId,
      version: { increment: 1 },
    },
  });
  if (updated.count === 0) throw await conflictFromAudit(ctx.db, "MonthlyReport", report.id);
  return { version: input.version + 1 };
}

/** Sets the district's own due day for a data set. */
export async function setDueDay(ctx: Ctx, input: z.output<typeof ZSetDueDay>): Promise<void> {
  const district = await requireDistrict(ctx, { code: input.districtCode }, "report.review");
  const dataSet = await ctx.db.dataSet.findFirst({ where: { id: input.dataSetId }, select: { id: true } });
  if (!dataSet) throw new NotFoundError("data set");
  await ctx.db.reportDueDay.upsert({
    where: { districtId_dataSetId: { districtId: district.id, dataSetId: dataSet.id } },
    create: { districtId: district.id, dataSetId: dataSet.id, dueDay: input.dueDay },
    update: { dueDay: input.dueDay, version: { increment: 1 } },
  });
}

/**
 * Changes an element's definition (national admins). A version that holds
 * values is frozen: it is retired and the change written as the next version,
 * so every value keeps the definition it was entered under.
 */
export async function updateElement(
  ctx: Ctx,
  input: z.output<typeof ZUpdateElement>,
): Promise<{ id: string; version: number }> {
  if (!can(ctx.scope, "reference.write")) throw new ForbiddenError();
  const element = await ctx.db.dataElement.findFirst({ where: { id: input.elementId, retiredAt: null } });
  if (!element) throw new NotFoundError("data element");
  const fields = {
    nameId: input.nameId,
    nameEn: input.nameEn,
    definition: input.definition,
    source: input.source,
    min: input.min,
    max: input.max,
    required: input.required,
    valueType: input.valueType ?? element.valueType,
    clusterId: input.clusterId === undefined ? element.clusterId : input.clusterId,
    headline: input.headline ?? element.headline,
  };
  const used = await ctx.db.reportValue.count({ where: { elementId: element.id }, take: 1 });
  if (!used) {
    await ctx.db.dataElement.update({ where: { id: element.id }, data: fields });
    return { id: element.id, version: element.version };
  }
  const retired = await ctx.db.dataElement.updateMany({
    where: { id: element.id, retiredAt: null },
    data: { retiredAt: new Date() },
  });
  if (retired.count === 0) throw new ConflictError("monthly.errors.changed");
  const next = await ctx.db.dataElement.create({
    data: {
      dataSetId: element.dataSetId,
      code: element.code,
      version: element.version + 1,
      sortOrder: element.sortOrder,
      ...fields,
    },
    select: { id: true, version: true },
  });
  return next;
}

/** Adds an element to a data set (national admins), after the data set's others; its code is new to the data set. */
export async function createElement(ctx: Ctx, input: z.output<typeof ZCreateElement>): Promise<{ id: string }> {
  if (!can(ctx.scope, "reference.write")) throw new ForbiddenError();
  const dataSet = await ctx.db.dataSet.findFirst({ where: { id: input.dataSetId }, select: { id: true } });
  if (!dataSet) throw new NotFoundError("data set");
  const taken = await ctx.db.dataElement.count({ where: { dataSetId: dataSet.id, code: input.code } });
  if (taken > 0) throw new ValidationError("monthly.errors.codeTaken", "code", { code: input.code });
  const last = await ctx.db.dataElement.aggregate({ where: { dataSetId: dataSet.id }, _max: { sortOrder: true } });
  return ctx.db.dataElement.create({
    data: { ...input, dataSetId: dataSet.id, sortOrder: (last._max.sortOrder ?? 0) + 10 },
    select: { id: true },
  });
}

/** Adds a monthly data set (national admins); its code is new. */
export async function createDataSet(ctx: Ctx, input: z.output<typeof ZCreateDataSet>): Promise<{ id: string }> {
  if (!can(ctx.scope, "reference.write")) throw new ForbiddenError();
  if (await ctx.db.dataSet.count({ where: { code: input.code } }))
    throw new ValidationError("monthly.errors.codeTaken", "code", { code: input.code });
  return ctx.db.dataSet.create({ data: { ...input, periodType: "MONTHLY" }, select: { id: true } });
}

/** Renames a data set or changes its default due day (national admins); a district's own due day stays. */
export async function updateDataSet(ctx: Ctx, input: z.output<typeof ZUpdateDataSet>): Promise<void> {
  if (!can(ctx.scope, "reference.write")) throw new ForbiddenError();
  const updated = await ctx.db.dataSet.updateMany({
    where: { id: input.dataSetId },
    data: { nameId: input.nameId, nameEn: input.nameEn, dueDay: input.dueDay },
  });
  if (updated.count === 0) throw new NotFoundError("data set");
}

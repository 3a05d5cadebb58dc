import { z } from "zod";
import { ZCreateFacility } from "@/lib/facilities/schemas";
import { recordDateProblem } from "@/lib/dates/rules";
import { changeFacilityStage, districtToday } from "@/lib/facilities/stage-service";
import { COUNTING_ENTRY } from "@/lib/rules/stage-on-date";
import { ZChangeStage, ZDecreeFields } from "@/lib/facilities/stage-schemas";
import { dateFloor } from "@/lib/dates";
import { IlpStage } from "@/lib/generated/prisma/enums";
import { checkStageTransition, STAGES } from "@/lib/rollout/stages";
import { defineEntity } from "../entity";
import { FACILITY_SELECT, facilityEntity } from "./facilities";
import type { ImportKindDef, PlannedRow, RowIssue, RowLink } from "../types";
import { enumCell } from "./cells";
import { toIsoDate } from "@/lib/dates";

/** The stage-change form's schema, with the facility named by type and code instead of an id. */
export const ZStageRow = ZChangeStage.pick({ effectiveDate: true }).extend({
  // Required for a new change (checked in plan); a row already in force may come without one, as exported.
  note: ZChangeStage.shape.note.optional().transform((note) => note ?? ""),
  type: enumCell(ZCreateFacility.shape.type.options as ["PUSKESMAS", "PUSTU", "POSYANDU"], "imports.facilities.type"),
  code: ZCreateFacility.shape.code,
  toStage: enumCell(STAGES, "imports.stages.stage"),
  // The decree naming a puskesmas ILP (optional columns; required for a puskesmas' "MENERAPKAN").
  ...ZDecreeFields,
});
export type TStageRow = z.output<typeof ZStageRow>;

const MESSAGES = {
  SAME_STAGE: "errors.stageSame",
  REASON_REQUIRED: "errors.stageReasonRequired",
  BEFORE_CURRENT: "errors.stageBeforeCurrent",
} as const;
const day = (date: Date | null) => (date ? toIsoDate(date) : "");
const keyOf = (type: string, code: string) => `${type}:${code}`;

/** Stage changes: only ever created by an import (the facility's stage is restored with the facility). */
const stageChangeEntity = defineEntity({
  name: "FacilityStageChange",
  find: (ctx, ids) =>
    ctx.db.facilityStageChange.findMany({
      where: { id: { in: ids } },
      select: { id: true, facilityId: true, toStage: true, effectiveDate: true },
    }),
  snapshot: (row: { facilityId: string; toStage: IlpStage; effectiveDate: Date }) => ({
    facilityId: row.facilityId,
    toStage: row.toStage,
    effectiveDate: toIsoDate(row.effectiveDate),
  }),
  image: z.object({ facilityId: z.string(), toStage: z.enum(IlpStage), effectiveDate: z.string() }),
  async deleteCreated(ctx, ids) {
    await ctx.db.facilityStageChange.deleteMany({ where: { id: { in: ids } } });
  },
  async restore() {},
});

/**
 * Dated stage changes of the district's facilities. Each goes through the
 * stage-change service, so history, rules and versions stay as for the form.
 * A row already in force (same stage since the same date) or already in the
 * history is unchanged, so the same file imported twice changes nothing.
 */
export const stagesImport: ImportKindDef<TStageRow> = {
  kind: "STAGES",
  slug: "tahap",
  columns: {
    jenis: "type",
    kode: "code",
    tahap: "toStage",
    tanggal: "effectiveDate",
    catatan: "note",
    sk_penerbit: "decreeIssuer",
    sk_nomor: "decreeNumber",
    sk_tanggal: "decreeDate",
  },
  example: {
    jenis: "PUSKESMAS",
    kode: "PKM-SU",
    tahap: "PERSIAPAN",
    tanggal: "2026-01-15",
    catatan: "Sosialisasi ILP selesai",
    sk_penerbit: "",
    sk_nomor: "",
    sk_tanggal: "",
  },
  requiredColumns: ["jenis", "kode", "tahap", "tanggal", "catatan"],
  schema: ZStageRow,
  naturalKey: (row) => `${row.type}:${row.code}:${day(row.effectiveDate)}`,
  keyColumn: "tanggal",
  entity: stageChangeEntity,

  async plan(ctx, district, rows) {
    const facilities = await ctx.db.facility.findMany({
      where: { districtId: district.id, closedAt: null },
      select: { id: true, type: true, code: true, currentStage: true, stageSince: true, openedOn: true },
    });
    const [floor, today] = [dateFloor(), await districtToday(ctx, district.id)];
    const byKey = new Map(facilities.map((facility) => [keyOf(facility.type, facility.code), facility]));
    const history = new Set(
      (
        await ctx.db.facilityStageChange.findMany({
          where: { districtId: district.id, ...COUNTING_ENTRY },
          select: { facilityId: true, toStage: true, effectiveDate: true },
        })
      ).map((change) => `${change.facilityId}:${change.toStage}:${day(change.effectiveDate)}`),
    );
    const state = new Map(
      facilities.map((facility) => [facility.id, { stage: facility.currentStage, since: facility.stageSince }]),
    );
    const rejected: RowIssue[] = [];
    const planned: PlannedRow<TStageRow>[] = [];
    // In date order per facility, as the changes will be applied.
    const ordered = [...rows].sort(
      (a, b) => a.data.effectiveDate.getTime() - b.data.effectiveDate.getTime() || a.row - b.row,
    );
    for (const { row, data } of ordered) {
      const facility = byKey.get(keyOf(data.type, data.code));
      if (!facility) {
        rejected.push({
          row,
          column: "kode",
          messageKey: "imports.stages.facilityUnknown",
          values: { code: data.code },
        });
        continue;
      }
      const current = state.get(facility.id)!;
      if (
        (current.stage === data.toStage && day(current.since) === day(data.effectiveDate)) ||
        history.has(`${facility.id}:${data.toStage}:${day(data.effectiveDate)}`)
      ) {
        planned.push({ row, data, outcome: "unchanged" });
        continue;
      }
      if (!data.note) {
        rejected.push({ row, column: "catatan", messageKey: "errors.noteRequired" });
        continue;
      }
      // The form's date rules: not before DATE_FLOOR or the facility's opening, not after the district's today.
      const dateProblem = recordDateProblem(data.effectiveDate, { floor, openedOn: [facility.openedOn], today });
      if (dateProblem) {
        rejected.push({ row, column: "tanggal", messageKey: dateProblem.messageKey, values: dateProblem.values });
        continue;
      }
      const decreeParts = [data.decreeIssuer, data.decreeNumber, data.decreeDate].filter(
        (part) => part !== undefined,
      ).length;
      if (
        (decreeParts > 0 && decreeParts < 3) ||
        (data.type === "PUSKESMAS" && data.toStage === "MENERAPKAN" && decreeParts === 0)
      ) {
        rejected.push({
          row,
          column: "sk_nomor",
          messageKey: decreeParts === 0 ? "errors.decreeRequired" : "errors.decreeIncomplete",
        });
        continue;
      }
      const decreeProblem = data.decreeDate ? recordDateProblem(data.decreeDate, { floor, today }) : null;
      if (decreeProblem) {
        rejected.push({
          row,
          column: "sk_tanggal",
          messageKey: decreeProblem.messageKey,
          values: decreeProblem.values,
        });
        continue;
      }
      const check = checkStageTransition({
        from: current.stage,
        to: data.toStage as IlpStage,
        note: data.note,
        effectiveDate: data.effectiveDate,
        currentSince: current.since,
      });
      if (!check.ok) {
        rejected.push({
          row,
          column:
            check.reason === "BEFORE_CURRENT" ? "tanggal" : check.reason === "REASON_REQUIRED" ? "catatan" : "tahap",
          messageKey: MESSAGES[check.reason],
        });
        continue;
      }
      state.set(facility.id, { stage: data.toStage as IlpStage, since: data.effectiveDate });
      planned.push({ row, data, outcome: "create" });
    }
    return { planned: planned.sort((a, b) => a.row - b.row), rejected };
  },

  async apply(ctx, district, rows) {
    const links: RowLink[] = [];
    const ordered = [...rows].sort(
      (a, b) => a.data.effectiveDate.getTime() - b.data.effectiveDate.getTime() || a.row - b.row,
    );
    const codes = [...new Set(ordered.map((row) => row.data.code))];
    const facilities = await ctx.db.facility.findMany({
      where: { districtId: district.id, code: { in: codes } },
      select: { ...FACILITY_SELECT, type: true, code: true },
    });
    const byKey = new Map(facilities.map((facility) => [keyOf(facility.type, facility.code), facility]));
    const versions = new Map(facilities.map((facility) => [facility.id, facility.version]));
    for (const { data } of ordered) {
      const facility = byKey.get(keyOf(data.type, data.code))!;
      // Imported by a planner: verified, like the planner's own change in the form.
      const { version } = await changeFacilityStage(ctx, {
        facilityId: facility.id,
        toStage: data.toStage,
        effectiveDate: data.effectiveDate,
        note: data.note,
        version: versions.get(facility.id)!,
        checklist: [],
        decreeIssuer: data.decreeIssuer,
        decreeNumber: data.decreeNumber,
        decreeDate: data.decreeDate,
      });
      versions.set(facility.id, version);
      const change = await ctx.db.facilityStageChange.findFirstOrThrow({
        where: {
          facilityId: facility.id,
          toStage: data.toStage as IlpStage,
          effectiveDate: data.effectiveDate,
          changedById: ctx.scope.userId,
          id: { notIn: links.map((link) => link.entityId) },
        },
        orderBy: { createdAt: "desc" },
        select: { id: true, facilityId: true, toStage: true, effectiveDate: true },
      });
      links.push(stageChangeEntity.created(change.id, change));
    }
    const touched = facilities.filter((facility) => versions.get(facility.id) !== facility.version);
    const after = new Map(
      (
        await ctx.db.facility.findMany({
          where: { id: { in: touched.map((facility) => facility.id) } },
          select: FACILITY_SELECT,
        })
      ).map((facility) => [facility.id, facility]),
    );
    for (const facility of touched) links.push(facilityEntity.updated(facility.id, facility, after.get(facility.id)!));
    return links;
  },

  async exportRows(ctx, district) {
    const facilities = await ctx.db.facility.findMany({
      where: { districtId: district.id, closedAt: null, stageSince: { not: null } },
      orderBy: [{ type: "asc" }, { code: "asc" }],
      select: {
        type: true,
        code: true,
        currentStage: true,
        stageSince: true,
        stageChanges: {
          where: COUNTING_ENTRY,
          orderBy: [{ effectiveDate: "desc" }, { createdAt: "desc" }],
          take: 1,
          select: { note: true, decreeIssuer: true, decreeNumber: true, decreeDate: true },
        },
      },
    });
    return facilities.map((facility) => {
      const latest = facility.stageChanges[0];
      return [
        facility.type,
        facility.code,
        facility.currentStage,
        day(facility.stageSince),
        latest?.note ?? "",
        latest?.decreeIssuer ?? "",
        latest?.decreeNumber ?? "",
        day(latest?.decreeDate ?? null),
      ];
    });
  },
};

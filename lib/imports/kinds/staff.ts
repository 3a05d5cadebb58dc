import { z } from "zod";
import { zText } from "@/lib/validation/text";
import { EmploymentStatus, Posting, Profession } from "@/lib/generated/prisma/enums";
import { ConflictError } from "@/lib/server/errors";
import { nipProblem } from "@/lib/staffing/nip";
import { auditForeignNipLookup, nipsHeldOutside } from "@/lib/staffing/nip-lookup";
import type { Ctx } from "@/lib/server/scoped-db";
import { STAFF_SELECT, snapshots } from "../entities";
import { ofTarget } from "../pipeline";
import type { ImportDistrict, ImportKindDef, PlannedRow, RowIssue, RowLink } from "../types";
import { enumCell, yesNo, ZYesNo } from "./cells";

const values = <T extends Record<string, string>>(enumObject: T) => Object.values(enumObject) as [T[keyof T], ...T[keyof T][]];

/** One health worker of a puskesmas roster, the columns of the Staff table (NIP when the worker has one). */
export const ZStaffRow = z
  .object({
    puskesmasCode: zText({ max: 32, min: 1 }),
    // The staff form's own NIP check: 18 digits holding a possible birth date, appointment month and sex.
    nip: zText({ max: 40 })
      .superRefine((nip, context) => {
        const problem = nipProblem(nip);
        if (problem) context.addIssue({ code: "custom", message: problem });
      })
      .optional(),
    name: zText({ max: 200, min: 1 }),
    profession: enumCell(values(Profession), "imports.staff.profession"),
    employmentStatus: enumCell(values(EmploymentStatus), "imports.staff.employmentStatus").default("PNS"),
    posting: enumCell(values(Posting), "imports.staff.posting").default("PUSKESMAS"),
    pustuCode: zText({ max: 32 }).optional(),
    pustuSchedule: zText({ max: 200 }).optional(),
    active: ZYesNo.default(true),
  })
  .refine((row) => row.posting === "PUSKESMAS" || row.pustuCode, { message: "imports.staff.pustuRequired", path: ["pustuCode"] });
export type TStaffRow = z.output<typeof ZStaffRow>;

type Existing = Awaited<ReturnType<typeof loadStaff>>[number];
type StaffRow = TStaffRow & { resolved?: { puskesmasId: string; pustuId: string | null; existing: Existing | null } };

const loadStaff = (ctx: Ctx, district: ImportDistrict) => ctx.db.staff.findMany({ where: { districtId: district.id }, select: STAFF_SELECT });
const nameKey = (puskesmasId: string, name: string) => `${puskesmasId}:${name.toLowerCase()}`;

/**
 * Staff rosters per puskesmas, matched by NIP when given, else by puskesmas and name.
 * Restricted to one puskesmas (its head's import), rows of another puskesmas are
 * rejected, and so is a NIP held by another puskesmas' staff: a head never moves
 * anyone out of another puskesmas (a planner's district import may).
 */
export const staffImport: ImportKindDef<StaffRow> = {
  kind: "STAFF",
  slug: "tenaga",
  columns: {
    kode_puskesmas: "puskesmasCode",
    nip: "nip",
    nama: "name",
    profesi: "profession",
    status_kepegawaian: "employmentStatus",
    penempatan: "posting",
    kode_pustu: "pustuCode",
    jadwal_pustu: "pustuSchedule",
    aktif: "active",
  },
  requiredColumns: ["kode_puskesmas", "nama", "profesi"],
  schema: ZStaffRow,
  naturalKey: (row) => (row.nip ? `nip:${row.nip}` : `nama:${row.puskesmasCode}:${row.name.toLowerCase()}`),
  keyColumn: "nip",

  async plan(ctx, district, rows) {
    const facilities = await ctx.db.facility.findMany({ where: { districtId: district.id, type: { in: ["PUSKESMAS", "PUSTU"] }, closedAt: null }, select: { id: true, type: true, code: true, parentId: true } });
    const puskesmas = new Map(facilities.filter((facility) => facility.type === "PUSKESMAS").map((facility) => [facility.code, facility]));
    const pustu = new Map(facilities.filter((facility) => facility.type === "PUSTU").map((facility) => [facility.code, facility]));
    const staff = await loadStaff(ctx, district);
    const byNip = new Map(staff.filter((member) => member.nip).map((member) => [member.nip!, member]));
    const byName = new Map<string, Existing[]>();
    for (const member of staff) byName.set(nameKey(member.puskesmasId, member.name), [...(byName.get(nameKey(member.puskesmasId, member.name)) ?? []), member]);
    // One message for a NIP of another district or (for a head) another puskesmas: the refusal names neither.
    const outside = await nipsHeldOutside(ctx, district.id, rows.flatMap((row) => (row.data.nip ? [row.data.nip] : [])), district.puskesmas?.id ?? null);
    await auditForeignNipLookup(ctx.scope, district.id, outside, "import");
    const assigned = new Set(
      (await ctx.db.clusterAssignment.findMany({ where: { districtId: district.id, effectiveTo: null }, select: { staffId: true }, distinct: ["staffId"] })).map((assignment) => assignment.staffId),
    );

    const rejected: RowIssue[] = [];
    const planned: PlannedRow<StaffRow>[] = [];
    for (const { row, data } of rows) {
      if (district.puskesmas && data.puskesmasCode !== district.puskesmas.code) {
        rejected.push({ row, column: "kode_puskesmas", messageKey: "imports.staff.otherPuskesmas", values: { code: data.puskesmasCode, own: district.puskesmas.code } });
        continue;
      }
      const home = puskesmas.get(data.puskesmasCode);
      if (!home) {
        rejected.push({ row, column: "kode_puskesmas", messageKey: "imports.staff.puskesmasUnknown", values: { code: data.puskesmasCode } });
        continue;
      }
      const post = data.pustuCode ? pustu.get(data.pustuCode) : undefined;
      if (data.pustuCode && post?.parentId !== home.id) {
        rejected.push({ row, column: "kode_pustu", messageKey: "imports.staff.pustuUnknown", values: { code: data.pustuCode } });
        continue;
      }
      if (data.nip && (outside.has(data.nip) || (district.puskesmas && byNip.has(data.nip) && byNip.get(data.nip)!.puskesmasId !== home.id))) {
        rejected.push({ row, column: "nip", messageKey: "imports.staff.nipTaken" });
        continue;
      }
      const sameName = byName.get(nameKey(home.id, data.name)) ?? [];
      const current = data.nip ? (byNip.get(data.nip) ?? sameName.find((member) => !member.nip) ?? null) : sameName.length === 1 ? sameName[0]! : null;
      // Leaving a cluster is dated on the board (the form ends the assignments); an import cannot say when.
      if (current && assigned.has(current.id) && (current.puskesmasId !== home.id || (current.active && !data.active))) {
        rejected.push({ row, column: current.puskesmasId !== home.id ? "kode_puskesmas" : "aktif", messageKey: "imports.staff.stillAssigned" });
        continue;
      }
      const resolved = { puskesmasId: home.id, pustuId: post?.id ?? null, existing: current };
      const outcome = !current ? "create" : JSON.stringify(fieldsOf(data, resolved, current)) === JSON.stringify(fieldsOf(current, resolved, current, true)) ? "unchanged" : "update";
      planned.push({ row, data: { ...data, resolved }, outcome });
    }
    return { planned, rejected };
  },

  async apply(ctx, district, rows) {
    const links: RowLink[] = [];
    for (const { data, outcome } of rows) {
      const resolved = data.resolved!;
      const fields = fieldsOf(data, resolved, resolved.existing);
      if (outcome === "create") {
        const id = crypto.randomUUID();
        await ctx.db.staff.create({ data: { id, districtId: district.id, ...fields }, select: { id: true } });
        links.push({ entity: "Staff", entityId: id, created: true, before: null, after: snapshots.Staff({ ...fields, version: 1 }) });
        continue;
      }
      const before = resolved.existing!;
      const updated = await ctx.db.staff.updateMany({ where: { id: before.id, ...ofTarget(district), version: before.version }, data: { ...fields, version: { increment: 1 } } });
      if (updated.count === 0) throw new ConflictError();
      links.push({ entity: "Staff", entityId: before.id, created: false, before: snapshots.Staff(before), after: snapshots.Staff({ ...fields, version: before.version + 1 }) });
    }
    return links;
  },

  async exportRows(ctx, district) {
    const staff = await ctx.db.staff.findMany({
      where: ofTarget(district),
      orderBy: [{ puskesmas: { code: "asc" } }, { name: "asc" }],
      select: { nip: true, name: true, profession: true, employmentStatus: true, posting: true, pustuSchedule: true, active: true, puskesmas: { select: { code: true } }, pustu: { select: { code: true } } },
    });
    return staff.map((member) => [
      member.puskesmas.code,
      member.nip ?? "",
      member.name,
      member.profession,
      member.employmentStatus,
      member.posting,
      member.pustu?.code ?? "",
      member.pustuSchedule ?? "",
      yesNo(member.active),
    ]);
  },
};

/** The Staff columns a row sets; a row without a NIP keeps the stored one. */
function fieldsOf(
  data: Pick<TStaffRow, "name" | "profession" | "employmentStatus" | "posting" | "active"> & { nip?: string | null; pustuSchedule?: string | null },
  resolved: { puskesmasId: string; pustuId: string | null },
  current: Existing | null,
  stored = false,
) {
  return {
    puskesmasId: stored && current ? current.puskesmasId : resolved.puskesmasId,
    name: data.name,
    nip: data.nip ?? current?.nip ?? null,
    profession: data.profession as Profession,
    employmentStatus: data.employmentStatus as EmploymentStatus,
    posting: data.posting as Posting,
    pustuId: stored && current ? current.pustuId : resolved.pustuId,
    pustuSchedule: data.pustuSchedule || null,
    active: data.active,
  };
}

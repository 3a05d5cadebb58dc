import { z } from "zod";
import { zText } from "@/lib/validation/text";
import { ConflictError } from "@/lib/server/errors";
import { checkPosting, EMPLOYMENT_STATUSES, POSTINGS, PROFESSIONS, STAFF_FIELDS } from "@/lib/staffing/schemas";
import { auditForeignNipLookup, nipsHeldOutside } from "@/lib/staffing/nip-lookup";
import type { Ctx } from "@/lib/server/scoped-db";
import { defineEntity } from "../entity";
import { ofTarget } from "../pipeline";
import type { ImportDistrict, ImportKindDef, PlannedRow, RowIssue, RowLink } from "../types";
import { enumCell, yesNo, ZYesNo } from "./cells";
import { STAFF_EDITABLE } from "@/lib/staffing/select";

/**
 * One health worker of a puskesmas roster: the staff form's fields and posting
 * rules, with the puskesmas and pustu named by code and the enums read as cells.
 */
export const ZStaffRow = z
  .object({
    puskesmasCode: zText({ max: 32, min: 1 }),
    nip: STAFF_FIELDS.nip,
    name: STAFF_FIELDS.name,
    profession: enumCell(PROFESSIONS, "imports.staff.profession"),
    employmentStatus: enumCell(EMPLOYMENT_STATUSES, "imports.staff.employmentStatus").default("PNS"),
    posting: enumCell(POSTINGS, "imports.staff.posting").default("PUSKESMAS"),
    pustuCode: zText({ max: 32 }).optional(),
    pustuSchedule: STAFF_FIELDS.pustuSchedule,
    active: ZYesNo.default(true),
  })
  .superRefine((row, context) =>
    checkPosting(row, { value: row.pustuCode, path: "pustuCode", message: "imports.staff.pustuRequired" }, context),
  );
export type TStaffRow = z.output<typeof ZStaffRow>;

type Existing = Awaited<ReturnType<typeof loadStaff>>[number];
type StaffRow = TStaffRow & { resolved?: { puskesmasId: string; pustuId: string | null; existing: Existing | null } };

const STAFF_SELECT = { ...STAFF_EDITABLE, puskesmasId: true } as const;
const loadStaff = (ctx: Ctx, district: ImportDistrict) =>
  ctx.db.staff.findMany({ where: { districtId: district.id }, select: STAFF_SELECT });

type StaffFields = Omit<Existing, "id">;
const staffEntity = defineEntity({
  name: "Staff",
  find: (ctx, ids) => ctx.db.staff.findMany({ where: { id: { in: ids } }, select: STAFF_SELECT }),
  snapshot: (row: StaffFields) => ({
    version: row.version,
    puskesmasId: row.puskesmasId,
    name: row.name,
    nip: row.nip,
    profession: row.profession,
    employmentStatus: row.employmentStatus,
    posting: row.posting,
    pustuId: row.pustuId,
    pustuSchedule: row.pustuSchedule,
    active: row.active,
  }),
  image: z.object({
    version: z.number().int(),
    puskesmasId: z.string(),
    name: z.string(),
    nip: z.string().nullable(),
    profession: z.enum(PROFESSIONS),
    employmentStatus: z.enum(EMPLOYMENT_STATUSES),
    posting: z.enum(POSTINGS),
    pustuId: z.string().nullable(),
    pustuSchedule: z.string().nullable(),
    active: z.boolean(),
  }),
  async deleteCreated(ctx, ids) {
    await ctx.db.staff.deleteMany({ where: { id: { in: ids } } });
  },
  async restore(ctx, id, before) {
    await ctx.db.staff.update({ where: { id }, data: before });
  },
});
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
  aliases: { nama: ["nama_pegawai", "nama_tenaga", "nama_nakes"] },
  example: {
    kode_puskesmas: "PKM-SU",
    nip: "",
    nama: "Rina Marlina",
    profesi: "BIDAN",
    status_kepegawaian: "PNS",
    penempatan: "PUSTU_MENETAP",
    kode_pustu: "PUSTU-SU-01",
    jadwal_pustu: "",
    aktif: "ya",
  },
  requiredColumns: ["kode_puskesmas", "nama", "profesi"],
  schema: ZStaffRow,
  naturalKey: (row) => (row.nip ? `nip:${row.nip}` : `nama:${row.puskesmasCode}:${row.name.toLowerCase()}`),
  keyColumn: "nip",
  entity: staffEntity,

  async plan(ctx, district, rows) {
    const facilities = await ctx.db.facility.findMany({
      where: { districtId: district.id, type: { in: ["PUSKESMAS", "PUSTU"] }, closedAt: null },
      select: { id: true, type: true, code: true, parentId: true },
    });
    const puskesmas = new Map(
      facilities.filter((facility) => facility.type === "PUSKESMAS").map((facility) => [facility.code, facility]),
    );
    const pustu = new Map(
      facilities.filter((facility) => facility.type === "PUSTU").map((facility) => [facility.code, facility]),
    );
    const staff = await loadStaff(ctx, district);
    const byNip = new Map(staff.filter((member) => member.nip).map((member) => [member.nip!, member]));
    const byName = new Map<string, Existing[]>();
    for (const member of staff)
      byName.set(nameKey(member.puskesmasId, member.name), [
        ...(byName.get(nameKey(member.puskesmasId, member.name)) ?? []),
        member,
      ]);
    // One message for a NIP of another district or (for a head) another puskesmas: the refusal names neither.
    const outside = await nipsHeldOutside(
      ctx,
      district.id,
      rows.flatMap((row) => (row.data.nip ? [row.data.nip] : [])),
      district.puskesmas?.id ?? null,
    );
    await auditForeignNipLookup(ctx.scope, district.id, outside, "import");
    const assigned = new Set(
      (
        await ctx.db.clusterAssignment.findMany({
          where: { districtId: district.id, effectiveTo: null },
          select: { staffId: true },
          distinct: ["staffId"],
        })
      ).map((assignment) => assignment.staffId),
    );

    const rejected: RowIssue[] = [];
    const planned: PlannedRow<StaffRow>[] = [];
    for (const { row, data } of rows) {
      if (district.puskesmas && data.puskesmasCode !== district.puskesmas.code) {
        rejected.push({
          row,
          column: "kode_puskesmas",
          messageKey: "imports.staff.otherPuskesmas",
          values: { code: data.puskesmasCode, own: district.puskesmas.code },
        });
        continue;
      }
      const home = puskesmas.get(data.puskesmasCode);
      if (!home) {
        rejected.push({
          row,
          column: "kode_puskesmas",
          messageKey: "imports.staff.puskesmasUnknown",
          values: { code: data.puskesmasCode },
        });
        continue;
      }
      const post = data.pustuCode ? pustu.get(data.pustuCode) : undefined;
      if (data.pustuCode && post?.parentId !== home.id) {
        rejected.push({
          row,
          column: "kode_pustu",
          messageKey: "imports.staff.pustuUnknown",
          values: { code: data.pustuCode },
        });
        continue;
      }
      if (
        data.nip &&
        (outside.has(data.nip) ||
          (district.puskesmas && byNip.has(data.nip) && byNip.get(data.nip)!.puskesmasId !== home.id))
      ) {
        rejected.push({ row, column: "nip", messageKey: "imports.staff.nipTaken" });
        continue;
      }
      const sameName = byName.get(nameKey(home.id, data.name)) ?? [];
      const current = data.nip
        ? (byNip.get(data.nip) ?? sameName.find((member) => !member.nip) ?? null)
        : sameName.length === 1
          ? sameName[0]!
          : null;
      // Leaving a cluster is dated on the board (the form ends the assignments); an import cannot say when.
      if (
        current &&
        assigned.has(current.id) &&
        (current.puskesmasId !== home.id || (current.active && !data.active))
      ) {
        rejected.push({
          row,
          column: current.puskesmasId !== home.id ? "kode_puskesmas" : "aktif",
          messageKey: "imports.staff.stillAssigned",
        });
        continue;
      }
      const resolved = { puskesmasId: home.id, pustuId: post?.id ?? null, existing: current };
      const outcome = !current
        ? "create"
        : JSON.stringify(fieldsOf(data, resolved, current)) ===
            JSON.stringify(fieldsOf(current, resolved, current, true))
          ? "unchanged"
          : "update";
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
        links.push(staffEntity.created(id, { ...fields, version: 1 }));
        continue;
      }
      const before = resolved.existing!;
      const updated = await ctx.db.staff.updateMany({
        where: { id: before.id, ...ofTarget(district), version: before.version },
        data: { ...fields, version: { increment: 1 } },
      });
      if (updated.count === 0) throw new ConflictError();
      links.push(staffEntity.updated(before.id, before, { ...fields, version: before.version + 1 }));
    }
    return links;
  },

  async exportRows(ctx, district) {
    const staff = await ctx.db.staff.findMany({
      where: ofTarget(district),
      orderBy: [{ puskesmas: { code: "asc" } }, { name: "asc" }],
      select: {
        nip: true,
        name: true,
        profession: true,
        employmentStatus: true,
        posting: true,
        pustuSchedule: true,
        active: true,
        puskesmas: { select: { code: true } },
        pustu: { select: { code: true } },
      },
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
  data: Pick<TStaffRow, "name" | "profession" | "employmentStatus" | "posting" | "active"> & {
    nip?: string | null;
    pustuSchedule?: string | null;
  },
  resolved: { puskesmasId: string; pustuId: string | null },
  current: Existing | null,
  stored = false,
) {
  return {
    puskesmasId: stored && current ? current.puskesmasId : resolved.puskesmasId,
    name: data.name,
    nip: data.nip ?? current?.nip ?? null,
    profession: data.profession,
    employmentStatus: data.employmentStatus,
    posting: data.posting,
    pustuId: stored && current ? current.pustuId : resolved.pustuId,
    pustuSchedule: data.pustuSchedule || null,
    active: data.active,
  };
}

import { z } from "zod";
import { zText } from "@/lib/validation/text";
import { ZCreateFacility } from "@/lib/facilities/schemas";
import { facilitySearchText } from "@/lib/facilities/search-text";
import { ALLOWED_PARENTS } from "@/lib/facilities/service";
import { IlpStage, type FacilityType } from "@/lib/generated/prisma/enums";
import { ConflictError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/scoped-db";
import { parseIsoDate, toIsoDate } from "@/lib/dates";
import { defineEntity } from "../entity";
import type { ImportDistrict, ImportKindDef, PlannedRow, RowIssue, RowLink, Snapshot } from "../types";
import { enumCell, yesNo, ZCellList, ZYesNo } from "./cells";

const TYPES = ["PUSKESMAS", "PUSTU", "POSYANDU"] as const satisfies readonly z.infer<
  typeof ZCreateFacility.shape.type
>[];

/** The facility form's schema, with the parent named by type and code instead of an id. */
export const ZFacilityRow = ZCreateFacility.omit({ parentId: true, hasInpatient: true, aliases: true }).extend({
  type: enumCell(TYPES, "imports.facilities.type"),
  parentType: enumCell(["PUSKESMAS", "PUSTU"] as const, "imports.facilities.parentType").optional(),
  parentCode: zText({ max: 32 }).optional(),
  hasInpatient: ZYesNo.optional(),
  aliases: ZCellList.pipe(ZCreateFacility.shape.aliases.unwrap()),
});
export type TFacilityRow = z.output<typeof ZFacilityRow>;

type Existing = Awaited<ReturnType<typeof loadFacilities>>[number];
type Resolved = {
  kecamatanId: string | null;
  desaId: string | null;
  parentId: string | null;
  parentKey: string | null;
  existing: Existing | null;
};
type FacilityRow = TFacilityRow & { resolved?: Resolved };

const keyOf = (type: string, code: string) => `${type}:${code}`;

/** The Facility fields imports manage (facilities and stage changes alike). */
export const FACILITY_SELECT = {
  id: true,
  version: true,
  name: true,
  aliases: true,
  kecamatanId: true,
  desaId: true,
  parentId: true,
  hasInpatient: true,
  currentStage: true,
  stageSince: true,
} as const;

type FacilityFields = {
  version: number;
  name: string;
  aliases: string[];
  kecamatanId: string | null;
  desaId: string | null;
  parentId: string | null;
  hasInpatient: boolean | null;
  currentStage: IlpStage;
  stageSince: Date | null;
};

/** Facilities, as the facility and stage-change imports write them; the stage is restored with them. */
export const facilityEntity = defineEntity({
  name: "Facility",
  find: (ctx, ids) => ctx.db.facility.findMany({ where: { id: { in: ids } }, select: FACILITY_SELECT }),
  snapshot: (row: FacilityFields) => ({
    version: row.version,
    name: row.name,
    aliases: row.aliases,
    kecamatanId: row.kecamatanId,
    desaId: row.desaId,
    parentId: row.parentId,
    hasInpatient: row.hasInpatient,
    currentStage: row.currentStage,
    stageSince: row.stageSince ? toIsoDate(row.stageSince) : null,
  }),
  image: z.object({
    version: z.number().int(),
    name: z.string(),
    aliases: z.array(z.string()),
    kecamatanId: z.string().nullable(),
    desaId: z.string().nullable(),
    parentId: z.string().nullable(),
    hasInpatient: z.boolean().nullable(),
    currentStage: z.enum(IlpStage),
    stageSince: z.string().nullable(),
  }),
  async deleteCreated(ctx, ids) {
    // Posyandu, then pustu, then puskesmas: parents go last.
    for (const type of ["POSYANDU", "PUSTU", "PUSKESMAS"] as const)
      await ctx.db.facility.deleteMany({ where: { id: { in: ids }, type } });
  },
  async restore(ctx, id, before) {
    const stageSince = before.stageSince ? parseIsoDate(before.stageSince.slice(0, 10)) : null;
    await ctx.db.facility.update({
      where: { id },
      data: { ...before, stageSince, searchText: facilitySearchText(before.name, before.aliases) },
    });
  },
});

async function loadFacilities(ctx: Ctx, district: ImportDistrict) {
  return ctx.db.facility.findMany({
    where: { districtId: district.id },
    select: { ...FACILITY_SELECT, type: true, code: true, closedAt: true },
  });
}

/** Keys of `entity` another district holds: row-level security hides those rows, the unique index would not. */
export async function keysHeldElsewhere(
  ctx: Ctx,
  entity: "Facility" | "Staff",
  keys: string[],
  districtId: string,
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await ctx.db.$queryRaw<
    { key: string }[]
  >`SELECT k AS key FROM import_keys_held_elsewhere(${entity}, ${keys}::text[], ${districtId}::uuid) AS k`;
  return new Set(rows.map((row) => row.key));
}

/** Puskesmas, pustu and posyandu of the district, matched by type and facility code. */
export const facilitiesImport: ImportKindDef<FacilityRow> = {
  kind: "FACILITIES",
  slug: "fasilitas",
  columns: {
    jenis: "type",
    kode: "code",
    nama: "name",
    kode_kecamatan: "kecamatanCode",
    kode_desa: "desaCode",
    jenis_induk: "parentType",
    kode_induk: "parentCode",
    rawat_inap: "hasInpatient",
    nama_lain: "aliases",
  },
  aliases: {
    kode: ["kode_fasilitas", "kode_faskes", "kode_instansi"],
    nama: ["nama_fasilitas", "nama_faskes", "unit_kerja"],
  },
  example: {
    jenis: "PUSTU",
    kode: "PUSTU-SU-01",
    nama: "Pustu Sumber Urip",
    kode_kecamatan: "17.02.11",
    kode_desa: "17.02.11.2009",
    jenis_induk: "PUSKESMAS",
    kode_induk: "PKM-SU",
    rawat_inap: "tidak",
    nama_lain: "Pustu Sumber Urib",
  },
  requiredColumns: ["jenis", "kode", "nama"],
  schema: ZFacilityRow,
  naturalKey: (row) => keyOf(row.type, row.code),
  keyColumn: "kode",
  entity: facilityEntity,

  async plan(ctx, district, rows) {
    const existing = new Map(
      (await loadFacilities(ctx, district)).map((facility) => [keyOf(facility.type, facility.code), facility]),
    );
    const regions = new Map(
      (
        await ctx.db.region.findMany({
          where: { districtId: district.id, level: { in: ["KECAMATAN", "DESA"] } },
          select: { id: true, code: true, level: true, parentId: true },
        })
      ).map((region) => [region.code, region]),
    );
    const elsewhere = await keysHeldElsewhere(
      ctx,
      "Facility",
      rows.map((row) => keyOf(row.data.type, row.data.code)),
      district.id,
    );
    const inFile = new Set(rows.map((row) => keyOf(row.data.type, row.data.code)));
    const rejected: RowIssue[] = [];
    const planned: PlannedRow<FacilityRow>[] = [];
    const reject = (row: number, column: string, messageKey: string, values?: Record<string, string>) =>
      rejected.push({ row, column, messageKey, ...(values ? { values } : {}) });

    for (const { row, data } of rows) {
      const key = keyOf(data.type, data.code);
      if (elsewhere.has(key)) {
        reject(row, "kode", "imports.facilities.codeElsewhere", { code: data.code });
        continue;
      }
      const desa = data.desaCode ? regions.get(data.desaCode) : undefined;
      if (data.desaCode && desa?.level !== "DESA") {
        reject(row, "kode_desa", "errors.desaOutsideDistrict");
        continue;
      }
      if (data.type !== "PUSKESMAS" && !desa) {
        reject(row, "kode_desa", "errors.desaRequired");
        continue;
      }
      const kecamatan = data.kecamatanCode ? regions.get(data.kecamatanCode) : undefined;
      if (data.kecamatanCode && kecamatan?.level !== "KECAMATAN") {
        reject(row, "kode_kecamatan", "errors.kecamatanOutsideDistrict");
        continue;
      }
      // A puskesmas may stay without a kecamatan while it is unknown, as in the form and the export.
      const kecamatanId = kecamatan?.id ?? desa?.parentId ?? null;
      const allowed: readonly FacilityType[] = ALLOWED_PARENTS[data.type as FacilityType];
      let parentKey: string | null = null;
      if (allowed.length > 0 || data.parentCode) {
        const candidates = (data.parentType ? [data.parentType] : allowed)
          .filter((type) => allowed.includes(type))
          .map((type) => keyOf(type, data.parentCode ?? ""));
        parentKey =
          candidates.find(
            (candidate) => (existing.has(candidate) && !existing.get(candidate)!.closedAt) || inFile.has(candidate),
          ) ?? null;
        if (!data.parentCode || !parentKey) {
          reject(row, "kode_induk", "errors.parentInvalid");
          continue;
        }
      }
      const current = existing.get(key) ?? null;
      if (current?.closedAt) {
        reject(row, "kode", "imports.facilities.closed", { code: data.code });
        continue;
      }
      const resolved: Resolved = {
        kecamatanId,
        desaId: desa?.id ?? null,
        parentId: parentKey ? (existing.get(parentKey)?.id ?? null) : null,
        parentKey,
        existing: current,
      };
      const parentIsNew = parentKey !== null && !existing.has(parentKey);
      const outcome = !current
        ? "create"
        : !parentIsNew && same(current, fieldsOf(data, resolved))
          ? "unchanged"
          : "update";
      planned.push({ row, data: { ...data, resolved }, outcome });
    }
    return { planned, rejected };
  },

  async apply(ctx, district, rows) {
    const links: RowLink[] = [];
    const ids = new Map(
      (await loadFacilities(ctx, district)).map((facility) => [keyOf(facility.type, facility.code), facility.id]),
    );
    // Puskesmas, then pustu, then posyandu: a parent created by the same file exists before its children.
    for (const type of TYPES) {
      for (const { data, outcome } of rows.filter((row) => row.data.type === type)) {
        const resolved = data.resolved!;
        const parentId = resolved.parentKey ? ids.get(resolved.parentKey)! : null;
        const fields = fieldsOf(data, { ...resolved, parentId });
        if (outcome === "create") {
          const id = crypto.randomUUID();
          await ctx.db.facility.create({
            data: {
              id,
              districtId: district.id,
              type,
              code: data.code,
              ...fields,
              searchText: facilitySearchText(fields.name, fields.aliases),
            },
            select: { id: true },
          });
          ids.set(keyOf(type, data.code), id);
          links.push(facilityEntity.created(id, { ...fields, version: 1, currentStage: "BELUM", stageSince: null }));
          continue;
        }
        const before = resolved.existing!;
        const updated = await ctx.db.facility.updateMany({
          where: { id: before.id, districtId: district.id, version: before.version },
          data: { ...fields, searchText: facilitySearchText(fields.name, fields.aliases), version: { increment: 1 } },
        });
        if (updated.count === 0) throw new ConflictError();
        links.push(facilityEntity.updated(before.id, before, { ...before, ...fields, version: before.version + 1 }));
      }
    }
    return links;
  },

  async exportRows(ctx, district) {
    const facilities = await ctx.db.facility.findMany({
      where: { districtId: district.id, closedAt: null },
      orderBy: [{ type: "asc" }, { code: "asc" }],
      select: {
        type: true,
        code: true,
        name: true,
        aliases: true,
        hasInpatient: true,
        kecamatan: { select: { code: true } },
        desa: { select: { code: true } },
        parent: { select: { type: true, code: true } },
      },
    });
    return facilities.map((facility) => [
      facility.type,
      facility.code,
      facility.name,
      facility.kecamatan?.code ?? "",
      facility.desa?.code ?? "",
      facility.parent?.type ?? "",
      facility.parent?.code ?? "",
      facility.type === "PUSKESMAS" ? yesNo(facility.hasInpatient) : "",
      facility.aliases.join(" | "),
    ]);
  },
};

/** The fields a row sets. */
function fieldsOf(data: TFacilityRow, resolved: Omit<Resolved, "existing">) {
  return {
    name: data.name,
    aliases: data.aliases,
    kecamatanId: resolved.kecamatanId,
    desaId: resolved.desaId,
    parentId: resolved.parentId,
    hasInpatient: data.type === "PUSKESMAS" ? (data.hasInpatient ?? null) : null,
  };
}

function same(current: Existing, fields: ReturnType<typeof fieldsOf>): boolean {
  const now: Snapshot = {
    name: current.name,
    aliases: current.aliases,
    kecamatanId: current.kecamatanId,
    desaId: current.desaId,
    parentId: current.parentId,
    hasInpatient: current.hasInpatient,
  };
  return JSON.stringify(now) === JSON.stringify(fields);
}

import { z } from "zod";
import { zText } from "@/lib/validation/text";
import { KaderCompetency, KaderLevel } from "@/lib/generated/prisma/enums";
import type { Ctx } from "@/lib/server/scoped-db";
import { defineEntity } from "../entity";
import type { ImportDistrict, ImportKindDef, PlannedRow, RowIssue, RowLink } from "../types";
import { enumCell, yesNo, ZCellList, ZYesNo } from "./cells";

const LEVELS = Object.values(KaderLevel) as [KaderLevel, ...KaderLevel[]];
const COMPETENCIES = Object.values(KaderCompetency) as [KaderCompetency, ...KaderCompetency[]];

/** One kader of a posyandu: the columns of the Kader table; competencies separated by "|". */
export const ZKaderRow = z.object({
  posyanduCode: zText({ max: 32, min: 1 }),
  name: zText({ max: 200, min: 1 }),
  level: enumCell(LEVELS, "imports.kader.level").default("PURWA"),
  competencies: ZCellList.transform((list) => list.map((item) => item.toUpperCase().replace(/[\s-]+/g, "_")))
    .pipe(z.array(z.enum(COMPETENCIES, "imports.kader.competency")))
    .transform((list) => [...new Set(list)].sort()),
  active: ZYesNo.default(true),
});
export type TKaderRow = z.output<typeof ZKaderRow>;

type Existing = Awaited<ReturnType<typeof loadKader>>[number];
type KaderRow = TKaderRow & { resolved?: { posyanduId: string; existing: Existing | null } };

const KADER_SELECT = { id: true, posyanduId: true, name: true, level: true, competencies: true, active: true } as const;
const loadKader = (ctx: Ctx, district: ImportDistrict) =>
  ctx.db.kader.findMany({ where: { districtId: district.id }, select: KADER_SELECT });

type KaderFields = {
  posyanduId: string;
  name: string;
  level: KaderLevel;
  competencies: KaderCompetency[];
  active: boolean;
};
const kaderEntity = defineEntity({
  name: "Kader",
  find: (ctx, ids) => ctx.db.kader.findMany({ where: { id: { in: ids } }, select: KADER_SELECT }),
  snapshot: (row: KaderFields) => ({
    posyanduId: row.posyanduId,
    name: row.name,
    level: row.level,
    competencies: row.competencies,
    active: row.active,
  }),
  image: z.object({
    posyanduId: z.string(),
    name: z.string(),
    level: z.enum(KaderLevel),
    competencies: z.array(z.enum(KaderCompetency)),
    active: z.boolean(),
  }),
  async deleteCreated(ctx, ids) {
    await ctx.db.kader.deleteMany({ where: { id: { in: ids } } });
  },
  async restore(ctx, id, before) {
    await ctx.db.kader.update({ where: { id }, data: before });
  },
});
const keyOf = (posyanduId: string, name: string) => `${posyanduId}:${name.toLowerCase()}`;

/** Kader per posyandu, matched by posyandu code and name. */
export const kaderImport: ImportKindDef<KaderRow> = {
  kind: "KADER",
  slug: "kader",
  columns: {
    kode_posyandu: "posyanduCode",
    nama: "name",
    tingkat: "level",
    kompetensi: "competencies",
    aktif: "active",
  },
  aliases: { nama: ["nama_kader"] },
  example: { kode_posyandu: "POSY-MAWAR", nama: "Siti Aminah", tingkat: "PURWA", kompetensi: "", aktif: "ya" },
  requiredColumns: ["kode_posyandu", "nama"],
  schema: ZKaderRow,
  naturalKey: (row) => `${row.posyanduCode}:${row.name.toLowerCase()}`,
  keyColumn: "nama",
  entity: kaderEntity,

  async plan(ctx, district, rows) {
    const posyandu = new Map(
      (
        await ctx.db.facility.findMany({
          where: { districtId: district.id, type: "POSYANDU", closedAt: null },
          select: { id: true, code: true },
        })
      ).map((facility) => [facility.code, facility.id]),
    );
    const existing = new Map(
      (await loadKader(ctx, district)).map((kader) => [keyOf(kader.posyanduId, kader.name), kader]),
    );
    const rejected: RowIssue[] = [];
    const planned: PlannedRow<KaderRow>[] = [];
    for (const { row, data } of rows) {
      const posyanduId = posyandu.get(data.posyanduCode);
      if (!posyanduId) {
        rejected.push({
          row,
          column: "kode_posyandu",
          messageKey: "imports.kader.posyanduUnknown",
          values: { code: data.posyanduCode },
        });
        continue;
      }
      const current = existing.get(keyOf(posyanduId, data.name)) ?? null;
      const same =
        current &&
        JSON.stringify(kaderEntity.snapshot(current)) === JSON.stringify(kaderEntity.snapshot({ ...data, posyanduId }));
      planned.push({
        row,
        data: { ...data, resolved: { posyanduId, existing: current } },
        outcome: !current ? "create" : same ? "unchanged" : "update",
      });
    }
    return { planned, rejected };
  },

  async apply(ctx, district, rows) {
    const links: RowLink[] = [];
    for (const { data, outcome } of rows) {
      const { posyanduId, existing } = data.resolved!;
      const fields = {
        posyanduId,
        name: data.name,
        level: data.level,
        competencies: data.competencies,
        active: data.active,
      };
      if (outcome === "create") {
        const id = crypto.randomUUID();
        await ctx.db.kader.create({ data: { id, districtId: district.id, ...fields }, select: { id: true } });
        links.push(kaderEntity.created(id, fields));
      } else {
        await ctx.db.kader.update({ where: { id: existing!.id }, data: fields, select: { id: true } });
        links.push(kaderEntity.updated(existing!.id, existing!, fields));
      }
    }
    return links;
  },

  async exportRows(ctx, district) {
    const kader = await ctx.db.kader.findMany({
      where: { districtId: district.id },
      orderBy: [{ posyandu: { code: "asc" } }, { name: "asc" }],
      select: { name: true, level: true, competencies: true, active: true, posyandu: { select: { code: true } } },
    });
    return kader.map((row) => [
      row.posyandu.code,
      row.name,
      row.level,
      [...row.competencies].sort().join(" | "),
      yesNo(row.active),
    ]);
  },
};

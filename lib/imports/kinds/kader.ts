import { z } from "zod";
import { zText } from "@/lib/validation/text";
import { KaderCompetency, KaderLevel } from "@/lib/generated/prisma/enums";
import type { Ctx } from "@/lib/server/scoped-db";
import { snapshots } from "../entities";
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

const loadKader = (ctx: Ctx, district: ImportDistrict) =>
  ctx.db.kader.findMany({ where: { districtId: district.id }, select: { id: true, posyanduId: true, name: true, level: true, competencies: true, active: true } });
const keyOf = (posyanduId: string, name: string) => `${posyanduId}:${name.toLowerCase()}`;

/** Kader per posyandu, matched by posyandu code and name. */
export const kaderImport: ImportKindDef<KaderRow> = {
  kind: "KADER",
  slug: "kader",
  columns: { kode_posyandu: "posyanduCode", nama: "name", tingkat: "level", kompetensi: "competencies", aktif: "active" },
  requiredColumns: ["kode_posyandu", "nama"],
  schema: ZKaderRow,
  naturalKey: (row) => `${row.posyanduCode}:${row.name.toLowerCase()}`,
  keyColumn: "nama",

  async plan(ctx, district, rows) {
    const posyandu = new Map(
      (await ctx.db.facility.findMany({ where: { districtId: district.id, type: "POSYANDU", closedAt: null }, select: { id: true, code: true } })).map((facility) => [facility.code, facility.id]),
    );
    const existing = new Map((await loadKader(ctx, district)).map((kader) => [keyOf(kader.posyanduId, kader.name), kader]));
    const rejected: RowIssue[] = [];
    const planned: PlannedRow<KaderRow>[] = [];
    for (const { row, data } of rows) {
      const posyanduId = posyandu.get(data.posyanduCode);
      if (!posyanduId) {
        rejected.push({ row, column: "kode_posyandu", messageKey: "imports.kader.posyanduUnknown", values: { code: data.posyanduCode } });
        continue;
      }
      const current = existing.get(keyOf(posyanduId, data.name)) ?? null;
      const same = current && JSON.stringify(snapshots.Kader(current)) === JSON.stringify(snapshots.Kader({ ...data, posyanduId, competencies: data.competencies as string[] }));
      planned.push({ row, data: { ...data, resolved: { posyanduId, existing: current } }, outcome: !current ? "create" : same ? "unchanged" : "update" });
    }
    return { planned, rejected };
  },

  async apply(ctx, district, rows) {
    const links: RowLink[] = [];
    for (const { data, outcome } of rows) {
      const { posyanduId, existing } = data.resolved!;
      const fields = { posyanduId, name: data.name, level: data.level as KaderLevel, competencies: data.competencies as KaderCompetency[], active: data.active };
      if (outcome === "create") {
        const id = crypto.randomUUID();
        await ctx.db.kader.create({ data: { id, districtId: district.id, ...fields }, select: { id: true } });
        links.push({ entity: "Kader", entityId: id, created: true, before: null, after: snapshots.Kader(fields) });
      } else {
        await ctx.db.kader.update({ where: { id: existing!.id }, data: fields, select: { id: true } });
        links.push({ entity: "Kader", entityId: existing!.id, created: false, before: snapshots.Kader(existing!), after: snapshots.Kader(fields) });
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
    return kader.map((row) => [row.posyandu.code, row.name, row.level, [...row.competencies].sort().join(" | "), yesNo(row.active)]);
  },
};

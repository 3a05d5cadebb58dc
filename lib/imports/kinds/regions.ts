import { z } from "zod";
import { ZCreateRegion } from "@/lib/facilities/schemas";
import { parseRegionCode } from "@/lib/regions/codes";
import { defineEntity } from "../entity";
import type { ImportKindDef, ParsedRow, PlannedRow, RowIssue, RowLink } from "../types";

/** The region form's schema, with the code checked as a Kemendagri kecamatan or desa code. */
export const ZRegionRow = ZCreateRegion.extend({
  code: ZCreateRegion.shape.code.refine((code) => {
    const level = parseRegionCode(code)?.level;
    return level === "KECAMATAN" || level === "DESA";
  }, "imports.regions.codeFormat"),
});
export type TRegionRow = typeof ZRegionRow._output;

/** Kecamatan and desa/kelurahan: an import sets only their names (the code is the key). */
const regionEntity = defineEntity({
  name: "Region",
  find: (ctx, ids) =>
    ctx.db.region.findMany({ where: { id: { in: ids } }, select: { id: true, code: true, name: true } }),
  snapshot: (row: { code: string; name: string }) => ({ code: row.code, name: row.name }),
  image: z.object({ code: z.string(), name: z.string() }),
  async deleteCreated(ctx, ids) {
    for (const level of ["DESA", "KECAMATAN"] as const)
      await ctx.db.region.deleteMany({ where: { id: { in: ids }, level } });
  },
  async restore(ctx, id, before) {
    await ctx.db.region.update({ where: { id }, data: { name: before.name } });
  },
});

/** Kecamatan and desa/kelurahan of the user's district, matched by Kemendagri code. */
export const regionsImport: ImportKindDef<TRegionRow> = {
  kind: "REGIONS",
  slug: "wilayah",
  columns: { kode: "code", nama: "name" },
  // The Kemendagri list (Kepmendagri 300.2.2-2138/2025) and its common re-publications.
  aliases: {
    kode: ["kode_desa", "kode_kecamatan", "kode_kemendagri", "kode_desa/kelurahan", "kode_wilayah_administrasi"],
    nama: ["nama_desa", "nama_kelurahan", "nama_desa/kelurahan", "nama_kecamatan", "nama_wilayah", "desa", "kelurahan"],
  },
  example: { kode: "17.02.11.2009", nama: "Sumber Urip" },
  requiredColumns: ["kode", "nama"],
  schema: ZRegionRow,
  naturalKey: (row) => row.code,
  keyColumn: "kode",
  entity: regionEntity,

  async plan(ctx, district, rows) {
    const existing = new Map(
      (
        await ctx.db.region.findMany({
          where: { districtId: district.id, level: { in: ["KECAMATAN", "DESA"] } },
          select: { code: true, name: true },
        })
      ).map((region) => [region.code, region.name]),
    );
    const rejected: RowIssue[] = [];
    const inDistrict: ParsedRow<TRegionRow>[] = [];
    for (const row of rows) {
      // A code names its district in its first two parts: another district's row is refused, never moved.
      if (parseRegionCode(row.data.code)!.districtCode !== district.code) {
        rejected.push({
          row: row.row,
          column: "kode",
          messageKey: "imports.regions.otherDistrict",
          values: { code: row.data.code, district: district.code },
        });
      } else inDistrict.push(row);
    }
    const kecamatanInFile = new Set(
      inDistrict.filter((row) => parseRegionCode(row.data.code)!.level === "KECAMATAN").map((row) => row.data.code),
    );
    const planned: PlannedRow<TRegionRow>[] = [];
    for (const row of inDistrict) {
      const parsed = parseRegionCode(row.data.code)!;
      if (parsed.level === "DESA" && !existing.has(parsed.parentCode!) && !kecamatanInFile.has(parsed.parentCode!)) {
        rejected.push({
          row: row.row,
          column: "kode",
          messageKey: "errors.regionParentMissing",
          values: { code: parsed.parentCode! },
        });
        continue;
      }
      const name = existing.get(row.data.code);
      planned.push({
        ...row,
        outcome: name === undefined ? "create" : name === row.data.name ? "unchanged" : "update",
      });
    }
    return { planned, rejected };
  },

  async apply(ctx, district, rows) {
    const links: RowLink[] = [];
    const creates = rows
      .filter((row) => row.outcome === "create")
      .map((row) => ({ ...row.data, parsed: parseRegionCode(row.data.code)! }));
    const kecamatanIds = new Map(
      (
        await ctx.db.region.findMany({
          where: { districtId: district.id, level: "KECAMATAN" },
          select: { id: true, code: true },
        })
      ).map((region) => [region.code, region.id]),
    );
    // Kecamatan first, so every desa finds its parent.
    for (const level of ["KECAMATAN", "DESA"] as const) {
      const data = creates
        .filter((row) => row.parsed.level === level)
        .map((row) => ({
          id: crypto.randomUUID(),
          code: row.parsed.code,
          name: row.name,
          level,
          kind: row.parsed.kind,
          parentId: level === "KECAMATAN" ? district.id : kecamatanIds.get(row.parsed.parentCode!)!,
          provinceId: district.provinceId,
          districtId: district.id,
        }));
      for (let start = 0; start < data.length; start += 10_000) {
        const chunk = data.slice(start, start + 10_000);
        // Arrays in one statement: the ORM's createMany of 100,000 rows takes minutes and gigabytes.
        await ctx.db.$executeRaw`
          INSERT INTO "Region" (id, code, name, level, kind, "parentId", "provinceId", "districtId")
          SELECT r.id, r.code, r.name, ${level}::"RegionLevel", r.kind::"RegionKind", r.parent_id, ${district.provinceId}::uuid, ${district.id}::uuid
            FROM unnest(${chunk.map((row) => row.id)}::uuid[], ${chunk.map((row) => row.code)}::text[], ${chunk.map((row) => row.name)}::text[],
                        ${chunk.map((row) => row.kind)}::text[], ${chunk.map((row) => row.parentId)}::uuid[]) AS r(id, code, name, kind, parent_id)`;
      }
      for (const row of data) {
        if (level === "KECAMATAN") kecamatanIds.set(row.code, row.id);
        links.push(regionEntity.created(row.id, row));
      }
    }

    const updates = rows.filter((row) => row.outcome === "update");
    if (updates.length > 0) {
      const current = await ctx.db.region.findMany({
        where: { districtId: district.id, code: { in: updates.map((row) => row.data.code) } },
        select: { id: true, code: true, name: true },
      });
      const byCode = new Map(current.map((region) => [region.code, region]));
      const pairs = updates.map((row) => ({ region: byCode.get(row.data.code)!, name: row.data.name }));
      await ctx.db.$executeRaw`
        UPDATE "Region" AS r SET name = v.name
          FROM unnest(${pairs.map((pair) => pair.region.id)}::uuid[], ${pairs.map((pair) => pair.name)}::text[]) AS v(id, name)
         WHERE r.id = v.id AND r."districtId" = ${district.id}::uuid`;
      for (const { region, name } of pairs) {
        links.push(regionEntity.updated(region.id, region, { code: region.code, name }));
      }
    }
    return links;
  },

  async exportRows(ctx, district) {
    const regions = await ctx.db.region.findMany({
      where: { districtId: district.id, level: { in: ["KECAMATAN", "DESA"] } },
      orderBy: { code: "asc" },
      select: { code: true, name: true },
    });
    return regions.map((region) => [region.code, region.name]);
  },
};

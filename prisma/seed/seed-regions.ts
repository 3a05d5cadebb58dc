import type { Prisma } from "@/lib/generated/prisma/client";
import { seedId } from "@/lib/db/seed-ids";
import { readRegions, type ReferenceRegion } from "./reference";

type Tx = Prisma.TransactionClient;

export const regionId = (code: string) => seedId(`region:${code}`);

/**
 * Writes every province and kabupaten/kota of Indonesia, and the kecamatan and
 * desa of `detailedDistricts`. Returns the desa and kecamatan it wrote.
 */
export async function seedRegions(tx: Tx, detailedDistricts: readonly string[]): Promise<ReferenceRegion[]> {
  const wanted = readRegions().filter(
    (region) =>
      region.level === "PROVINSI" ||
      region.level === "KABUPATEN" ||
      (region.districtCode !== null && detailedDistricts.includes(region.districtCode)),
  );
  const rows = wanted.map((region) => ({
    id: regionId(region.code),
    code: region.code,
    name: region.name,
    level: region.level,
    kind: region.kind,
    parentId: region.parentCode ? regionId(region.parentCode) : null,
    provinceId: region.level === "PROVINSI" ? null : regionId(region.provinceCode),
    districtId: region.districtCode ? regionId(region.districtCode) : null,
  }));
  // Parents first, so the self-referencing foreign key is always satisfied.
  for (const level of ["PROVINSI", "KABUPATEN", "KECAMATAN", "DESA"] as const) {
    await tx.region.createMany({ data: rows.filter((row) => row.level === level), skipDuplicates: true });
  }
  return wanted.filter((region) => region.level === "KECAMATAN" || region.level === "DESA");
}

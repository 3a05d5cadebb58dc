import type { IlpStage, Prisma } from "@/lib/generated/prisma/client";
import { seedId } from "@/lib/db/seed-ids";
import { facilitySearchText } from "@/lib/facilities/search-text";
import { titleCase } from "@/lib/regions/codes";
import { SANGGAU_ALL_PERSIAPAN, STAGE_FACTS, type StageFact } from "./demo-facts";
import { readSeedPuskesmas } from "./reference";
import type { ReferenceRegion } from "./reference";
import { regionId } from "./seed-regions";

type Tx = Prisma.TransactionClient;

export const facilityId = (type: string, code: string) => seedId(`facility:${type}:${code}`);

/** Kecamatan stated by a source article: the placement is verified, and says by whom. */
const STATED_PLACEMENTS: Record<string, string> = {
  "1011912": "Kecamatan Selupu Rejang disebut dalam artikel Media Center Rejang Lebong, 30 Juli 2024.",
};

/**
 * A short Indonesian provenance line for an inferred placement. The reference
 * file's basis column holds internal source-hunting remarks (in English); they
 * never reach the UI or the exports.
 */
export function placementLine(basis: string, uncertain: boolean): string {
  if (uncertain) return "Tidak pasti: tidak ada kecamatan atau desa yang namanya sama persis; belum diverifikasi.";
  const places = [
    /kecamatan/.test(basis) && "kecamatan",
    /desa/.test(basis) && "desa",
    /kelurahan/.test(basis) && "kelurahan",
  ]
    .filter(Boolean)
    .join(" dan ");
  const similar = basis.includes("~") || basis.includes("spelling") || basis.includes("partial") ? "mirip" : "sama";
  return `Disimpulkan dari nama puskesmas yang ${similar} dengan nama ${places || "wilayah"}; belum diverifikasi.`;
}

/** Other spellings planners search by. */
const ALIASES: Record<string, string[]> = { "1011912": ["Sumber Urib"] };

/**
 * Writes the real puskesmas of the demo districts, their inferred placements
 * and service areas, and the stage history the articles state.
 */
export async function seedPuskesmas(tx: Tx, regions: ReferenceRegion[]): Promise<void> {
  const known = new Set(regions.map((region) => region.code));
  const rows = readSeedPuskesmas();
  const stageChanges = [...STAGE_FACTS, ...sanggauStageFacts(rows)];
  const latestByCode = new Map(stageChanges.map((fact) => [fact.puskesmasCode, fact]));

  await tx.facility.createMany({
    skipDuplicates: true,
    data: rows.map((row) => {
      const uncertain = row.kec_code.includes("?") || row.kec_basis.startsWith("UNCERTAIN");
      const kecCode = row.kec_code.replace("?", "");
      const stage = latestByCode.get(row.kode_instansi_src);
      const name = titleCase(row.puskesmas_name_src);
      const aliases = ALIASES[row.kode_instansi_src] ?? [];
      return {
        id: facilityId("PUSKESMAS", row.kode_instansi_src),
        districtId: regionId(row.kab_code),
        type: "PUSKESMAS" as const,
        code: row.kode_instansi_src,
        name,
        aliases,
        searchText: facilitySearchText(name, aliases),
        kecamatanId: known.has(kecCode) ? regionId(kecCode) : null,
        desaId: known.has(row.host_village_code) ? regionId(row.host_village_code) : null,
        // Placements were inferred from names, except where an article states the kecamatan.
        placementVerified: row.kode_instansi_src in STATED_PLACEMENTS,
        placementNote: STATED_PLACEMENTS[row.kode_instansi_src] ?? placementLine(row.kec_basis, uncertain),
        currentStage: stage?.stage ?? ("BELUM" as IlpStage),
        stageSince: stage ? new Date(stage.date) : null,
      };
    }),
  });

  await tx.facilityStageChange.createMany({
    skipDuplicates: true,
    data: stageChanges.map((fact) => {
      const row = rows.find((candidate) => candidate.kode_instansi_src === fact.puskesmasCode);
      if (!row) throw new Error(`Stage fact names unknown puskesmas ${fact.puskesmasCode}`);
      return {
        id: seedId(`stage:${fact.puskesmasCode}:${fact.date}:${fact.stage}`),
        districtId: regionId(row.kab_code),
        facilityId: facilityId("PUSKESMAS", fact.puskesmasCode),
        fromStage: "BELUM" as IlpStage,
        toStage: fact.stage,
        effectiveDate: new Date(fact.date),
        note: fact.note,
        source: fact.source,
      };
    }),
  });

  await seedServiceAreas(tx, rows, regions);
}

function sanggauStageFacts(rows: { kab_code: string; kode_instansi_src: string }[]): StageFact[] {
  return rows
    .filter((row) => row.kab_code === "61.03")
    .map((row) => ({ puskesmasCode: row.kode_instansi_src, stage: "PERSIAPAN", ...SANGGAU_ALL_PERSIAPAN }));
}

/**
 * Service areas are not in any source: a puskesmas alone in its kecamatan is
 * taken to serve all its desa, and a host desa its own puskesmas. All inferred.
 */
async function seedServiceAreas(
  tx: Tx,
  rows: { kab_code: string; kode_instansi_src: string; kec_code: string; host_village_code: string }[],
  regions: ReferenceRegion[],
): Promise<void> {
  const byKecamatan = new Map<string, typeof rows>();
  for (const row of rows) byKecamatan.set(row.kec_code, [...(byKecamatan.get(row.kec_code) ?? []), row]);
  const served = new Map<string, { puskesmasCode: string; districtCode: string }>();
  for (const row of rows) {
    if (row.host_village_code)
      served.set(row.host_village_code, { puskesmasCode: row.kode_instansi_src, districtCode: row.kab_code });
  }
  for (const region of regions) {
    if (region.level !== "DESA" || served.has(region.code)) continue;
    const sole = byKecamatan.get(region.parentCode!);
    if (sole?.length === 1)
      served.set(region.code, { puskesmasCode: sole[0]!.kode_instansi_src, districtCode: sole[0]!.kab_code });
  }
  await tx.puskesmasDesa.createMany({
    skipDuplicates: true,
    data: [...served].map(([desaCode, { puskesmasCode, districtCode }]) => ({
      districtId: regionId(districtCode),
      puskesmasId: facilityId("PUSKESMAS", puskesmasCode),
      desaId: regionId(desaCode),
      inferred: true,
    })),
  });
}

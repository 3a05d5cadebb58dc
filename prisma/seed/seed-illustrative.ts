// Rows no source names. Each is flagged `isIllustrative` and shown as such in
// the UI: they exist so the screens have something to show, never as facts.
import type { KaderCompetency, Prisma, Profession } from "@/lib/generated/prisma/client";
import { seedId } from "@/lib/db/seed-ids";
import { facilitySearchText } from "@/lib/facilities/search-text";
import type { ReferenceRegion } from "./reference";
import { readSeedPuskesmas } from "./reference";
import { facilityId } from "./seed-facilities";
import { regionId } from "./seed-regions";

type Tx = Prisma.TransactionClient;

const SUMBER_URIP = "1011912";
const SANGGAU = "61.03";

/**
 * Sanggau: the article says most pustu have a single health worker. One
 * illustrative pustu per puskesmas, in a real desa of its kecamatan, each with
 * one illustrative worker. The district's real count (95) is a reported figure.
 */
export async function seedSanggauPustu(tx: Tx, regions: ReferenceRegion[]): Promise<void> {
  const puskesmas = readSeedPuskesmas().filter((row) => row.kab_code === SANGGAU);
  const hosts = new Set(puskesmas.map((row) => row.host_village_code));
  const used = new Set<string>();
  const pustu = puskesmas.flatMap((row, index) => {
    const kecCode = row.kec_code.replace("?", "");
    // A desa of the puskesmas' kecamatan that hosts no puskesmas and no other example pustu.
    const desa = regions.find((region) => region.level === "DESA" && region.kind === "DESA" && region.parentCode === kecCode && !hosts.has(region.code) && !used.has(region.code));
    if (desa) used.add(desa.code);
    if (!desa) return [];
    const code = `ILUS-PUSTU-${row.kode_instansi_src}`;
    return [{ row, index, desa, code }];
  });

  await tx.facility.createMany({
    skipDuplicates: true,
    data: pustu.map(({ row, desa, code }) => ({
      id: facilityId("PUSTU", code),
      districtId: regionId(SANGGAU),
      type: "PUSTU" as const,
      code,
      name: `Pustu ${desa.name}`,
      searchText: facilitySearchText(`Pustu ${desa.name}`),
      kecamatanId: regionId(desa.parentCode!),
      desaId: regionId(desa.code),
      parentId: facilityId("PUSKESMAS", row.kode_instansi_src),
      isIllustrative: true,
      placementVerified: false,
      placementNote: "Ilustratif: nama pustu Sanggau tidak tersedia di sumber.",
    })),
  });
  await tx.staff.createMany({
    skipDuplicates: true,
    data: pustu.map(({ row, index, code }) => ({
      id: seedId(`staff:${code}:1`),
      districtId: regionId(SANGGAU),
      puskesmasId: facilityId("PUSKESMAS", row.kode_instansi_src),
      name: `Petugas Pustu ${index + 1} (ilustratif)`,
      profession: (index % 2 === 0 ? "PERAWAT" : "BIDAN") as Profession,
      posting: "PUSTU_MENETAP" as const,
      pustuId: facilityId("PUSTU", code),
      isIllustrative: true,
    })),
  });
}

const SUMBER_URIP_STAFF: { profession: Profession; clusterId: number; unitId?: number; coordinator?: boolean }[] = [
  { profession: "DOKTER", clusterId: 1, coordinator: true },
  { profession: "ADMINISTRASI", clusterId: 1 },
  { profession: "BIDAN", clusterId: 2, coordinator: true },
  { profession: "BIDAN", clusterId: 2 },
  { profession: "AHLI_GIZI", clusterId: 2 },
  { profession: "PERAWAT", clusterId: 3, coordinator: true },
  { profession: "PROMKES", clusterId: 3 },
  { profession: "SANITARIAN", clusterId: 4, coordinator: true },
  { profession: "PERAWAT", clusterId: 4 },
  { profession: "DOKTER_GIGI", clusterId: 5, unitId: 51, coordinator: true },
  { profession: "ATLM", clusterId: 5, unitId: 54 },
  { profession: "APOTEKER", clusterId: 5, unitId: 55 },
];

const COMPETENCIES: KaderCompetency[] = ["PENGELOLAAN_POSYANDU", "BAYI_BALITA", "IBU_HAMIL_MENYUSUI", "USIA_SEKOLAH_REMAJA", "DEWASA_LANSIA"];

/** Puskesmas Sumber Urip: an illustrative roster on the five clusters, and a posyandu with kader. */
export async function seedSumberUripRoster(tx: Tx): Promise<void> {
  const districtId = regionId("17.02");
  const puskesmasId = facilityId("PUSKESMAS", SUMBER_URIP);
  const staff = SUMBER_URIP_STAFF.map((person, index) => ({ ...person, id: seedId(`staff:${SUMBER_URIP}:${index + 1}`), index }));

  await tx.staff.createMany({
    skipDuplicates: true,
    data: staff.map(({ id, profession, index }) => ({
      id,
      districtId,
      puskesmasId,
      name: `Tenaga Kesehatan ${String(index + 1).padStart(2, "0")} (ilustratif)`,
      profession,
      isIllustrative: true,
    })),
  });
  await tx.clusterAssignment.createMany({
    skipDuplicates: true,
    data: staff.map(({ id, clusterId, unitId, coordinator }) => ({
      id: seedId(`assignment:${id}`),
      districtId,
      staffId: id,
      clusterId,
      clusterUnitId: unitId ?? null,
      role: coordinator ? ("PENANGGUNG_JAWAB" as const) : ("ANGGOTA" as const),
      effectiveFrom: new Date("2024-07-30"),
    })),
  });

  const posyanduCode = `ILUS-POSYANDU-${SUMBER_URIP}-1`;
  await tx.facility.createMany({
    skipDuplicates: true,
    data: [
      {
        id: facilityId("POSYANDU", posyanduCode),
        districtId,
        type: "POSYANDU",
        code: posyanduCode,
        name: "Posyandu Sumber Urip 1 (ilustratif)",
        searchText: facilitySearchText("Posyandu Sumber Urip 1 (ilustratif)"),
        kecamatanId: regionId("17.02.11"),
        desaId: regionId("17.02.11.2009"),
        parentId: puskesmasId,
        isIllustrative: true,
      },
    ],
  });
  await tx.kader.createMany({
    skipDuplicates: true,
    data: (["PURWA", "MADYA", "UTAMA"] as const).map((level, index) => ({
      id: seedId(`kader:${posyanduCode}:${index + 1}`),
      districtId,
      posyanduId: facilityId("POSYANDU", posyanduCode),
      name: `Kader ${index + 1} (ilustratif)`,
      level,
      competencies: COMPETENCIES.slice(0, 2 + index),
      isIllustrative: true,
    })),
  });
}

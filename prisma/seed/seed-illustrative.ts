// Rows no source names. Each is flagged `isIllustrative` and shown as such in
// the UI: they exist so the screens have something to show, never as facts.
import type { EmploymentStatus, KaderCompetency, Prisma, Profession } from "@/lib/generated/prisma/client";
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
    const desa = regions.find(
      (region) =>
        region.level === "DESA" &&
        region.kind === "DESA" &&
        region.parentCode === kecCode &&
        !hosts.has(region.code) &&
        !used.has(region.code),
    );
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
      // The flag travels with the name: lists, exports and search all show it.
      name: `Pustu ${desa.name} (ilustratif)`,
      searchText: facilitySearchText(`Pustu ${desa.name} (ilustratif)`),
      kecamatanId: regionId(desa.parentCode!),
      desaId: regionId(desa.code),
      parentId: facilityId("PUSKESMAS", row.kode_instansi_src),
      isIllustrative: true,
      placementVerified: false,
      placementNote:
        "Ilustratif: contoh pustu; Dinkes Sanggau melaporkan 95 pustu untuk 163 desa (Desember 2024) tanpa nama dan letaknya.",
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

type RosterRow = {
  profession: Profession;
  /** Own cluster and Klaster 5 sub-unit; none: a new member the head has yet to assign. */
  clusterId?: number;
  unitId?: number;
  coordinator?: boolean;
  status?: EmploymentStatus;
  /** A pustu of SUMBER_URIP_PUSTU, posted there for good or on the given days. */
  pustu?: { index: number; schedule?: string };
};

// Rows 1–12 are the first roster; their ids (staff:1011912:<n>) stay stable.
const SUMBER_URIP_STAFF: RosterRow[] = [
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
  { profession: "DOKTER", clusterId: 3 },
  { profession: "DOKTER", clusterId: 4 },
  { profession: "DOKTER", clusterId: 5, unitId: 52 },
  { profession: "PERAWAT", clusterId: 5, unitId: 52 },
  { profession: "PERAWAT", clusterId: 5, unitId: 52, status: "PPPK" },
  { profession: "PERAWAT", clusterId: 3 },
  { profession: "PERAWAT", clusterId: 3, status: "PPPK" },
  { profession: "PERAWAT", clusterId: 4, pustu: { index: 0 } },
  { profession: "PERAWAT", clusterId: 4, status: "KONTRAK" },
  { profession: "PERAWAT", clusterId: 5, unitId: 53 },
  { profession: "PERAWAT", clusterId: 5, unitId: 53, status: "HONORER" },
  { profession: "BIDAN", clusterId: 2, pustu: { index: 0, schedule: "Senin dan Kamis" } },
  { profession: "BIDAN", clusterId: 2 },
  { profession: "BIDAN", clusterId: 2, status: "PPPK" },
  { profession: "BIDAN", clusterId: 2, status: "KONTRAK" },
  { profession: "BIDAN", clusterId: 5, unitId: 53 },
  { profession: "PERAWAT_GIGI", clusterId: 5, unitId: 51 },
  { profession: "AHLI_GIZI", clusterId: 3, status: "PPPK" },
  { profession: "SANITARIAN", clusterId: 4, status: "PPPK" },
  { profession: "EPIDEMIOLOG", clusterId: 4 },
  { profession: "PROMKES", clusterId: 2, status: "KONTRAK" },
  { profession: "ATLM", clusterId: 5, unitId: 54, status: "PPPK" },
  { profession: "TENAGA_TEKNIS_KEFARMASIAN", clusterId: 5, unitId: 55 },
  { profession: "TENAGA_TEKNIS_KEFARMASIAN", clusterId: 5, unitId: 55, status: "HONORER" },
  { profession: "ADMINISTRASI", clusterId: 1, status: "PPPK" },
  { profession: "ADMINISTRASI", clusterId: 1, status: "HONORER" },
  { profession: "ADMINISTRASI", clusterId: 1, status: "KONTRAK" },
  { profession: "LAINNYA", clusterId: 1, status: "HONORER" },
  { profession: "PERAWAT", clusterId: 3, pustu: { index: 1 } },
  { profession: "BIDAN", clusterId: 2, status: "PPPK" },
  { profession: "PERAWAT", clusterId: 5, unitId: 52, status: "KONTRAK" },
  { profession: "DOKTER", clusterId: 2, status: "PPPK" },
  // Joined recently and not yet on the board: the head's next assignment.
  { profession: "BIDAN", status: "PPPK" },
];

/** Two illustrative pustu of Sumber Urip, in desa of its kecamatan: one fully staffed, one with a perawat only. */
const SUMBER_URIP_PUSTU = [
  { code: `ILUS-PUSTU-${SUMBER_URIP}-1`, desaCode: "17.02.11.2010", name: "Pustu Sumber Bening" },
  { code: `ILUS-PUSTU-${SUMBER_URIP}-2`, desaCode: "17.02.11.2011", name: "Pustu Karang Jaya" },
];

/** A well-formed, made-up NIP for illustrative civil servants: birth date, appointment month, sex, serial. */
function illustrativeNip(index: number): string {
  const birth = `${1975 + (index % 20)}${String((index % 12) + 1).padStart(2, "0")}${String((index % 27) + 1).padStart(2, "0")}`;
  const appointed = `${2000 + (index % 20) + 1}${index % 2 === 0 ? "03" : "01"}`;
  return `${birth}${appointed}${(index % 2) + 1}${String(index + 1).padStart(3, "0")}`;
}

const COMPETENCIES: KaderCompetency[] = [
  "PENGELOLAAN_POSYANDU",
  "BAYI_BALITA",
  "IBU_HAMIL_MENYUSUI",
  "USIA_SEKOLAH_REMAJA",
  "DEWASA_LANSIA",
];

/** Puskesmas Sumber Urip: an illustrative roster of 45 on the five clusters, two pustu, and a posyandu with kader. */
export async function seedSumberUripRoster(tx: Tx): Promise<void> {
  const districtId = regionId("17.02");
  const puskesmasId = facilityId("PUSKESMAS", SUMBER_URIP);
  await tx.facility.createMany({
    skipDuplicates: true,
    data: SUMBER_URIP_PUSTU.map((pustu) => ({
      id: facilityId("PUSTU", pustu.code),
      districtId,
      type: "PUSTU" as const,
      code: pustu.code,
      name: pustu.name,
      searchText: facilitySearchText(pustu.name),
      kecamatanId: regionId("17.02.11"),
      desaId: regionId(pustu.desaCode),
      parentId: puskesmasId,
      isIllustrative: true,
      placementNote: "Ilustratif: pustu Sumber Urip tidak disebut di sumber.",
    })),
  });

  const staff = SUMBER_URIP_STAFF.map((person, index) => ({
    ...person,
    id: seedId(`staff:${SUMBER_URIP}:${index + 1}`),
    index,
  }));
  await tx.staff.createMany({
    skipDuplicates: true,
    data: staff.map(({ id, profession, index, status = "PNS", pustu }) => ({
      id,
      districtId,
      puskesmasId,
      name: `Tenaga Kesehatan ${String(index + 1).padStart(2, "0")} (ilustratif)`,
      nip: status === "PNS" ? illustrativeNip(index) : null,
      profession,
      employmentStatus: status,
      posting: pustu
        ? pustu.schedule
          ? ("PUSTU_TERJADWAL" as const)
          : ("PUSTU_MENETAP" as const)
        : ("PUSKESMAS" as const),
      pustuId: pustu ? facilityId("PUSTU", SUMBER_URIP_PUSTU[pustu.index]!.code) : null,
      pustuSchedule: pustu?.schedule ?? null,
      isIllustrative: true,
    })),
  });
  await tx.clusterAssignment.createMany({
    skipDuplicates: true,
    data: staff.flatMap(({ id, clusterId, unitId, coordinator }) =>
      clusterId
        ? [
            {
              id: seedId(`assignment:${id}`),
              districtId,
              staffId: id,
              clusterId,
              clusterUnitId: unitId ?? null,
              role: coordinator ? ("PENANGGUNG_JAWAB" as const) : ("ANGGOTA" as const),
              effectiveFrom: new Date("2024-07-30"),
            },
          ]
        : [],
    ),
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

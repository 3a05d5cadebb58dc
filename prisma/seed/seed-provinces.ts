// Province demo data: every kabupaten/kota of Bengkulu and several of Jawa
// Tengah, with their real puskesmas (Komdat) and real kecamatan and desa
// (Kemendagri). No source gives their ILP progress, pustu, posyandu, staff or
// kader, so all of that is generated deterministically and flagged
// isIllustrative (stage history included). Rejang Lebong and Kudus keep only
// their real facts (seeded elsewhere) and get nothing generated here.
import type { IlpStage, KaderLevel, Prisma, Profession } from "@/lib/generated/prisma/client";
import { seedId } from "@/lib/db/seed-ids";
import { facilitySearchText } from "@/lib/facilities/search-text";
import { titleCase } from "@/lib/regions/codes";
import { insertRows } from "./bulk-insert";
import { readCsv, type ReferenceRegion } from "./reference";
import { facilityId } from "./seed-facilities";
import { regionId } from "./seed-regions";

type Tx = Prisma.TransactionClient;

/** Districts seeded with real puskesmas and illustrative progress, so a province has something to compare. */
export const PROVINCE_DEMO_DISTRICT_CODES = [
  "17.01",
  "17.03",
  "17.04",
  "17.05",
  "17.06",
  "17.07",
  "17.08",
  "17.09",
  "17.71",
  "33.17",
  "33.18",
  "33.20",
  "33.21",
] as const;

const ILLUSTRATIVE_NOTE = "Ilustratif: data contoh, tidak berasal dari sumber.";

/** A stable number in [0, 1) from a key: the same demo every run. */
function unit(key: string): number {
  let hash = 2166136261;
  for (let index = 0; index < key.length; index += 1) hash = Math.imul(hash ^ key.charCodeAt(index), 16777619);
  // FNV alone leaves similar keys' high bits alike; mix them (murmur3's finaliser).
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return ((hash ^ (hash >>> 16)) >>> 0) / 4294967296;
}

const date = (text: string) => new Date(`${text}T00:00:00Z`);
/** A day between 2024-02-01 and 2026-06-30, picked by `share` (0–1). */
function dayBetween(share: number, from = Date.UTC(2024, 1, 1), to = Date.UTC(2026, 5, 30)): string {
  return new Date(from + Math.floor(share * ((to - from) / 86_400_000)) * 86_400_000).toISOString().slice(0, 10);
}

type Step = { stage: IlpStage; date: string };
/** An illustrative path to `stage`: each earlier stage first, in date order. */
function pathTo(stage: IlpStage, key: string): Step[] {
  const order: IlpStage[] = ["PERSIAPAN", "UJI_COBA", "MENERAPKAN"];
  const steps = order.slice(0, order.indexOf(stage) + 1);
  const start = unit(`${key}:start`) * 0.5;
  return steps.map((step, index) => ({
    stage: step,
    date: dayBetween(Math.min(0.999, start + index * 0.2 + unit(`${key}:${index}`) * 0.1)),
  }));
}

/** Stage reached by a facility of a district whose pace is `pace` (0–1). */
function stageFor(pace: number, key: string, reach = 1): IlpStage {
  const roll = unit(key);
  if (roll < pace * 0.55 * reach) return "MENERAPKAN";
  if (roll < pace * 0.8) return "UJI_COBA";
  if (roll < pace + 0.15) return "PERSIAPAN";
  return "BELUM";
}

export async function seedProvinceDemo(tx: Tx, regions: ReferenceRegion[]): Promise<void> {
  const wanted = new Set<string>(PROVINCE_DEMO_DISTRICT_CODES);
  const komdat = readCsv<{ kode_kab: string; kode_instansi: string; unit_kerja: string }>("puskesmas-komdat.csv")
    .map((row) => ({ ...row, districtCode: `${row.kode_kab.slice(0, 2)}.${row.kode_kab.slice(2)}` }))
    .filter((row) => wanted.has(row.districtCode));
  const kecamatanOf = new Map<string, ReferenceRegion[]>();
  const desaOf = new Map<string, ReferenceRegion[]>();
  for (const region of regions) {
    if (!region.districtCode || !wanted.has(region.districtCode)) continue;
    const into = region.level === "KECAMATAN" ? kecamatanOf : desaOf;
    into.set(region.districtCode, [...(into.get(region.districtCode) ?? []), region]);
  }

  const facilities: Prisma.FacilityCreateManyInput[] = [];
  const changes: Prisma.FacilityStageChangeCreateManyInput[] = [];
  const staff: Prisma.StaffCreateManyInput[] = [];
  const assignments: Prisma.ClusterAssignmentCreateManyInput[] = [];
  const kader: Prisma.KaderCreateManyInput[] = [];
  const targets: Prisma.RolloutTargetCreateManyInput[] = [];

  const addFacility = (row: Prisma.FacilityCreateManyInput, key: string, stage: IlpStage) => {
    const steps = stage === "BELUM" ? [] : pathTo(stage, key);
    facilities.push({ ...row, currentStage: stage, stageSince: steps.length ? date(steps.at(-1)!.date) : null });
    steps.forEach((step, index) =>
      changes.push({
        id: seedId(`stage:${row.type}:${row.code}:${step.stage}`),
        districtId: row.districtId,
        facilityId: row.id as string,
        fromStage: index === 0 ? "BELUM" : steps[index - 1]!.stage,
        toStage: step.stage,
        effectiveDate: date(step.date),
        note: ILLUSTRATIVE_NOTE,
        isIllustrative: true,
      }),
    );
  };

  for (const districtCode of PROVINCE_DEMO_DISTRICT_CODES) {
    const districtId = regionId(districtCode);
    const pace = 0.1 + unit(`pace:${districtCode}`) * 0.8;
    const kecamatan = kecamatanOf.get(districtCode) ?? [];
    const desa = desaOf.get(districtCode) ?? [];
    const puskesmas = komdat
      .filter((row) => row.districtCode === districtCode)
      .map((row) => {
        const name = titleCase(row.unit_kerja);
        const bare = name.replace(/^(Upt\s+)?Puskesmas\s+/i, "").toLowerCase();
        const place = kecamatan.find((candidate) => candidate.name.toLowerCase() === bare);
        return { code: row.kode_instansi, name, place };
      });

    for (const unitRow of puskesmas) {
      addFacility(
        {
          id: facilityId("PUSKESMAS", unitRow.code),
          districtId,
          type: "PUSKESMAS",
          code: unitRow.code,
          name: unitRow.name,
          searchText: facilitySearchText(unitRow.name),
          kecamatanId: unitRow.place ? regionId(unitRow.place.code) : null,
          placementVerified: false,
          placementNote: unitRow.place
            ? `Disimpulkan dari nama: kecamatan ${unitRow.place.name}`
            : "Kecamatan belum diketahui: sumber (Komdat) tidak menyebutnya.",
          desaId: null,
          parentId: null,
          isIllustrative: false,
        },
        `pkm:${unitRow.code}`,
        stageFor(pace, `pkm:${unitRow.code}`),
      );
      (["DOKTER", "BIDAN", "PERAWAT", "AHLI_GIZI", "SANITARIAN", "ADMINISTRASI"] as Profession[]).forEach(
        (profession, index) => {
          const id = seedId(`staff:ilus:${unitRow.code}:${index + 1}`);
          staff.push({
            id,
            districtId,
            puskesmasId: facilityId("PUSKESMAS", unitRow.code),
            name: `Tenaga ${index + 1} ${unitRow.name} (ilustratif)`,
            profession,
            posting: "PUSKESMAS",
            pustuId: null,
            isIllustrative: true,
          });
          if (unit(`assign:${id}`) < pace + 0.1) {
            assignments.push({
              id: seedId(`assignment:${id}`),
              districtId,
              staffId: id,
              clusterId: (index % 4) + 1,
              effectiveFrom: date(dayBetween(unit(`from:${id}`) * 0.9)),
            });
          }
        },
      );
    }
    if (puskesmas.length === 0) continue;
    targets.push({
      id: seedId(`target:ilus:${districtCode}:2026`),
      districtId,
      year: 2026,
      kind: "PUSKESMAS_MENERAPKAN",
      targetCount: puskesmas.length,
      deadline: date("2026-12-31"),
      note: "Ilustratif: target contoh (semua puskesmas tahun 2026), tidak berasal dari sumber.",
      source: null,
    });

    // Pustu in part of the desa, each under the puskesmas of its kecamatan when known; a posyandu under each pustu.
    const coverage = 0.25 + unit(`coverage:${districtCode}`) * 0.6;
    desa.forEach((village, index) => {
      if (unit(`pustu:${village.code}`) >= coverage) return;
      const parent =
        puskesmas.find((row) => row.place?.code === village.parentCode) ?? puskesmas[index % puskesmas.length]!;
      const pustuCode = `ILUS-PUSTU-${village.code}`;
      const common = {
        districtId,
        kecamatanId: regionId(village.parentCode!),
        desaId: regionId(village.code),
        isIllustrative: true,
        placementVerified: false,
        placementNote: ILLUSTRATIVE_NOTE,
      };
      const pustuId = facilityId("PUSTU", pustuCode);
      addFacility(
        {
          ...common,
          id: pustuId,
          type: "PUSTU",
          code: pustuCode,
          name: `Pustu ${village.name}`,
          searchText: facilitySearchText(`Pustu ${village.name}`),
          parentId: facilityId("PUSKESMAS", parent.code),
        },
        `pustu:${village.code}`,
        stageFor(pace, `pustu:${village.code}`, 0.6),
      );
      (["PERAWAT", "BIDAN"] as Profession[]).forEach((profession, slot) => {
        if (unit(`pustu-staff:${village.code}:${slot}`) > pace + 0.2) return;
        staff.push({
          id: seedId(`staff:ilus:${pustuCode}:${slot}`),
          districtId,
          puskesmasId: facilityId("PUSKESMAS", parent.code),
          name: `${profession === "PERAWAT" ? "Perawat" : "Bidan"} Pustu ${village.name} (ilustratif)`,
          profession,
          posting: "PUSTU_MENETAP",
          pustuId,
          isIllustrative: true,
        });
      });
      const posyanduCode = `ILUS-POSYANDU-${village.code}`;
      const posyanduId = facilityId("POSYANDU", posyanduCode);
      const posyanduName = `Posyandu ${village.name} (ilustratif)`;
      addFacility(
        {
          ...common,
          id: posyanduId,
          type: "POSYANDU",
          code: posyanduCode,
          name: posyanduName,
          searchText: facilitySearchText(posyanduName),
          parentId: pustuId,
        },
        `posyandu:${village.code}`,
        stageFor(pace, `posyandu:${village.code}`, 0.4),
      );
      for (let slot = 0; slot < 3; slot += 1) {
        const roll = unit(`kader:${village.code}:${slot}`);
        const level: KaderLevel = roll < 0.15 + pace * 0.2 ? "UTAMA" : roll < 0.45 + pace * 0.2 ? "MADYA" : "PURWA";
        kader.push({
          id: seedId(`kader:${posyanduCode}:${slot}`),
          districtId,
          posyanduId,
          name: `Kader ${slot + 1} ${village.name} (ilustratif)`,
          level,
          isIllustrative: true,
        });
      }
    });
  }

  // Parents before children: puskesmas, then pustu, then posyandu.
  for (const type of ["PUSKESMAS", "PUSTU", "POSYANDU"] as const) {
    await insertRows(
      tx,
      "Facility",
      facilities.filter((row) => row.type === type),
    );
  }
  await insertRows(tx, "FacilityStageChange", changes);
  await insertRows(tx, "Staff", staff);
  await insertRows(tx, "ClusterAssignment", assignments);
  await insertRows(tx, "Kader", kader);
  await insertRows(tx, "RolloutTarget", targets);
}

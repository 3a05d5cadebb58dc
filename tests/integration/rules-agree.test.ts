import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import {
  Prisma,
  type IlpStage,
  type Posting,
  type Profession,
  type StageChangeStatus,
} from "@/lib/generated/prisma/client";
import { inForce, inForceOn, inForceSql } from "@/lib/rules/assignment-in-force";
import { COUNTING_ENTRY, LATEST_FIRST, stageOn, stageOnSql, type StageEntry } from "@/lib/rules/stage-on-date";
import {
  pustuHasSql,
  pustuStaffCountSql,
  pustuStaffedSql,
  pustuStaffing,
  staffAtPustuSql,
  type PustuStaffMember,
} from "@/lib/rules/pustu-staffed";
import { createDesa, createPuskesmas, createPustu, createStaff, district } from "../support/factories";

// Each rule of lib/rules exists once in TypeScript and once in SQL: on randomly
// generated cases, written into PostgreSQL, both must give the same answer. The
// seed is printed; RULES_SEED=<n> replays a failing run. Rows go into a new
// puskesmas of Kota Bengkulu (17.71) and are selected by it.
const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
const seed = Number(process.env.RULES_SEED ?? Math.floor(Math.random() * 2 ** 31));
console.log(`rules-agree seed: ${seed} (replay with RULES_SEED=${seed})`);

/** mulberry32: a small seeded generator, so a failing case can be replayed. */
function generator(start: number) {
  let state = start >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(seed);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const DAY = 86_400_000;
const BASE = Date.UTC(2026, 0, 1);
const dayN = (n: number) => new Date(BASE + n * DAY);
const iso = (date: Date) => date.toISOString().slice(0, 10);

let puskesmas: Awaited<ReturnType<typeof createPuskesmas>>;

beforeAll(async () => {
  const inDistrict = await district(owner, "17.71");
  puskesmas = await createPuskesmas(owner, inDistrict);
});
afterAll(() => owner.$disconnect());

describe("pustu staffed", () => {
  it("agrees between pustuStaffing and pustuStaffedSql on random staff sets", async () => {
    const kecamatan = await owner.region.findUniqueOrThrow({
      where: { id: puskesmas.kecamatanId! },
      select: { id: true, code: true, districtId: true, provinceId: true },
    });
    const desa = await createDesa(owner, kecamatan);
    const pustu = [];
    for (let n = 0; n < 200; n++) pustu.push(await createPustu(owner, puskesmas, { desa }));
    const professions: Profession[] = ["PERAWAT", "BIDAN", "DOKTER", "AHLI_GIZI"];
    const postings: Posting[] = ["PUSTU_MENETAP", "PUSTU_TERJADWAL"];
    const rows: Prisma.StaffCreateManyInput[] = [];
    for (const unit of pustu) {
      for (let n = int(0, 4); n > 0; n--) {
        rows.push({
          districtId: puskesmas.districtId,
          puskesmasId: puskesmas.id,
          name: `Tenaga Acak ${rows.length}`,
          profession: pick(professions),
          posting: pick(postings),
          pustuId: unit.id,
          active: random() < 0.8,
        });
      }
    }
    // People of the puskesmas itself never count at a pustu.
    for (let n = 0; n < 20; n++)
      rows.push({
        districtId: puskesmas.districtId,
        puskesmasId: puskesmas.id,
        name: `Tenaga Puskesmas ${n}`,
        profession: pick(professions),
        posting: "PUSKESMAS",
        pustuId: null,
        active: true,
      });
    await owner.staff.createMany({ data: rows });
    await createStaff(owner, puskesmas, { profession: "BIDAN", pustu: pustu[0], active: false });

    const staff: PustuStaffMember[] = await owner.staff.findMany({
      where: { puskesmasId: puskesmas.id, active: true },
      select: { id: true, profession: true, posting: true, pustuId: true },
    });
    const sql = await owner.$queryRaw<
      { id: string; staffed: boolean; staff: number; hasPerawat: boolean; hasBidan: boolean }[]
    >`
      SELECT p.id::text AS id, ${Prisma.raw(pustuStaffedSql("s"))} AS staffed, ${Prisma.raw(pustuStaffCountSql("s"))}::int AS staff,
        ${Prisma.raw(pustuHasSql("s", "PERAWAT"))} AS "hasPerawat", ${Prisma.raw(pustuHasSql("s", "BIDAN"))} AS "hasBidan"
      FROM "Facility" p LEFT JOIN "Staff" s ON ${Prisma.raw(staffAtPustuSql("s", "p"))}
      WHERE p."parentId" = ${puskesmas.id}::uuid AND p.type = 'PUSTU'
      GROUP BY p.id`;
    expect(sql).toHaveLength(pustu.length);
    const outcomes = new Set<boolean>();
    for (const row of sql) {
      const ts = pustuStaffing(staff, row.id);
      const label = `seed ${seed}, pustu ${row.id}`;
      expect(row.staffed, label).toBe(ts.ok);
      expect(row.staff, label).toBe(ts.count);
      expect([row.hasPerawat, row.hasBidan], label).toEqual([
        !ts.missing.includes("PERAWAT"),
        !ts.missing.includes("BIDAN"),
      ]);
      outcomes.add(ts.ok);
    }
    // Both answers occur, or the comparison proves little.
    expect(outcomes.size).toBe(2);
  });
});

describe("assignment in force", () => {
  it("agrees between inForce, inForceOn (Prisma) and inForceSql on random periods and dates, boundaries included", async () => {
    const staff = await createStaff(owner, puskesmas, { profession: "DOKTER" });
    const periods = Array.from({ length: 60 }, () => {
      const from = int(0, 30);
      return { effectiveFrom: dayN(from), effectiveTo: random() < 0.3 ? null : dayN(from + int(1, 10)) };
    });
    await owner.clusterAssignment.createMany({
      data: periods.map((period) => ({
        districtId: staff.districtId,
        staffId: staff.id,
        clusterId: pick([1, 2, 3, 4, 5]),
        ...period,
      })),
    });
    const rows = await owner.clusterAssignment.findMany({
      where: { staffId: staff.id },
      select: { id: true, effectiveFrom: true, effectiveTo: true },
    });
    // Every boundary (a start, an end, the day before each) and a few other days.
    const days = new Set<number>([
      dayN(-1).getTime(),
      dayN(45).getTime(),
      ...rows.flatMap((row) =>
        [row.effectiveFrom, row.effectiveTo]
          .filter((date) => date !== null)
          .flatMap((date) => [date.getTime(), date.getTime() - DAY]),
      ),
    ]);
    for (let n = 0; n < 10; n++) days.add(dayN(int(-2, 45)).getTime());
    let cases = 0;
    const seen = new Set<boolean>();
    for (const time of days) {
      const day = new Date(time);
      const sql = new Set(
        (
          await owner.$queryRaw<
            { id: string }[]
          >`SELECT a.id::text AS id FROM "ClusterAssignment" a WHERE a."staffId" = ${staff.id}::uuid AND ${inForceSql("a", iso(day))}`
        ).map((row) => row.id),
      );
      const prisma = new Set(
        (
          await owner.clusterAssignment.findMany({
            where: { staffId: staff.id, ...inForceOn(day) },
            select: { id: true },
          })
        ).map((row) => row.id),
      );
      for (const row of rows) {
        const label = `seed ${seed}, ${iso(row.effectiveFrom)}–${row.effectiveTo ? iso(row.effectiveTo) : "open"} on ${iso(day)}`;
        const ts = inForce(row, day);
        expect(sql.has(row.id), label).toBe(ts);
        expect(prisma.has(row.id), label).toBe(ts);
        seen.add(ts);
        cases++;
      }
    }
    expect(cases).toBeGreaterThan(1000);
    expect(seen.size).toBe(2);
  });
});

describe("stage on a date", () => {
  it("agrees between stageOn, the Prisma filter and order, and stageOnSql on random histories, proposals, returns, corrections and voids", async () => {
    const kecamatan = await owner.region.findUniqueOrThrow({
      where: { id: puskesmas.kecamatanId! },
      select: { id: true, code: true, districtId: true, provinceId: true },
    });
    const desa = await createDesa(owner, kecamatan);
    const facilities = [];
    for (let n = 0; n < 60; n++) facilities.push(await createPustu(owner, puskesmas, { desa }));
    const stages: IlpStage[] = ["BELUM", "PERSIAPAN", "UJI_COBA", "MENERAPKAN"];
    const statuses: StageChangeStatus[] = ["VERIFIED", "VERIFIED", "PROPOSED", "RETURNED"];
    // Distinct recording times in a shuffled order, so a later entry may be dated earlier.
    const times = Array.from({ length: 60 * 7 }, (_, n) => BASE + n * 1000).sort(() => random() - 0.5);
    const rows: Prisma.FacilityStageChangeCreateManyInput[] = [];
    for (const facility of facilities) {
      for (let n = int(0, 6); n > 0; n--) {
        const status = pick(statuses);
        const retractedAs = status === "VERIFIED" && random() < 0.3 ? pick(["CORRECTED", "VOIDED"] as const) : null;
        rows.push({
          districtId: facility.districtId,
          facilityId: facility.id,
          toStage: pick(stages),
          effectiveDate: dayN(int(0, 8)),
          note: "Perubahan acak",
          createdAt: new Date(times.pop()!),
          status,
          reviewNote: status === "RETURNED" ? "Dikembalikan" : null,
          retractedAs,
          retractedAt: retractedAs ? new Date() : null,
          retractionReason: retractedAs ? "Koreksi uji" : null,
        });
      }
    }
    await owner.facilityStageChange.createMany({ data: rows });
    const ids = facilities.map((facility) => facility.id);
    const history = new Map<string, StageEntry[]>(ids.map((id) => [id, []]));
    for (const row of await owner.facilityStageChange.findMany({
      where: { facilityId: { in: ids } },
      select: {
        facilityId: true,
        toStage: true,
        effectiveDate: true,
        createdAt: true,
        status: true,
        retractedAs: true,
      },
    })) {
      history.get(row.facilityId)!.push(row);
    }
    const days = new Set<number>([
      dayN(-1).getTime(),
      dayN(12).getTime(),
      ...rows.flatMap((row) => [
        new Date(row.effectiveDate as Date).getTime(),
        new Date(row.effectiveDate as Date).getTime() - DAY,
      ]),
    ]);
    let cases = 0;
    const seen = new Set<IlpStage>();
    for (const time of days) {
      const day = new Date(time);
      const sql = new Map(
        (
          await owner.$queryRaw<{ facilityId: string; toStage: IlpStage }[]>`
          SELECT s."facilityId"::text AS "facilityId", s."toStage"::text AS "toStage" FROM (${stageOnSql(Prisma.sql`c."facilityId" = ANY(${ids}::uuid[])`, iso(day))}) s`
        ).map((row) => [row.facilityId, row.toStage]),
      );
      const prisma = new Map(
        (
          await owner.facilityStageChange.findMany({
            where: { facilityId: { in: ids }, effectiveDate: { lte: day }, ...COUNTING_ENTRY },
            orderBy: [{ facilityId: "asc" }, ...LATEST_FIRST],
            distinct: ["facilityId"],
            select: { facilityId: true, toStage: true },
          })
        ).map((row) => [row.facilityId, row.toStage]),
      );
      for (const id of ids) {
        const ts = stageOn(history.get(id)!, day);
        const label = `seed ${seed}, facility ${id} on ${iso(day)}`;
        expect(sql.get(id) ?? "BELUM", label).toBe(ts);
        expect(prisma.get(id) ?? "BELUM", label).toBe(ts);
        seen.add(ts);
        cases++;
      }
    }
    expect(cases).toBeGreaterThan(500);
    expect(seen.size).toBe(stages.length);
  });
});

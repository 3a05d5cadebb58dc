import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { seedDemo } from "@/prisma/seed";

const databaseUrl = inject("databaseUrl");
const prisma = createPrismaClient(databaseUrl, { max: 2 });
afterAll(() => prisma.$disconnect());

/** A digest of every row of every table, to prove a second seed changes nothing. */
async function databaseFingerprint(): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
    );
    const digest: Record<string, string> = {};
    for (const { tablename } of tables.rows) {
      const result = await client.query<{ count: string; hash: string | null }>(
        `SELECT count(*)::text AS count, md5(string_agg(t::text, '|' ORDER BY t::text)) AS hash FROM "${tablename}" t`,
      );
      digest[tablename] = `${result.rows[0]!.count}:${result.rows[0]!.hash}`;
    }
    return digest;
  } finally {
    await client.end();
  }
}

const districtId = async (code: string) => (await prisma.region.findUniqueOrThrow({ where: { code } })).id;

describe("demo seed", () => {
  it("is idempotent: seeding again changes no row", async () => {
    const before = await databaseFingerprint();
    expect(Number(before.Facility!.split(":")[0])).toBeGreaterThan(90);
    await seedDemo(prisma);
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("has Rejang Lebong's 21 puskesmas, with Sumber Urip implementing and the 2025 target of 21", async () => {
    const id = await districtId("17.02");
    expect(await prisma.facility.count({ where: { districtId: id, type: "PUSKESMAS" } })).toBe(21);
    const sumberUrip = await prisma.facility.findFirstOrThrow({
      where: { districtId: id, name: "Puskesmas Sumber Urip" },
      include: { kecamatan: true, desa: true, stageChanges: true },
    });
    expect(sumberUrip.currentStage).toBe("MENERAPKAN");
    expect(sumberUrip.kecamatan?.name).toBe("Selupu Rejang");
    expect(sumberUrip.desa?.code).toBe("17.02.11.2009");
    expect(sumberUrip.aliases).toContain("Sumber Urib");
    expect(sumberUrip.stageChanges.map((change) => change.effectiveDate.getUTCFullYear())).toEqual([2024]);
    expect(
      await prisma.facility.count({ where: { districtId: id, type: "PUSKESMAS", currentStage: "MENERAPKAN" } }),
    ).toBe(1);
    const target = await prisma.rolloutTarget.findFirstOrThrow({
      where: { districtId: id, year: 2025, kind: "PUSKESMAS_MENERAPKAN" },
    });
    expect(target.targetCount).toBe(21);
    expect(target.deadline.toISOString().slice(0, 10)).toBe("2025-12-31");
    expect(
      await prisma.facility.count({
        where: { districtId: id, name: "Puskesmas Curup Timur", placementVerified: false },
      }),
    ).toBe(1);
  });

  it("has Sanggau's 19 puskesmas, 163 desa, the reported 95 pustu, both targets of 19, and one-worker pustu marked illustrative", async () => {
    const id = await districtId("61.03");
    expect(await prisma.facility.count({ where: { districtId: id, type: "PUSKESMAS" } })).toBe(19);
    expect(await prisma.region.count({ where: { districtId: id, level: "DESA", kind: "DESA" } })).toBe(163);
    const pustuFigure = await prisma.reportedFigure.findFirstOrThrow({ where: { districtId: id, metric: "PUSTU" } });
    expect(pustuFigure.value).toBe(95);
    const targets = await prisma.rolloutTarget.findMany({ where: { districtId: id }, orderBy: { kind: "asc" } });
    expect(targets.map((target) => [target.kind, target.targetCount])).toEqual([
      ["PUSKESMAS_MENERAPKAN", 19],
      ["DESA_PUSTU_DIDAMPINGI", 19],
    ]);
    const pustu = await prisma.facility.findMany({
      where: { districtId: id, type: "PUSTU" },
      include: { staffPostedHere: true },
    });
    expect(pustu.length).toBeGreaterThan(0);
    expect(pustu.length).toBeLessThan(95); // never invent the 95 names
    for (const unit of pustu) {
      expect(unit.isIllustrative).toBe(true);
      expect(unit.staffPostedHere).toHaveLength(1);
      expect(unit.staffPostedHere[0]!.isIllustrative).toBe(true);
    }
  });

  it("has Kudus' five named pilots and the 26 Nov 2024 session of 132", async () => {
    const id = await districtId("33.19");
    const pilots = await prisma.facility.findMany({
      where: { districtId: id, currentStage: "UJI_COBA" },
      orderBy: { name: "asc" },
    });
    expect(pilots.map((facility) => facility.name)).toEqual([
      "Puskesmas Jekulo",
      "Puskesmas Kaliwungu",
      "Puskesmas Purwosari",
      "Puskesmas Rejosari",
      "Puskesmas Undaan",
    ]);
    const session = await prisma.activity.findFirstOrThrow({
      where: { districtId: id, date: new Date("2024-11-26") },
      include: { facilities: true },
    });
    expect(session.participantCount).toBe(132);
    expect(session.type).toBe("PENYULUHAN");
    expect(session.facilities).toHaveLength(19);
  });

  it("has Pandeglang's Puskesmas Cadasari in Kecamatan Cadasari", async () => {
    const cadasari = await prisma.facility.findFirstOrThrow({
      where: { districtId: await districtId("36.01"), name: "Puskesmas Cadasari" },
      include: { kecamatan: true },
    });
    expect(cadasari.kecamatan?.code).toBe("36.01.22");
    expect(cadasari.currentStage).toBe("PERSIAPAN");
  });

  it("has every province and kabupaten/kota, and the five clusters with Klaster 5's sub-units", async () => {
    expect(await prisma.region.count({ where: { level: "PROVINSI" } })).toBe(38);
    expect(await prisma.region.count({ where: { level: "KABUPATEN" } })).toBe(514);
    expect(await prisma.cluster.count()).toBe(5);
    expect((await prisma.clusterUnit.findMany({ where: { clusterId: 5 } })).map((unit) => unit.name).sort()).toEqual([
      "Farmasi",
      "Gawat darurat",
      "Gigi dan mulut",
      "Laboratorium",
      "Rawat inap",
    ]);
  });

  it("has the stage checklist, each item sourced or marked as district practice, and only verified demo stage entries", async () => {
    const items = await prisma.stageChecklistItem.findMany({ orderBy: [{ stage: "asc" }, { sortOrder: "asc" }] });
    expect(items.map((item) => [item.stage, item.code])).toEqual([
      ["PERSIAPAN", "TIM_KERJA_ILP"],
      ["PERSIAPAN", "SOSIALISASI"],
      ["PERSIAPAN", "SK_STRUKTUR_KLASTER"],
      ["UJI_COBA", "STAF_PER_KLASTER"],
      ["UJI_COBA", "PUSTU_POSYANDU_SIAP"],
      ["MENERAPKAN", "SK_PENETAPAN_ILP"],
    ]);
    // No item claims Kemenkes authority it does not have: the sourced ones name their source.
    expect(items.filter((item) => item.source).map((item) => item.code)).toEqual([
      "STAF_PER_KLASTER",
      "SK_PENETAPAN_ILP",
    ]);
    // Seeded entries carry a source (the articles) or are illustrative; other test files add their own.
    const seeded = { OR: [{ source: { not: null } }, { isIllustrative: true }] };
    expect(await prisma.facilityStageChange.count({ where: seeded })).toBeGreaterThan(100);
    expect(
      await prisma.facilityStageChange.count({
        where: { AND: [seeded, { OR: [{ status: { not: "VERIFIED" } }, { retractedAs: { not: null } }] }] },
      }),
    ).toBe(0);
  });

  it("has the demo accounts with their places", async () => {
    const assignments = await prisma.roleAssignment.findMany({ include: { user: true, region: true } });
    // The puskesmas is not a relation (RoleAssignment is a reference table, Facility a distributed one): read it by id.
    const puskesmasById = new Map(
      (
        await prisma.facility.findMany({
          where: { id: { in: assignments.flatMap((role) => (role.puskesmasId ? [role.puskesmasId] : [])) } },
        })
      ).map((facility) => [facility.id, facility]),
    );
    const roles = assignments.map((role) => ({
      ...role,
      puskesmas: role.puskesmasId ? (puskesmasById.get(role.puskesmasId) ?? null) : null,
    }));
    const byUser = new Map(roles.map((role) => [role.user.username, role]));
    expect(byUser.get("admin.nasional")?.role).toBe("NATIONAL_ADMIN");
    expect(byUser.get("provinsi.bengkulu")?.region?.name).toBe("Bengkulu");
    expect(byUser.get("provinsi.jateng")?.region?.name).toBe("Jawa Tengah");
    expect(byUser.get("kepala.sumberurip")?.puskesmas?.name).toBe("Puskesmas Sumber Urip");
    expect(byUser.get("kepala.curuptimur")?.puskesmas).toMatchObject({
      name: "Puskesmas Curup Timur",
      currentStage: "BELUM",
    });
    for (const code of ["17.02", "33.19", "36.01", "61.03"]) {
      expect(roles.some((role) => role.role === "DINKES_PLANNER" && role.region?.code === code)).toBe(true);
    }
  });
  it("gives Sumber Urip an illustrative roster of 45 across professions, two pustu and one bidan still to assign", async () => {
    const puskesmas = await prisma.facility.findFirstOrThrow({ where: { name: "Puskesmas Sumber Urip" } });
    // Seeded rows only: other test files may add staff of their own.
    const roster = await prisma.staff.findMany({
      where: { puskesmasId: puskesmas.id, name: { endsWith: "(ilustratif)" } },
      include: { assignments: true },
    });
    expect(roster).toHaveLength(45);
    expect(roster.every((person) => person.isIllustrative)).toBe(true);
    expect(new Set(roster.map((person) => person.profession)).size).toBeGreaterThanOrEqual(12);
    expect(roster.filter((person) => person.nip).length).toBeGreaterThan(20);
    const pustu = await prisma.facility.findMany({
      where: { parentId: puskesmas.id, type: "PUSTU", code: { startsWith: "ILUS-PUSTU-1011912-" } },
      include: { staffPostedHere: true },
      orderBy: { name: "asc" },
    });
    expect(
      pustu.map((unit) => [
        unit.name,
        unit.isIllustrative,
        unit.staffPostedHere.map((person) => person.posting).sort(),
      ]),
    ).toEqual([
      ["Pustu Karang Jaya", true, ["PUSTU_MENETAP"]],
      ["Pustu Sumber Bening", true, ["PUSTU_MENETAP", "PUSTU_TERJADWAL"]],
    ]);
    const unassigned = roster.filter((person) => person.assignments.length === 0);
    expect(unassigned.map((person) => [person.name, person.profession])).toEqual([
      ["Tenaga Kesehatan 45 (ilustratif)", "BIDAN"],
    ]);
  });
});

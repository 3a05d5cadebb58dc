import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { getDistrictDashboard, LIST_PREVIEW } from "@/lib/dashboard/queries";
import { getDistrictByCode } from "@/lib/rollout/queries";
import { withScope } from "@/lib/server/scoped-db";
import { actAs } from "../support/act-as";
import { ensureUser } from "../support/tenancy-fixtures";

const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
afterAll(() => owner.$disconnect());

async function dashboardOf(code: string, asOf: string, username: string) {
  const user = (await actAs((await owner.user.findUniqueOrThrow({ where: { username } })).id))!;
  return withScope(user.scope, async (ctx) =>
    getDistrictDashboard(ctx, await getDistrictByCode(ctx, code), new Date(`${asOf}T00:00:00Z`)),
  );
}

describe("the district dashboard", () => {
  it("shows Rejang Lebong as it stood on any date (hand-computed from the articles)", async () => {
    const before = await dashboardOf("17.02", "2024-07-29", "perencana.rejanglebong");
    const after = await dashboardOf("17.02", "2024-07-30", "perencana.rejanglebong");
    const endOf2025 = await dashboardOf("17.02", "2025-12-31", "perencana.rejanglebong");

    const puskesmas = (dashboard: typeof before) => dashboard.funnel.find((row) => row.type === "PUSKESMAS")!.counts;
    expect(puskesmas(before)).toEqual({ BELUM: 21, PERSIAPAN: 0, UJI_COBA: 0, MENERAPKAN: 0 });
    expect(puskesmas(after)).toEqual({ BELUM: 20, PERSIAPAN: 0, UJI_COBA: 0, MENERAPKAN: 1 });

    const target = (dashboard: typeof before) => dashboard.targets.find((row) => row.kind === "PUSKESMAS_MENERAPKAN")!;
    expect(target(before).progress).toMatchObject({ achieved: 0, target: 21 });
    expect(target(after).progress).toMatchObject({ achieved: 1, target: 21, percent: 4, daysLeft: 519 });
    expect(target(after).projection.status).toBe("OFF_TRACK");
    expect(target(endOf2025).progress).toMatchObject({ achieved: 1, daysLeft: 0 });

    expect(after.puskesmasTrend.at(-1)).toEqual({ month: "2024-07-30", implementing: 1 });
    expect(after.puskesmasTrend.find((point) => point.month === "2024-06-30")).toEqual({
      month: "2024-06-30",
      implementing: 0,
    });
    const selupuRejang = after.byKecamatan.find((row) => row.code === "17.02.11")!;
    expect(selupuRejang).toMatchObject({ name: "Selupu Rejang", puskesmas: 3, implementing: 1 });
    expect(after.activities).toEqual([{ month: "2024-07", count: 1, participants: 0, participantsUnknown: 1 }]);
    expect(before.activities).toEqual([]);
  });

  it("shows Kudus' pilots and its session of 132 from 26 Nov 2024", async () => {
    const kudus = await dashboardOf("33.19", "2024-11-26", "perencana.kudus");
    expect(kudus.funnel.find((row) => row.type === "PUSKESMAS")!.counts).toEqual({
      BELUM: 14,
      PERSIAPAN: 0,
      UJI_COBA: 5,
      MENERAPKAN: 0,
    });
    expect(kudus.activities).toEqual([{ month: "2024-11", count: 1, participants: 132, participantsUnknown: 0 }]);
    const dayBefore = await dashboardOf("33.19", "2024-11-25", "perencana.kudus");
    expect(dayBefore.funnel.find((row) => row.type === "PUSKESMAS")!.counts.UJI_COBA).toBe(0);
  });

  it("traces every stage over time, not only Menerapkan: Kudus' five pilots appear in Uji coba", async () => {
    const kudus = await dashboardOf("33.19", "2024-12-31", "perencana.kudus");
    const at = (month: string) => kudus.stageTrend.find((point) => point.month === month)!.counts;
    expect(at("2024-10-31")).toEqual({ BELUM: 19, PERSIAPAN: 0, UJI_COBA: 0, MENERAPKAN: 0 });
    expect(at("2024-11-30")).toEqual({ BELUM: 14, PERSIAPAN: 0, UJI_COBA: 5, MENERAPKAN: 0 });
    // The same months as the adoption trend; every point counts the same puskesmas; Menerapkan agrees with it.
    expect(kudus.stageTrend.map((point) => point.month)).toEqual(kudus.puskesmasTrend.map((point) => point.month));
    for (const [index, point] of kudus.stageTrend.entries()) {
      expect(Object.values(point.counts).reduce((sum, count) => sum + count, 0)).toBe(19);
      expect(point.counts.MENERAPKAN).toBe(kudus.puskesmasTrend[index]!.implementing);
    }
    const rejangLebong = await dashboardOf("17.02", "2024-07-30", "perencana.rejanglebong");
    expect(rejangLebong.stageTrend.at(-1)).toEqual({
      month: "2024-07-30",
      counts: { BELUM: 20, PERSIAPAN: 0, UJI_COBA: 0, MENERAPKAN: 1 },
    });
  });

  it("shows Sanggau's pustu coverage: recorded and reported (95 for 163 desa), and the one-worker pustu", async () => {
    const sanggau = await dashboardOf("61.03", "2025-01-15", "perencana.sanggau");
    expect(sanggau.coverage.reported).toMatchObject({ pustu: 95, desa: 163 });
    expect(sanggau.coverage.desaTotal).toBe(169); // 163 desa and 6 kelurahan
    expect(sanggau.coverage.desaWithPustu).toBe(19);
    expect(sanggau.coverage.desaWithoutPustuCount).toBe(169 - 19);
    expect(sanggau.coverage.desaWithoutPustu).toHaveLength(LIST_PREVIEW); // the page's preview; the export has all 150
    expect(sanggau.coverage.desaWithoutPustu.map((desa) => desa.code)).toEqual(
      [...sanggau.coverage.desaWithoutPustu.map((desa) => desa.code)].sort(),
    );
    expect(sanggau.coverage.understaffedPustuCount).toBe(19);
    expect(sanggau.coverage.understaffedPustu).toHaveLength(19);
    for (const unit of sanggau.coverage.understaffedPustu) {
      expect(unit.staff).toBe(1);
      expect(unit.missing).toHaveLength(1);
    }
    const accompanied = sanggau.targets.find((row) => row.kind === "DESA_PUSTU_DIDAMPINGI")!;
    expect(accompanied.progress).toMatchObject({ achieved: 0, target: 19 });
  });

  it("counts kader by level and posyandu implementing", async () => {
    const rejangLebong = await dashboardOf("17.02", new Date().toISOString().slice(0, 10), "perencana.rejanglebong");
    expect(rejangLebong.posyandu.kaderByLevel).toEqual({ PURWA: 1, MADYA: 1, UTAMA: 1 });
    const openPosyandu = await owner.facility.count({
      where: {
        districtId: (await owner.region.findUniqueOrThrow({ where: { code: "17.02" } })).id,
        type: "POSYANDU",
        closedAt: null,
      },
    });
    expect(rejangLebong.posyandu.total).toBe(openPosyandu);
    expect(rejangLebong.posyandu.total).toBeGreaterThanOrEqual(1);
  });

  it("rolls up cluster assignment per puskesmas: Sumber Urip's unassigned bidan and its pustu without a bidan", async () => {
    const rejangLebong = await dashboardOf("17.02", new Date().toISOString().slice(0, 10), "perencana.rejanglebong");
    const sumberUrip = rejangLebong.staffing.rows.find((row) => row.name === "Puskesmas Sumber Urip")!;
    const activeStaff = await owner.staff.count({ where: { puskesmasId: sumberUrip.id, active: true } });
    expect(sumberUrip.staff).toBe(activeStaff);
    expect(sumberUrip.assigned).toBeLessThan(sumberUrip.staff);
    expect(sumberUrip.assignedPercent).toBeGreaterThanOrEqual(90);
    expect(sumberUrip.clustersWithoutCoordinator).toEqual([]);
    // Other test files may add pustu of their own; the seeded ones: Sumber Bening is staffed, Karang Jaya lacks a bidan.
    expect(sumberUrip.pustuBelowMinimum).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: "Pustu Karang Jaya", staff: 1, missing: ["BIDAN"] })]),
    );
    expect(sumberUrip.pustuBelowMinimum.map((pustu) => pustu.name)).not.toContain("Pustu Sumber Bening");
    const curup = rejangLebong.staffing.rows.find((row) => row.name === "Puskesmas Curup")!;
    // A roster never entered: no findings about coordinators ("belum ada data", not five clusters without one).
    expect(curup).toMatchObject({
      staff: 0,
      assignedPercent: null,
      clustersWithoutCoordinator: [],
      pustuBelowMinimum: [],
    });
    expect(rejangLebong.staffing.totals.puskesmas).toBe(rejangLebong.staffing.rows.length);
    // Before the board existed (Sumber Urip's assignments begin on 30 July 2024) nobody was assigned.
    const before = await dashboardOf("17.02", "2024-07-29", "perencana.rejanglebong");
    expect(before.staffing.rows.find((row) => row.name === "Puskesmas Sumber Urip")!.assigned).toBe(0);
  });

  beforeAll(async () => {
    const district = await owner.region.findUniqueOrThrow({ where: { code: "33.19" } });
    await ensureUser(owner, "perencana.kudus.uji", "DINKES_PLANNER", district.id);
  });
});

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getNationalComparison, getProvinceComparison } from "@/lib/comparison/queries";
import { getDistrictDashboard } from "@/lib/dashboard/queries";
import { createPrismaClient } from "@/lib/db/client";
import { indicatorValue, sumFacts, worstStatus, type IndicatorFacts } from "@/lib/indicators/definitions";
import { getDistrictIndicators } from "@/lib/indicators/queries";
import type { IlpStage, Profession } from "@/lib/generated/prisma/client";
import { getDistrictByCode } from "@/lib/rollout/queries";
import { NotFoundError } from "@/lib/server/errors";
import { withScope } from "@/lib/server/scoped-db";
import { actAs } from "../support/act-as";
import { ensureUser } from "../support/tenancy-fixtures";

const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
afterAll(() => owner.$disconnect());

const day = (text: string) => new Date(`${text}T00:00:00Z`);
let serial = 0;

async function signedIn(username: string) {
  return (await actAs((await owner.user.findUniqueOrThrow({ where: { username } })).id))!;
}

/**
 * A hand-built province (Lampung, 18): two districts whose every figure is
 * worked out by hand below, with closings, openings, a step back, ended
 * cluster assignments, inactive staff and kader.
 */
async function buildLampung() {
  const region = (code: string) => owner.region.findUniqueOrThrow({ where: { code } });
  const [lampung, barat, tanggamus] = await Promise.all([region("18"), region("18.01"), region("18.02")]);
  const place = async (district: typeof barat, code: string, name: string, parentId: string) =>
    owner.region.create({
      data: {
        code,
        name,
        level: code.split(".").length === 3 ? "KECAMATAN" : "DESA",
        kind: code.split(".").length === 3 ? "KECAMATAN" : "DESA",
        parentId,
        provinceId: lampung.id,
        districtId: district.id,
      },
    });
  const facility = async (
    district: typeof barat,
    type: "PUSKESMAS" | "PUSTU" | "POSYANDU",
    extra: { kecamatanId?: string; desaId?: string; parentId?: string; openedOn?: string; closedAt?: string },
  ) =>
    owner.facility.create({
      data: {
        districtId: district.id,
        type,
        code: `UJI-BANDING-${++serial}`,
        name: `${type} Uji ${serial}`,
        kecamatanId: extra.kecamatanId ?? null,
        desaId: extra.desaId ?? null,
        parentId: extra.parentId ?? null,
        openedOn: extra.openedOn ? day(extra.openedOn) : null,
        closedAt: extra.closedAt ? day(extra.closedAt) : null,
      },
    });
  const stage = (facility: { id: string; districtId: string }, toStage: IlpStage, date: string) =>
    owner.facilityStageChange.create({
      data: {
        districtId: facility.districtId,
        facilityId: facility.id,
        toStage,
        effectiveDate: day(date),
        note: "uji",
      },
    });
  const worker = (
    puskesmas: { id: string; districtId: string },
    profession: Profession,
    extra: { pustuId?: string; active?: boolean } = {},
  ) =>
    owner.staff.create({
      data: {
        districtId: puskesmas.districtId,
        puskesmasId: puskesmas.id,
        name: "Tenaga Uji",
        profession,
        pustuId: extra.pustuId ?? null,
        posting: extra.pustuId ? "PUSTU_MENETAP" : "PUSKESMAS",
        active: extra.active ?? true,
      },
    });

  // Lampung Barat: 1 kecamatan, 4 desa.
  const kec = await place(barat, "18.01.90", "Kecamatan Uji", barat.id);
  const [d1, d2, d3] = [
    await place(barat, "18.01.90.2001", "Desa Uji 1", kec.id),
    await place(barat, "18.01.90.2002", "Desa Uji 2", kec.id),
    await place(barat, "18.01.90.2003", "Desa Uji 3", kec.id),
  ];
  await place(barat, "18.01.90.2004", "Desa Uji 4", kec.id);
  const p1 = await facility(barat, "PUSKESMAS", { kecamatanId: kec.id });
  await stage(p1, "PERSIAPAN", "2024-03-01");
  await stage(p1, "MENERAPKAN", "2024-09-15");
  const p2 = await facility(barat, "PUSKESMAS", { kecamatanId: kec.id });
  await stage(p2, "MENERAPKAN", "2025-02-01");
  await stage(p2, "UJI_COBA", "2025-06-01");
  await facility(barat, "PUSKESMAS", { kecamatanId: kec.id });
  const p4 = await facility(barat, "PUSKESMAS", { kecamatanId: kec.id, closedAt: "2024-12-31" });
  await stage(p4, "MENERAPKAN", "2024-05-01");
  const p5 = await facility(barat, "PUSKESMAS", { kecamatanId: kec.id, openedOn: "2025-03-01" });
  await stage(p5, "MENERAPKAN", "2025-04-01");

  const u1 = await facility(barat, "PUSTU", { kecamatanId: kec.id, desaId: d1.id, parentId: p1.id });
  const u2 = await facility(barat, "PUSTU", { kecamatanId: kec.id, desaId: d1.id, parentId: p1.id });
  const u3 = await facility(barat, "PUSTU", { kecamatanId: kec.id, desaId: d2.id, parentId: p1.id });
  const u4 = await facility(barat, "PUSTU", {
    kecamatanId: kec.id,
    desaId: d3.id,
    parentId: p1.id,
    openedOn: "2025-05-01",
  });
  await worker(p1, "PERAWAT", { pustuId: u1.id });
  await worker(p1, "BIDAN", { pustuId: u1.id });
  await worker(p1, "PERAWAT", { pustuId: u2.id });
  await worker(p1, "BIDAN", { pustuId: u3.id });
  await worker(p1, "PERAWAT", { pustuId: u3.id, active: false });
  await worker(p1, "PERAWAT", { pustuId: u4.id });
  await worker(p1, "BIDAN", { pustuId: u4.id });

  const y1 = await facility(barat, "POSYANDU", { kecamatanId: kec.id, desaId: d1.id, parentId: u1.id });
  await stage(y1, "MENERAPKAN", "2024-10-01");
  const y2 = await facility(barat, "POSYANDU", { kecamatanId: kec.id, desaId: d2.id, parentId: u3.id });
  for (const [posyandu, level, active] of [
    [y1, "PURWA", true],
    [y1, "MADYA", true],
    [y1, "UTAMA", false],
    [y2, "MADYA", true],
  ] as const) {
    await owner.kader.create({
      data: { districtId: barat.id, posyanduId: posyandu.id, name: "Kader Uji", level, active },
    });
  }

  const s1 = await worker(p1, "DOKTER");
  const s2 = await worker(p1, "BIDAN");
  const s3 = await worker(p1, "PERAWAT", { active: false });
  await worker(p1, "SANITARIAN");
  await owner.clusterAssignment.createMany({
    data: [
      { districtId: barat.id, staffId: s1.id, clusterId: 1, effectiveFrom: day("2024-06-01") },
      {
        districtId: barat.id,
        staffId: s2.id,
        clusterId: 2,
        effectiveFrom: day("2024-06-01"),
        effectiveTo: day("2025-01-01"),
      },
      { districtId: barat.id, staffId: s3.id, clusterId: 3, effectiveFrom: day("2024-06-01") },
    ],
  });
  await owner.rolloutTarget.createMany({
    data: [
      { districtId: barat.id, year: 2024, kind: "PUSKESMAS_MENERAPKAN", targetCount: 1, deadline: day("2024-12-31") },
      { districtId: barat.id, year: 2025, kind: "PUSKESMAS_MENERAPKAN", targetCount: 4, deadline: day("2025-12-31") },
    ],
  });
  await owner.activity.createMany({
    data: [
      { districtId: barat.id, type: "SOSIALISASI", title: "Uji", date: day("2024-08-20") },
      { districtId: barat.id, type: "PELATIHAN", title: "Uji", date: day("2025-03-10") },
    ],
  });

  // Tanggamus: 1 kecamatan, 2 desa, 1 puskesmas implementing, 1 staffed pustu.
  const kecT = await place(tanggamus, "18.02.90", "Kecamatan Uji T", tanggamus.id);
  const e1 = await place(tanggamus, "18.02.90.2001", "Desa Uji T1", kecT.id);
  await place(tanggamus, "18.02.90.2002", "Desa Uji T2", kecT.id);
  const q1 = await facility(tanggamus, "PUSKESMAS", { kecamatanId: kecT.id });
  await stage(q1, "MENERAPKAN", "2024-07-01");
  const t1 = await facility(tanggamus, "PUSTU", { kecamatanId: kecT.id, desaId: e1.id, parentId: q1.id });
  await worker(q1, "PERAWAT", { pustuId: t1.id });
  await worker(q1, "BIDAN", { pustuId: t1.id });

  await ensureUser(owner, "provinsi.lampung.uji", "PROVINCE_OFFICIAL", lampung.id);
}

const factsOf = (rows: { code: string; facts: IndicatorFacts }[], code: string) =>
  rows.find((row) => row.code === code)!.facts;

describe("indicators on a hand-built province", () => {
  beforeAll(buildLampung);

  it("counts every indicator of Lampung Barat as worked out by hand, on two dates", async () => {
    const user = await signedIn("provinsi.lampung.uji");
    const january = await withScope(user.scope, (ctx) => getProvinceComparison(ctx, "18", day("2025-01-15")));
    const barat = factsOf(january.rows, "18.01");
    expect(barat.puskesmas).toMatchObject({ total: 3, implementing: 1 }); // P4 closed, P5 not yet open
    expect(barat.pustu).toEqual({ total: 3, implementing: 0 }); // U4 not yet open
    expect(barat.counts.pustuStaffed).toBe(1); // only U1 has both
    expect(barat.desa).toEqual({ total: 4, withPustu: 2, accompanied: 0 });
    expect(barat.posyandu).toEqual({ total: 2, implementing: 1 });
    expect(barat.kader).toEqual({ PURWA: 1, MADYA: 2, UTAMA: 0 });
    expect(barat.staff).toEqual({ active: 9, clustered: 1 }); // S2's assignment ended 2025-01-01
    expect(barat.latestActivity).toBe("2024-08-20");
    expect(barat.targets).toMatchObject({ count: 1, met: 0, achieved: 1, target: 4 }); // only the latest year (2025)
    // Its latest stage change on 15 January 2025 dates from 1 October 2024 (a posyandu), over 90 days before: no verdict.
    expect(barat.areas.STAGES.lastUpdated).toBe("2024-10-01");
    expect(worstStatus(barat)).toBeNull();
    expect(barat.targets.unprojectable).toBe(1);
    expect(indicatorValue("puskesmasIlp", barat)).toMatchObject({ numerator: 1, denominator: 3, share: 1 / 3 });
    expect(indicatorValue("staffClustered", barat).share).toBeCloseTo(1 / 9);

    const june = await withScope(user.scope, (ctx) => getProvinceComparison(ctx, "18", day("2025-06-30")));
    const later = factsOf(june.rows, "18.01");
    expect(later.puskesmas).toMatchObject({ total: 4, implementing: 2 }); // P1 and P5; P2 stepped back on 1 June
    expect(later.pustu).toMatchObject({ total: 4 });
    expect(later.counts.pustuStaffed).toBe(2);
    expect(later.desa.withPustu).toBe(3);
    expect(later.latestActivity).toBe("2025-03-10");
    expect(later.targets).toMatchObject({ achieved: 2, target: 4, unprojectable: 0 }); // stage data of 1 June: current
    expect(worstStatus(later)).not.toBeNull();
    const trend = june.trend.series.find((series) => series.code === "18.01")!;
    const at = (month: string) => trend.values[june.trend.months.indexOf(month)];
    expect([at("2025-01-31"), at("2025-03-31"), at("2025-04-30"), at("2025-06-30")]).toEqual([1, 2, 3, 2]);

    const tanggamus = factsOf(june.rows, "18.02");
    expect(tanggamus).toMatchObject({
      puskesmas: { total: 1, implementing: 1 },
      pustu: { total: 1, implementing: 0 },
      counts: { pustuStaffed: 1 },
      desa: { total: 2, withPustu: 1 },
      staff: { active: 2, clustered: 0 },
    });

    // The province total is the sum of its districts, and here, of the two built by hand.
    expect(june.total).toEqual(sumFacts(june.rows.map((row) => row.facts)));
    expect(june.total.puskesmas).toMatchObject({ total: 5, implementing: 3 });
    expect(june.total.desa).toEqual({ total: 6, withPustu: 4, accompanied: 0 });
    expect(june.trend.total.at(-1)).toBe(3);
    expect(june.rows).toHaveLength(15); // every kabupaten/kota of Lampung, with or without data
  });

  it("agrees with the district dashboard for every Bengkulu district, today and on 30 July 2024", async () => {
    const user = await signedIn("provinsi.bengkulu");
    let targetsCompared = 0;
    for (const asOf of [day("2024-07-30"), new Date()]) {
      await withScope(user.scope, async (ctx) => {
        const comparison = await getProvinceComparison(ctx, "17", asOf);
        expect(comparison.rows).toHaveLength(10);
        expect(comparison.total).toEqual(sumFacts(comparison.rows.map((row) => row.facts)));
        for (const row of comparison.rows) {
          const dashboard = await getDistrictDashboard(ctx, await getDistrictByCode(ctx, row.code), asOf);
          const funnel = (type: string) => dashboard.funnel.find((entry) => entry.type === type)!.counts;
          const total = (type: string) => Object.values(funnel(type)).reduce((sum, count) => sum + count, 0);
          expect(row.facts.puskesmas, row.code).toMatchObject({
            total: total("PUSKESMAS"),
            implementing: funnel("PUSKESMAS").MENERAPKAN,
          });
          expect(row.facts.pustu.total).toBe(total("PUSTU"));
          expect(row.facts.pustu.implementing).toBe(funnel("PUSTU").MENERAPKAN);
          expect(row.facts.posyandu).toEqual({
            total: dashboard.posyandu.total,
            implementing: dashboard.posyandu.implementing,
          });
          expect(row.facts.desa.total).toBe(dashboard.coverage.desaTotal);
          expect(row.facts.desa.withPustu).toBe(dashboard.coverage.desaWithPustu);
          expect(row.facts.pustu.total - (row.facts.counts.pustuStaffed ?? 0)).toBe(
            dashboard.coverage.understaffedPustuCount,
          );
          expect(row.facts.kader).toEqual(dashboard.posyandu.kaderByLevel);
          expect(row.facts.latestActivity?.slice(0, 7) ?? null).toBe(dashboard.activities.at(-1)?.month ?? null);
          const latestYear = Math.max(...dashboard.targets.map((target) => target.year));
          const targets = dashboard.targets.filter((target) => target.year === latestYear);
          expect(row.facts.targets.count).toBe(targets.length);
          expect(row.facts.targets.achieved).toBe(
            targets.reduce((sum, target) => sum + Math.min(target.progress.achieved, target.progress.target), 0),
          );
          // A verdict only on current stage data: a stale district counts only its met targets (a met target stays met).
          const statuses = Object.fromEntries(Object.keys(row.facts.targets.status).map((status) => [status, 0]));
          for (const target of targets)
            if (row.facts.targets.unprojectable === 0 || target.projection.status === "MET")
              statuses[target.projection.status]! += 1;
          expect(row.facts.targets.status, row.code).toEqual(statuses);
          targetsCompared += targets.length;
        }
      });
    }
    // The demo seeds targets for Rejang Lebong: the status comparison above must have compared some.
    expect(targetsCompared).toBeGreaterThan(0);
  });

  it("shows Rejang Lebong's real figure: 1 of 21 puskesmas implementing", async () => {
    const user = await signedIn("provinsi.bengkulu");
    const [rejangLebong] = await withScope(user.scope, async (ctx) =>
      getDistrictIndicators(ctx, { districtId: (await getDistrictByCode(ctx, "17.02")).id }, new Date()),
    );
    expect(rejangLebong!.facts.puskesmas).toMatchObject({ total: 21, implementing: 1 });
  });

  it("sums the national view from the same district rows", async () => {
    const user = await signedIn("admin.nasional");
    const national = await withScope(user.scope, (ctx) => getNationalComparison(ctx, new Date()));
    expect(national.rows).toHaveLength(38);
    expect(national.districtRows).toHaveLength(514);
    expect(national.total).toEqual(sumFacts(national.rows.map((row) => row.facts)));
    expect(national.total).toEqual(sumFacts(national.districtRows.map((row) => row.facts)));
    const province = await withScope(user.scope, (ctx) => getProvinceComparison(ctx, "17", new Date()));
    expect(factsOf(national.rows, "17")).toEqual(province.total);
  });
});

describe("a province official", () => {
  it("cannot see another province, the national view or another province's district", async () => {
    const user = await signedIn("provinsi.bengkulu");
    const kudus = (await owner.region.findUniqueOrThrow({ where: { code: "33.19" } })).id;
    await expect(withScope(user.scope, (ctx) => getProvinceComparison(ctx, "33", new Date()))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(withScope(user.scope, (ctx) => getNationalComparison(ctx, new Date()))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      withScope(user.scope, (ctx) => getDistrictIndicators(ctx, { districtId: kudus }, new Date())),
    ).rejects.toBeInstanceOf(NotFoundError);
    // Underneath, row-level security hides another province's rows from any query.
    expect(await withScope(user.scope, (ctx) => ctx.db.facility.count({ where: { districtId: kudus } }))).toBe(0);

    const { GET } = await import("@/app/api/export/provinsi/[code]/route");
    expect(
      (await GET(new Request("http://test/api/export/provinsi/33"), { params: Promise.resolve({ code: "33" }) }))
        .status,
    ).toBe(404);
    const own = await GET(new Request("http://test/api/export/provinsi/17?urut=puskesmasIlp&arah=desc&cari=rejang"), {
      params: Promise.resolve({ code: "17" }),
    });
    expect(own.status).toBe(200);
    const lines = (await own.text()).trim().split(/\r?\n/);
    expect(lines).toHaveLength(3); // header, the one district the filter keeps, the province total
    expect(lines[1]).toMatch(/^1,17\.02,Kabupaten Rejang Lebong,/);
  });

  it("cannot change district data, through the actions or past them", async () => {
    const user = await signedIn("provinsi.bengkulu");
    const sumberUrip = await owner.facility.findFirstOrThrow({ where: { name: "Puskesmas Sumber Urip" } });
    const targetsBefore = await owner.rolloutTarget.count({ where: { year: 2027 } });
    const { changeStageAction } = await import("@/lib/facilities/actions");
    const { createTargetAction } = await import("@/lib/targets/actions");
    expect(
      await changeStageAction({
        facilityId: sumberUrip.id,
        toStage: "UJI_COBA",
        effectiveDate: "2025-01-01",
        note: "uji",
        version: sumberUrip.version,
      }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(
      await createTargetAction({
        districtCode: "17.02",
        year: 2027,
        kind: "POSYANDU_MENERAPKAN",
        targetCount: 5,
        deadline: "2027-12-31",
      }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    // Row-level security hides the row from the update: Prisma finds no record to update (P2025).
    await expect(
      withScope(user.scope, (ctx) =>
        ctx.db.facility.update({ where: { id: sumberUrip.id }, data: { name: "Diubah" } }),
      ),
    ).rejects.toMatchObject({ code: "P2025" });
    const after = await owner.facility.findUniqueOrThrow({ where: { id: sumberUrip.id } });
    expect(after).toMatchObject({
      name: "Puskesmas Sumber Urip",
      currentStage: "MENERAPKAN",
      version: sumberUrip.version,
    });
    expect(await owner.rolloutTarget.count({ where: { year: 2027 } })).toBe(targetsBefore);
  });
});

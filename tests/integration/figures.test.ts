import { afterAll, describe, expect, inject, it } from "vitest";
import { createTranslator } from "next-intl";
import { declareCompleteAction, withdrawCompleteAction } from "@/lib/completeness/actions";
import { getProvinceComparison } from "@/lib/comparison/queries";
import { arrangeRows, parseComparisonView } from "@/lib/comparison/table";
import { getDistrictDashboard } from "@/lib/dashboard/queries";
import { reportCompletenessRows, reportHeadlineRows } from "@/lib/dashboard/report-rows";
import { createPrismaClient } from "@/lib/db/client";
import { indicatorValue, worstStatus } from "@/lib/indicators/definitions";
import { getDistrictIndicators } from "@/lib/indicators/queries";
import { getDistrictByCode } from "@/lib/rollout/queries";
import { withScope } from "@/lib/server/scoped-db";
import id from "@/messages/id.json";
import { actAs } from "../support/act-as";

// Completeness and provenance on the seeded demo districts (rows of prisma/seed only;
// the declarations this file makes are withdrawn before it ends).

const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
afterAll(() => owner.$disconnect());

async function signedIn(username: string) {
  return (await actAs((await owner.user.findUniqueOrThrow({ where: { username } })).id))!;
}
async function indicatorsOf(username: string, code: string, asOf = new Date()) {
  const user = await signedIn(username);
  const [row] = await withScope(user.scope, async (ctx) =>
    getDistrictIndicators(ctx, { districtId: (await getDistrictByCode(ctx, code)).id }, asOf),
  );
  return row!.facts;
}
const t = createTranslator({ locale: "id", messages: id }) as unknown as (
  key: string,
  values?: Record<string, string | number>,
) => string;
const percent = (share: number | null) => (share === null ? "–" : `${Math.round(share * 1000) / 10}%`);

describe("completeness: 'not entered' is never zero", () => {
  it("Kudus, with no roster and no pustu entered: no data, not 0, on its dashboard and in the province comparison", async () => {
    const kudus = await indicatorsOf("perencana.kudus", "33.19");
    expect(kudus.puskesmas.withRoster).toBe(0);
    expect(indicatorValue("staffClustered", kudus)).toMatchObject({ state: "NO_DATA", share: null, provenance: null });
    expect(indicatorValue("pustuStaffed", kudus).state).toBe("NO_DATA");
    expect(indicatorValue("pustuCoverage", kudus)).toMatchObject({ state: "NO_DATA", share: null }); // not "0 dari 132"
    // Its stage history is entered (5 pilots at uji coba): 0 implementing is a recorded 0.
    expect(indicatorValue("puskesmasIlp", kudus)).toMatchObject({
      state: "COMPLETE",
      numerator: 0,
      share: 0,
      provenance: "RECORDED",
    });

    const planner = await signedIn("perencana.kudus");
    const dashboard = await withScope(planner.scope, async (ctx) =>
      getDistrictDashboard(ctx, await getDistrictByCode(ctx, "33.19"), new Date()),
    );
    expect(dashboard.staffing.totals).toMatchObject({
      withRoster: 0,
      clustersWithoutCoordinator: 0,
      pustuBelowMinimum: 0,
    });

    const official = await signedIn("provinsi.jateng");
    const comparison = await withScope(official.scope, (ctx) => getProvinceComparison(ctx, "33", new Date()));
    const row = comparison.rows.find((candidate) => candidate.code === "33.19")!;
    expect(indicatorValue("staffClustered", row.facts)).toMatchObject({ state: "NO_DATA", share: null });
    // The province total says how many of its districts it covers.
    const total = indicatorValue("staffClustered", comparison.total);
    expect(total.state).toBe("PARTIAL");
    expect(total.coverage!.of).toBe(comparison.rows.length);
    expect(total.coverage!.covered).toBeLessThan(comparison.rows.length);
  });

  it("Rejang Lebong: clusters without a coordinator only over the 1 puskesmas whose roster is entered (20 not yet)", async () => {
    // Other test files of the run may add staff to Rejang Lebong: the seeded roster is Sumber Urip's only.
    const facts = await indicatorsOf("perencana.rejanglebong", "17.02");
    const withRoster = facts.puskesmas.withRoster;
    expect(withRoster).toBeGreaterThanOrEqual(1);
    expect(withRoster).toBeLessThan(21);
    const value = indicatorValue("staffClustered", facts);
    expect(value).toMatchObject({ state: "PARTIAL", coverage: { covered: withRoster, of: 21 } });
    expect(["ILLUSTRATIVE", "MIXED"]).toContain(value.provenance); // Sumber Urip's 45 are illustrative
    const planner = await signedIn("perencana.rejanglebong");
    const dashboard = await withScope(planner.scope, async (ctx) =>
      getDistrictDashboard(ctx, await getDistrictByCode(ctx, "17.02"), new Date()),
    );
    expect(dashboard.staffing.totals.withRoster).toBe(withRoster);
    expect(dashboard.staffing.totals.clustersWithoutCoordinator).toBeLessThanOrEqual(5 * withRoster); // never 5 × the 21 puskesmas
  });

  it("Rejang Lebong's deadline is not called missed on stage data last updated 30 July 2024", async () => {
    // Two weeks after the deadline of 31 Dec 2025 (a date before other test files' stage entries, which are dated today).
    const facts = await indicatorsOf("perencana.rejanglebong", "17.02", new Date("2026-01-15T00:00:00Z"));
    expect(facts.areas.STAGES.lastUpdated).toBe("2024-07-30");
    expect(facts.targets.unprojectable).toBe(1);
    expect(worstStatus(facts)).toBeNull();
    // On the day of the sosialisasi the same data was current: a verdict is given.
    const then = await indicatorsOf("perencana.rejanglebong", "17.02", new Date("2024-08-15T00:00:00Z"));
    expect(then.targets.unprojectable).toBe(0);
    expect(worstStatus(then)).not.toBeNull();
  });

  it("ranks the Bengkulu districts on complete data only; incomplete ones follow, unranked", async () => {
    const official = await signedIn("provinsi.bengkulu");
    const comparison = await withScope(official.scope, (ctx) => getProvinceComparison(ctx, "17", new Date()));
    for (const direction of ["asc", "desc"] as const) {
      const arranged = arrangeRows(comparison.rows, parseComparisonView({ urut: "staffClustered", arah: direction }));
      const rejangLebong = arranged.find((row) => row.code === "17.02")!;
      expect(rejangLebong.rank).toBeNull();
      const lastRanked = arranged.findLastIndex((row) => row.rank !== null);
      expect(arranged.indexOf(rejangLebong)).toBeGreaterThan(lastRanked);
      for (const row of arranged.filter((candidate) => candidate.rank !== null))
        expect(indicatorValue("staffClustered", row.facts).state).toBe("COMPLETE");
    }
  });

  it("a planner declares Kudus' pustu register complete (a real 0), a stale second declaration is refused, and withdraws it", async () => {
    await signedIn("perencana.kudus");
    expect(
      await declareCompleteAction({ districtCode: "33.19", area: "PUSTU", completeAsOf: "2099-01-01" }),
    ).toMatchObject({ ok: false });
    const declared = await declareCompleteAction({
      districtCode: "33.19",
      area: "PUSTU",
      completeAsOf: "2025-11-01",
      note: "daftar pustu lengkap",
    });
    expect(declared).toMatchObject({ ok: true });
    try {
      const facts = await indicatorsOf("perencana.kudus", "33.19");
      expect(indicatorValue("pustuCoverage", facts)).toMatchObject({
        state: "COMPLETE",
        numerator: 0,
        share: 0,
        provenance: "RECORDED",
      });
      expect(facts.areas.PUSTU.declaredAsOf).toBe("2025-11-01");
      // Before the date of the declaration, it does not apply.
      expect(
        indicatorValue(
          "pustuCoverage",
          await indicatorsOf("perencana.kudus", "33.19", new Date("2025-10-31T00:00:00Z")),
        ).state,
      ).toBe("NO_DATA");
      expect(
        await declareCompleteAction({ districtCode: "33.19", area: "PUSTU", completeAsOf: "2025-11-02" }),
      ).toMatchObject({ ok: false });
      const audit = await owner.auditLog.findFirst({
        where: { entity: "DataCompleteness", action: "insert" },
        orderBy: { id: "desc" },
      });
      expect(audit?.actorId).toBe((await owner.user.findUniqueOrThrow({ where: { username: "perencana.kudus" } })).id);
    } finally {
      const record = await owner.dataCompleteness.findFirstOrThrow({
        where: { area: "PUSTU", district: { code: "33.19" } },
      });
      await signedIn("perencana.kudus");
      expect(await withdrawCompleteAction({ id: record.id, version: record.version })).toMatchObject({ ok: true });
    }
    expect(indicatorValue("pustuCoverage", await indicatorsOf("perencana.kudus", "33.19")).state).toBe("NO_DATA");
  });
});

describe("provenance: every figure says where it comes from", () => {
  it("Sanggau's headline is the reported 95 pustu for 163 desa, beside the recorded, illustrative 19 of 169", async () => {
    const facts = await indicatorsOf("perencana.sanggau", "61.03");
    const value = indicatorValue("pustuCoverage", facts);
    expect(value).toMatchObject({ numerator: 95, denominator: 163, provenance: "REPORTED", state: "COMPLETE" });
    expect(value.share).toBeCloseTo(95 / 163);
    expect(value.recorded).toEqual({ numerator: 19, denominator: 169, share: 19 / 169, provenance: "ILLUSTRATIVE" });
  });

  it("the printed report labels every headline figure and lists each area's completeness", async () => {
    const sanggau = reportHeadlineRows(await indicatorsOf("perencana.sanggau", "61.03"), t, (_, share) =>
      percent(share),
    );
    const coverage = sanggau.find((row) => row[0] === "Cakupan pustu di desa")!;
    expect(coverage[1]).toContain("95 dari 163");
    expect(coverage[1]).toContain("Tercatat di aplikasi: 19 dari 169");
    expect(coverage[1]).toContain("(Ilustratif)");
    expect(coverage[2]).toBe("Dilaporkan");
    for (const row of sanggau) expect(["Tercatat", "Dilaporkan", "Ilustratif", "Campuran", "–"]).toContain(row[2]);

    const kudusFacts = await indicatorsOf("perencana.kudus", "33.19");
    const kudus = reportHeadlineRows(kudusFacts, t, (_, share) => percent(share));
    expect(kudus.find((row) => row[0] === "Tenaga terbagi ke klaster")).toEqual([
      "Tenaga terbagi ke klaster",
      "belum ada data",
      "–",
    ]);
    const areas = reportCompletenessRows(kudusFacts, t, (iso) => iso);
    expect(areas.find((row) => row[0] === "daftar pustu")).toEqual([
      "daftar pustu",
      "belum diisi",
      "–",
      "belum dinyatakan lengkap",
    ]);
  });

  it("the comparison export carries completeness, data state and provenance columns, and the province total's mix", async () => {
    await signedIn("provinsi.bengkulu");
    const { GET } = await import("@/app/api/export/provinsi/[code]/route");
    const csv = (
      await (
        await GET(new Request("http://test/api/export/provinsi/17"), { params: Promise.resolve({ code: "17" }) })
      ).text()
    )
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    const header = csv[0]!.split(",");
    expect(header).toContain("Kelengkapan data");
    const provenance = header.indexOf("Tenaga berklaster: Asal data");
    const state = header.indexOf("Tenaga berklaster: Data");
    expect(provenance).toBeGreaterThan(0);
    const rejangLebong = csv.find((line) => line.includes(",17.02,"))!.split(",");
    expect(rejangLebong[state]).toBe("belum lengkap");
    expect(["Ilustratif", "Campuran"]).toContain(rejangLebong[provenance]);
    const puskesmasIlp = header.indexOf("Puskesmas ILP: Asal data");
    expect(rejangLebong[puskesmasIlp]).toBe("Tercatat");
    expect(csv.at(-1)).toMatch(/Campuran \(tercatat \d+; ilustratif \d+\)|Campuran \(/);
  });

  it("the desa-without-pustu export says the register is incomplete and illustrative", async () => {
    await signedIn("perencana.sanggau");
    const { GET } = await import("@/app/api/export/kabupaten/[code]/desa-tanpa-pustu/route");
    const lines = (
      await (
        await GET(new Request("http://test/api/export/kabupaten/61.03/desa-tanpa-pustu"), {
          params: Promise.resolve({ code: "61.03" }),
        })
      ).text()
    )
      .trim()
      .split("\r\n");
    expect(lines[0]).toContain("Keterangan");
    expect(lines[1]).toContain("belum dinyatakan lengkap");
    expect(lines[1]).toContain("ilustratif");
  });
});

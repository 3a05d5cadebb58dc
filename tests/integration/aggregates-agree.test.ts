import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { getDistrictDashboard } from "@/lib/dashboard/queries";
import { changeStageAction, closeFacilityAction } from "@/lib/facilities/actions";
import type { IlpStage } from "@/lib/generated/prisma/enums";
import { getDistrictIndicators } from "@/lib/indicators/queries";
import { getDistrictByCode } from "@/lib/rollout/queries";
import { withScope } from "@/lib/server/scoped-db";
import { actAs } from "../support/act-as";
import { ensureUser } from "../support/tenancy-fixtures";

// Facility.currentStage and stageSince are a cache of the stage history, and the
// dashboard aggregates it. After a run of edits – back-dated changes, moves
// backwards, a refused change, a closing – both must agree with a recomputation
// from the raw history rows. Aceh Selatan (11.01): no other test touches it.
const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
const DISTRICT = "11.01";
const STAGE_ORDER: IlpStage[] = ["BELUM", "PERSIAPAN", "UJI_COBA", "MENERAPKAN"];
let districtId: string;
let plannerId: string;

beforeAll(async () => {
  districtId = (await owner.region.findUniqueOrThrow({ where: { code: DISTRICT } })).id;
  plannerId = await ensureUser(owner, "perencana.acehselatan.uji", "DINKES_PLANNER", districtId);
  await owner.facility.deleteMany({ where: { districtId, code: { startsWith: "AGREE-" } } });
  await owner.facility.createMany({
    data: ["AGREE-1", "AGREE-2", "AGREE-3", "AGREE-4"].map((code) => ({
      districtId,
      type: "PUSKESMAS" as const,
      code,
      name: `Puskesmas Uji ${code}`,
    })),
  });
});
afterAll(() => owner.$disconnect());

async function facility(code: string) {
  return owner.facility.findFirstOrThrow({ where: { type: "PUSKESMAS", code } });
}

async function move(code: string, toStage: IlpStage, effectiveDate: string, note = "Perubahan uji") {
  const current = await facility(code);
  // "Menerapkan ILP" of a puskesmas needs the decree naming it ILP.
  const decree =
    toStage === "MENERAPKAN"
      ? { decreeIssuer: "KEPALA_DINAS", decreeNumber: `440/${code}`, decreeDate: effectiveDate }
      : {};
  return changeStageAction({
    facilityId: current.id,
    toStage,
    effectiveDate,
    note,
    version: current.version,
    ...decree,
  });
}

/** The stage on `date` recomputed from the raw history: the latest change on or before it. */
async function rawStageOn(facilityId: string, date: string): Promise<IlpStage> {
  const latest = await owner.facilityStageChange.findFirst({
    where: { facilityId, status: "VERIFIED", retractedAs: null, effectiveDate: { lte: new Date(`${date}T00:00:00Z`) } },
    orderBy: [{ effectiveDate: "desc" }, { createdAt: "desc" }],
  });
  return latest?.toStage ?? "BELUM";
}

describe("cached and aggregated figures agree with the raw stage history", () => {
  it("after back-dated changes, moves backwards, a refused change and a closing", async () => {
    const planner = (await actAs(plannerId))!;
    const indicators = () =>
      withScope(planner.scope, async (ctx) => (await getDistrictIndicators(ctx, { districtId }, new Date()))[0]!);
    const version = async () => (await owner.districtDataVersion.findUnique({ where: { districtId } }))?.version ?? 0n;
    const cachedBefore = await indicators(); // fills the figures cache, which the edits below must invalidate
    const dashboardOn = (date: string) =>
      withScope(planner.scope, async (ctx) =>
        getDistrictDashboard(ctx, await getDistrictByCode(ctx, DISTRICT), new Date(`${date}T00:00:00Z`)),
      );
    for (const date of ["2025-07-01", new Date().toISOString().slice(0, 10)]) await dashboardOn(date); // the dashboard's cache too
    const versionBefore = await version();
    expect(await move("AGREE-1", "PERSIAPAN", "2025-01-10")).toMatchObject({ ok: true });
    expect(await move("AGREE-1", "MENERAPKAN", "2025-06-01")).toMatchObject({ ok: true });
    // Back-dated before the current stage's date: refused, and nothing changes.
    expect(await move("AGREE-1", "UJI_COBA", "2025-03-01")).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await move("AGREE-2", "MENERAPKAN", "2025-05-01")).toMatchObject({ ok: true });
    expect(await move("AGREE-2", "PERSIAPAN", "2025-08-01", "Tim ILP dibubarkan, mundur ke persiapan")).toMatchObject({
      ok: true,
    });
    expect(await move("AGREE-3", "UJI_COBA", "2024-02-29")).toMatchObject({ ok: true });
    expect(await move("AGREE-3", "MENERAPKAN", "2024-02-29")).toMatchObject({ ok: true }); // same day: the later save wins
    const closing = await facility("AGREE-4");
    expect(await move("AGREE-4", "MENERAPKAN", "2024-10-01")).toMatchObject({ ok: true });
    expect(
      await closeFacilityAction({ id: closing.id, version: closing.version + 1, closedOn: "2025-02-01" }),
    ).toMatchObject({ ok: true });

    const rows = await owner.facility.findMany({ where: { districtId, code: { startsWith: "AGREE-" } } });
    for (const row of rows) {
      const latest = await owner.facilityStageChange.findFirst({
        where: { facilityId: row.id },
        orderBy: [{ effectiveDate: "desc" }, { createdAt: "desc" }],
      });
      expect({ code: row.code, stage: row.currentStage, since: row.stageSince }).toEqual({
        code: row.code,
        stage: latest?.toStage ?? "BELUM",
        since: latest?.effectiveDate ?? null,
      });
    }

    expect(await version()).toBeGreaterThan(versionBefore);
    const today = new Date().toISOString().slice(0, 10);
    const open = (await owner.facility.findMany({ where: { districtId, type: "PUSKESMAS" } })).filter(
      (row) => !row.closedAt || row.closedAt > new Date(`${today}T00:00:00Z`),
    );
    let implementingToday = 0;
    for (const row of open) if ((await rawStageOn(row.id, today)) === "MENERAPKAN") implementingToday += 1;
    const cachedAfter = await indicators();
    expect(cachedAfter.facts.puskesmas).toMatchObject({ total: open.length, implementing: implementingToday });
    expect(cachedAfter.facts.puskesmas).not.toEqual(cachedBefore.facts.puskesmas);
    expect(cachedAfter.trend.at(-1)!.implementing).toBe(implementingToday);

    const user = (await actAs(plannerId))!;
    // Today reads the cached currentStage; past dates read the history.
    for (const date of [
      "2024-01-01",
      "2024-02-29",
      "2024-12-31",
      "2025-03-01",
      "2025-07-01",
      "2025-12-31",
      new Date().toISOString().slice(0, 10),
    ]) {
      const dashboard = await withScope(user.scope, async (ctx) =>
        getDistrictDashboard(ctx, await getDistrictByCode(ctx, DISTRICT), new Date(`${date}T00:00:00Z`)),
      );
      const expected = Object.fromEntries(STAGE_ORDER.map((stage) => [stage, 0])) as Record<IlpStage, number>;
      const open = (await owner.facility.findMany({ where: { districtId, type: "PUSKESMAS" } })).filter(
        (row) => !row.closedAt || row.closedAt > new Date(`${date}T00:00:00Z`),
      );
      for (const row of open) expected[await rawStageOn(row.id, date)] += 1;
      expect({ date, counts: dashboard.funnel.find((entry) => entry.type === "PUSKESMAS")!.counts }).toEqual({
        date,
        counts: expected,
      });
    }
  });
});

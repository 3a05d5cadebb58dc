import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { addDays, todayIn, toIsoDate } from "@/lib/dates";
import { withScope } from "@/lib/server/scoped-db";
import { saveBoardAction, setStaffActiveAction, updateBoardSettingsAction } from "@/lib/staffing/actions";
import { placesFrom, toEntries } from "@/lib/staffing/board-model";
import { getBoard } from "@/lib/staffing/queries";
import { getStaffingRollup } from "@/lib/staffing/rollup";
import { actAs } from "../support/act-as";
import { createTenancyFixtures, ensureUser, type TenancyFixtures } from "../support/tenancy-fixtures";

const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
let fixtures: TenancyFixtures;
let districtId = "";
let puskesmasId = "";
let headId = "";
let secondHeadId = "";
let staff: Record<"dokter" | "bidan" | "perawat" | "sanitarian", string>;

/**
 * A puskesmas of its own in Bengkulu Selatan (the tenancy fixtures' district), with two heads and four
 * staff, so these tests touch no demo data and no count other tests make of Rejang Lebong.
 */
beforeAll(async () => {
  fixtures = await createTenancyFixtures(owner);
  districtId = fixtures.districts.sibling;
  const kecamatan = await owner.region.findFirstOrThrow({ where: { code: "17.01.01" } });
  const puskesmas = await owner.facility.create({
    data: {
      districtId,
      type: "PUSKESMAS",
      code: `UJI-KLASTER-${Date.now()}`,
      name: "Puskesmas Uji Klaster",
      kecamatanId: kecamatan.id,
      isIllustrative: true,
    },
  });
  puskesmasId = puskesmas.id;
  headId = await ensureUser(owner, `kepala.ujiklaster.${Date.now()}`, "PUSKESMAS_HEAD", districtId, puskesmasId);
  secondHeadId = await ensureUser(owner, `kepala2.ujiklaster.${Date.now()}`, "PUSKESMAS_HEAD", districtId, puskesmasId);
  const make = async (name: string, profession: "DOKTER" | "BIDAN" | "PERAWAT" | "SANITARIAN") =>
    (await owner.staff.create({ data: { districtId, puskesmasId, name, profession, isIllustrative: true } })).id;
  staff = {
    dokter: await make("Dokter Uji", "DOKTER"),
    bidan: await make("Bidan Uji", "BIDAN"),
    perawat: await make("Perawat Uji", "PERAWAT"),
    sanitarian: await make("Sanitarian Uji", "SANITARIAN"),
  };
});
afterAll(() => owner.$disconnect());

const version = async () => (await owner.facility.findUniqueOrThrow({ where: { id: puskesmasId } })).staffBoardVersion;
const openAssignments = () =>
  owner.clusterAssignment.findMany({
    where: { staffId: { in: Object.values(staff) }, effectiveTo: null },
    orderBy: { clusterId: "asc" },
  });
const entry = (staffId: string, clusterId: number, role: "PENANGGUNG_JAWAB" | "ANGGOTA" = "ANGGOTA") => ({
  staffId,
  clusterId,
  unitId: null,
  role,
  supportClusterId: null,
});

describe("the cluster board", () => {
  it("saves all of it, with the effective date, and keeps unchanged people's history", async () => {
    await actAs(headId);
    const first = await saveBoardAction({
      puskesmasId,
      boardVersion: await version(),
      effectiveDate: "2025-01-01",
      entries: [
        entry(staff.dokter, 1, "PENANGGUNG_JAWAB"),
        entry(staff.bidan, 2, "PENANGGUNG_JAWAB"),
        entry(staff.perawat, 3),
        entry(staff.sanitarian, 4),
      ],
    });
    expect(first).toMatchObject({ ok: true, data: { changedStaff: 4 } });
    const second = await saveBoardAction({
      puskesmasId,
      boardVersion: await version(),
      effectiveDate: "2025-03-01",
      entries: [
        entry(staff.dokter, 1, "PENANGGUNG_JAWAB"),
        entry(staff.bidan, 2, "PENANGGUNG_JAWAB"),
        entry(staff.perawat, 4, "PENANGGUNG_JAWAB"),
        entry(staff.sanitarian, 4),
      ],
    });
    expect(second).toMatchObject({ ok: true, data: { changedStaff: 1 } });
    const perawat = await owner.clusterAssignment.findMany({
      where: { staffId: staff.perawat },
      orderBy: { effectiveFrom: "asc" },
    });
    expect(
      perawat.map((row) => [
        row.clusterId,
        row.role,
        row.effectiveFrom.toISOString().slice(0, 10),
        row.effectiveTo?.toISOString().slice(0, 10) ?? null,
      ]),
    ).toEqual([
      [3, "ANGGOTA", "2025-01-01", "2025-03-01"],
      [4, "PENANGGUNG_JAWAB", "2025-03-01", null],
    ]);
    expect(await owner.clusterAssignment.count({ where: { staffId: staff.dokter } })).toBe(1);
  });

  it("shows any past date as it stood then", async () => {
    const user = (await actAs(headId))!;
    const on = (date: string | null) =>
      withScope(user.scope, (ctx) => getBoard(ctx, puskesmasId, date ? new Date(`${date}T00:00:00Z`) : null));
    const placeOf = (board: Awaited<ReturnType<typeof on>>, staffId: string) => placesFrom(board.assignments)[staffId];
    const before = await on("2024-12-31");
    expect(before.assignments).toEqual([]);
    expect(before.puskesmas.mayEdit).toBe(false);
    expect(placeOf(await on("2025-01-01"), staff.perawat)).toMatchObject({ clusterId: 3, role: "ANGGOTA" });
    expect(placeOf(await on("2025-02-28"), staff.perawat)).toMatchObject({ clusterId: 3 });
    expect(placeOf(await on("2025-03-01"), staff.perawat)).toMatchObject({ clusterId: 4, role: "PENANGGUNG_JAWAB" });
    const today = await on(null);
    expect(today.isToday).toBe(true);
    expect(today.puskesmas.mayEdit).toBe(true);
    expect(Object.keys(placesFrom(today.assignments)).sort()).toEqual(Object.values(staff).sort());
  });

  it("refuses a save based on an outdated board, saying who saved and whose places changed", async () => {
    await actAs(headId);
    const loaded = await version();
    const current = toEntries(
      placesFrom((await openAssignments()).map((row) => ({ ...row, unitId: row.clusterUnitId }))),
    );
    await actAs(secondHeadId);
    const moved = current.map((row) => (row.staffId === staff.sanitarian ? { ...row, clusterId: 1 } : row));
    expect(
      await saveBoardAction({ puskesmasId, boardVersion: loaded, effectiveDate: "2025-04-01", entries: moved }),
    ).toMatchObject({ ok: true });
    await actAs(headId);
    const stale = await saveBoardAction({
      puskesmasId,
      boardVersion: loaded,
      effectiveDate: "2025-04-01",
      entries: current.filter((row) => row.staffId !== staff.bidan),
    });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT", messageKey: "staffing.errors.boardConflict" });
    const { values } = stale as { values: Record<string, string> };
    expect(values.by).toContain("kepala2.ujiklaster");
    expect(values.people).toBe("Sanitarian Uji");
    // The stale save changed nothing: the bidan is still in Klaster 2.
    expect((await openAssignments()).find((row) => row.staffId === staff.bidan)).toMatchObject({ clusterId: 2 });
  });

  it("is all or nothing: a failure halfway through leaves the board as it was", async () => {
    await actAs(headId);
    const loaded = await version();
    const before = await owner.clusterAssignment.findMany({
      where: { staffId: { in: Object.values(staff) } },
      orderBy: { id: "asc" },
    });
    // A database failure on the last write of the save (the new assignment of the bidan).
    await owner.$executeRawUnsafe(`CREATE FUNCTION test_refuse_bidan() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      IF NEW."staffId" = '${staff.bidan}' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$`);
    await owner.$executeRawUnsafe(
      `CREATE TRIGGER test_refuse_bidan BEFORE INSERT ON "ClusterAssignment" FOR EACH ROW EXECUTE FUNCTION test_refuse_bidan()`,
    );
    try {
      const result = await saveBoardAction({
        puskesmasId,
        boardVersion: loaded,
        effectiveDate: "2025-05-01",
        entries: [
          entry(staff.dokter, 3, "PENANGGUNG_JAWAB"),
          entry(staff.bidan, 3),
          entry(staff.perawat, 4, "PENANGGUNG_JAWAB"),
          entry(staff.sanitarian, 1),
        ],
      });
      expect(result).toMatchObject({ ok: false, code: "ERROR" });
    } finally {
      await owner.$executeRawUnsafe(`DROP TRIGGER test_refuse_bidan ON "ClusterAssignment"`);
      await owner.$executeRawUnsafe(`DROP FUNCTION test_refuse_bidan()`);
    }
    expect(await version()).toBe(loaded);
    expect(
      await owner.clusterAssignment.findMany({
        where: { staffId: { in: Object.values(staff) } },
        orderBy: { id: "asc" },
      }),
    ).toEqual(before);
  });

  it("lets a head place only their own puskesmas' staff, and only on their own board", async () => {
    // Another puskesmas of the same district.
    const curup = await owner.facility.findUniqueOrThrow({ where: { id: fixtures.facilities.siblingPuskesmas } });
    const stranger = await owner.staff.create({
      data: {
        districtId,
        puskesmasId: curup.id,
        name: "Perawat Kedurang Uji",
        profession: "PERAWAT",
        isIllustrative: true,
      },
    });
    await actAs(headId);
    const current = toEntries(
      placesFrom((await openAssignments()).map((row) => ({ ...row, unitId: row.clusterUnitId }))),
    );
    const withStranger = [...current, entry(stranger.id, 3)];
    expect(
      await saveBoardAction({
        puskesmasId,
        boardVersion: await version(),
        effectiveDate: "2025-06-01",
        entries: withStranger,
      }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(
      await saveBoardAction({
        puskesmasId: curup.id,
        boardVersion: curup.staffBoardVersion,
        effectiveDate: "2025-06-01",
        entries: [entry(stranger.id, 3)],
      }),
    ).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await owner.clusterAssignment.count({ where: { staffId: stranger.id } })).toBe(0);
    // A planner of the district reads the board but may not change it.
    await actAs(await ensureUser(owner, "perencana.bengkuluselatan", "DINKES_PLANNER", districtId));
    expect(
      await saveBoardAction({
        puskesmasId,
        boardVersion: await version(),
        effectiveDate: "2025-06-01",
        entries: current,
      }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("enforces one coordinator per cluster, no future dates, and support only where allowed", async () => {
    await actAs(headId);
    const two = [entry(staff.dokter, 1, "PENANGGUNG_JAWAB"), entry(staff.sanitarian, 1, "PENANGGUNG_JAWAB")];
    expect(
      await saveBoardAction({ puskesmasId, boardVersion: await version(), effectiveDate: "2025-06-01", entries: two }),
    ).toMatchObject({ ok: false, messageKey: "staffing.errors.twoCoordinators" });
    // Tomorrow in the district's zone (Bengkulu Selatan: WIB), not the server's UTC day; nor before the date floor.
    const tomorrow = toIsoDate(addDays(todayIn("Asia/Jakarta"), 1));
    expect(
      await saveBoardAction({ puskesmasId, boardVersion: await version(), effectiveDate: tomorrow, entries: [] }),
    ).toMatchObject({ ok: false, messageKey: "errors.dateInFuture" });
    expect(
      await saveBoardAction({ puskesmasId, boardVersion: await version(), effectiveDate: "2021-12-31", entries: [] }),
    ).toMatchObject({ ok: false, messageKey: "errors.dateBeforeFloor" });
    const supporting = [{ ...entry(staff.bidan, 2), supportClusterId: 3 }];
    expect(
      await saveBoardAction({
        puskesmasId,
        boardVersion: await version(),
        effectiveDate: "2025-06-01",
        entries: supporting,
      }),
    ).toMatchObject({ ok: false, messageKey: "staffing.errors.supportNotAllowed" });
    expect(
      await updateBoardSettingsAction({ puskesmasId, boardVersion: await version(), allowSecondCluster: true }),
    ).toMatchObject({ ok: true });
    const current = toEntries(
      placesFrom((await openAssignments()).map((row) => ({ ...row, unitId: row.clusterUnitId }))),
    );
    const withSupport = current.map((row) => (row.staffId === staff.bidan ? { ...row, supportClusterId: 3 } : row));
    expect(
      await saveBoardAction({
        puskesmasId,
        boardVersion: await version(),
        effectiveDate: "2025-06-01",
        entries: withSupport,
      }),
    ).toMatchObject({ ok: true });
    expect(
      await owner.clusterAssignment.findFirst({ where: { staffId: staff.bidan, supporting: true, effectiveTo: null } }),
    ).toMatchObject({ clusterId: 3, role: "ANGGOTA" });
  });

  it("ends a deactivated person's assignments, and the roll-up counts active staff only", async () => {
    await actAs(headId);
    const perawat = await owner.staff.findUniqueOrThrow({ where: { id: staff.perawat } });
    expect(
      await setStaffActiveAction({
        id: perawat.id,
        version: perawat.version,
        active: false,
        effectiveDate: "2025-07-01",
      }),
    ).toMatchObject({ ok: true });
    expect(await owner.clusterAssignment.count({ where: { staffId: perawat.id, effectiveTo: null } })).toBe(0);
    const user = (await actAs(await ensureUser(owner, "perencana.bengkuluselatan", "DINKES_PLANNER", districtId)))!;
    const rollup = await withScope(user.scope, (ctx) => getStaffingRollup(ctx, districtId, new Date()));
    const row = rollup.rows.find((candidate) => candidate.id === puskesmasId)!;
    expect(row).toMatchObject({ staff: 3, assigned: 3, assignedPercent: 100, clustersWithoutCoordinator: [3, 4, 5] });
  });
});

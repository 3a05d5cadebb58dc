import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { localIsoDate } from "@/lib/dates";
import { createPrismaClient } from "@/lib/db/client";
import { killMidTransaction, runChild } from "../support/kill-mid-transaction";
import { createTenancyFixtures, type TenancyFixtures } from "../support/tenancy-fixtures";

// kill -9 of the web server in the middle of a write. The web server's own write paths
// (the import commit, the board save, the stage change with evidence: the services its
// server actions and route handlers call, connected as pantau_app) run in a child
// process, which is killed with SIGKILL while its transaction is open and has written
// (tests/support/kill-mid-transaction.ts). Afterwards the database holds none of the
// write; running it again (the restarted server) writes all of it, and the audit log
// agrees with the rows each time.
const databaseUrl = inject("databaseUrl");
const appUrl = inject("appDatabaseUrl");
const owner = createPrismaClient(databaseUrl, { max: 2 });
let fixtures: TenancyFixtures;
beforeAll(async () => {
  fixtures = await createTenancyFixtures(owner);
});
afterAll(() => owner.$disconnect());

const audited = (entity: string, where: string, value: string) =>
  owner
    .$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "AuditLog" WHERE entity = $1 AND ${where}`,
      entity,
      value,
    )
    .then((rows) => Number(rows[0]?.n));

describe("kill -9 of the web server mid-write", () => {
  it("an import commit: none of it, then all of it", { timeout: 180_000 }, async () => {
    const posyandu = await owner.facility.findUniqueOrThrow({ where: { id: fixtures.facilities.ownPosyandu } });
    const names = Array.from({ length: 40 }, (_, i) => `Kader Crash ${String(i).padStart(2, "0")}`);
    const csv = [
      "kode_posyandu,nama,tingkat,kompetensi,aktif",
      ...names.map((name) => `${posyandu.code},${name},PURWA,,ya`),
    ];
    const job = {
      operation: "import",
      userId: fixtures.users.planner,
      districtCode: "17.02",
      csv: csv.join("\n"),
      fileName: "kader-crash.csv",
    };
    const state = async () => ({
      kader: await owner.kader.count({ where: { name: { in: names } } }),
      audit: await audited("Kader", `after->>'name' LIKE $2`, "Kader Crash %"),
      batches: await owner.importBatch.count({ where: { fileName: "kader-crash.csv" } }),
    });

    expect(await killMidTransaction(job, appUrl, databaseUrl, "ImportBatch")).toEqual({ signal: "SIGKILL" });
    expect(await state()).toEqual({ kader: 0, audit: 0, batches: 0 });

    await runChild(job, appUrl);
    expect(await state()).toEqual({ kader: 40, audit: 40, batches: 1 });
    const batch = await owner.importBatch.findFirstOrThrow({ where: { fileName: "kader-crash.csv" } });
    expect(await owner.importBatchRow.count({ where: { batchId: batch.id } })).toBe(40);
  });

  it("a board save: none of it, then all of it", { timeout: 180_000 }, async () => {
    const puskesmasId = fixtures.facilities.ownPuskesmas;
    const puskesmas = await owner.facility.findUniqueOrThrow({ where: { id: puskesmasId } });
    const staff = await Promise.all(
      (["DOKTER", "BIDAN", "PERAWAT"] as const).map(async (profession) => {
        const row = await owner.staff.create({
          data: {
            districtId: puskesmas.districtId,
            puskesmasId,
            name: `Crash ${profession}`,
            profession,
            isIllustrative: true,
          },
        });
        await owner.clusterAssignment.deleteMany({ where: { staffId: row.id } });
        return row.id;
      }),
    );
    const active = await owner.staff.findMany({ where: { puskesmasId, active: true }, select: { id: true } });
    const open = await owner.clusterAssignment.findMany({
      where: { staffId: { in: active.map((row) => row.id) }, effectiveTo: null, supporting: false },
    });
    // Everyone keeps their place; the three new people get one.
    const entries = [
      ...open.map((row) => ({
        staffId: row.staffId,
        clusterId: row.clusterId,
        unitId: row.clusterUnitId,
        role: row.role,
        supportClusterId: null,
      })),
      ...staff.map((staffId, i) => ({
        staffId,
        clusterId: 2 + i,
        unitId: null,
        role: "ANGGOTA",
        supportClusterId: null,
      })),
    ];
    const job = {
      operation: "board",
      userId: fixtures.users.head,
      input: {
        puskesmasId,
        boardVersion: puskesmas.staffBoardVersion,
        effectiveDate: localIsoDate(new Date(), "Asia/Jakarta"),
        entries,
      },
    };
    const state = async () => ({
      boardVersion: (await owner.facility.findUniqueOrThrow({ where: { id: puskesmasId } })).staffBoardVersion,
      assignments: await owner.clusterAssignment.count({ where: { staffId: { in: staff } } }),
      audit: (await Promise.all(staff.map((id) => audited("ClusterAssignment", `after->>'staffId' = $2`, id)))).reduce(
        (a, b) => a + b,
        0,
      ),
    });

    await killMidTransaction(job, appUrl, databaseUrl, "ClusterAssignment");
    expect(await state()).toEqual({ boardVersion: puskesmas.staffBoardVersion, assignments: 0, audit: 0 });

    await runChild(job, appUrl);
    expect(await state()).toEqual({ boardVersion: puskesmas.staffBoardVersion + 1, assignments: 3, audit: 3 });
  });

  it("a stage change with evidence: none of it, then all of it", { timeout: 180_000 }, async () => {
    const facility = await owner.facility.findUniqueOrThrow({ where: { id: fixtures.facilities.ownPosyandu } });
    const note = `crash test ${Date.now()}`;
    const job = {
      operation: "stage",
      userId: fixtures.users.planner,
      input: {
        facilityId: facility.id,
        toStage: facility.currentStage === "PERSIAPAN" ? "UJI_COBA" : "PERSIAPAN",
        effectiveDate: localIsoDate(new Date(), "Asia/Jakarta"),
        note,
        version: facility.version,
        checklist: [],
      },
      evidence: { fileName: "daftar-hadir.pdf", base64: Buffer.from("%PDF-1.4 daftar hadir").toString("base64") },
    };
    const state = async () => ({
      version: (await owner.facility.findUniqueOrThrow({ where: { id: facility.id } })).version,
      changes: await owner.facilityStageChange.count({ where: { facilityId: facility.id, note } }),
      evidence: await owner.evidenceFile.count({ where: { stageChange: { facilityId: facility.id, note } } }),
      audit: await audited("FacilityStageChange", `after->>'note' = $2`, note),
    });

    await killMidTransaction(job, appUrl, databaseUrl, "EvidenceFile");
    expect(await state()).toEqual({ version: facility.version, changes: 0, evidence: 0, audit: 0 });

    await runChild(job, appUrl);
    expect(await state()).toEqual({ version: facility.version + 1, changes: 1, evidence: 1, audit: 1 });
  });
});

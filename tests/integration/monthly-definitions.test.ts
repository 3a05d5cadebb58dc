import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { currentPeriod, shiftPeriod } from "@/lib/dates/periods";
import {
  createDataSetAction,
  createElementAction,
  updateDataSetAction,
  updateElementAction,
} from "@/lib/monthly-reports/actions";
import { listDefinitions } from "@/lib/monthly-reports/queries";
import { withScope } from "@/lib/server/scoped-db";
import { actAs } from "../support/act-as";

// National admins manage the monthly report definitions: data sets and elements, audited; a change to an
// element values already use writes its next version, so the old values keep theirs.
const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
afterAll(() => owner.$disconnect());
const users = { admin: "", planner: "" };
beforeAll(async () => {
  users.admin = (await owner.user.findUniqueOrThrow({ where: { username: "admin.nasional" } })).id;
  users.planner = (await owner.user.findUniqueOrThrow({ where: { username: "perencana.rejanglebong" } })).id;
});

const element = {
  nameId: "Kelas ibu hamil diadakan",
  nameEn: "Antenatal classes held",
  valueType: "INTEGER" as const,
  clusterId: 2,
  headline: false,
  definition: "Jumlah kelas ibu hamil yang diadakan bulan ini.",
  source: "Uji definisi",
  min: 0,
  max: 50,
  required: false,
};

describe("data sets and elements, managed by national admins", () => {
  it("adds a data set and an element, changes them, and audits each change with its actor", async () => {
    await actAs(users.admin);
    const created = await createDataSetAction({ code: "UJI_DEFINISI", nameId: "Uji", nameEn: "Test", dueDay: 12 });
    expect(created).toMatchObject({ ok: true });
    const dataSet = await owner.dataSet.findUniqueOrThrow({ where: { code: "UJI_DEFINISI" } });
    expect(dataSet).toMatchObject({ dueDay: 12, periodType: "MONTHLY", isExample: false });
    expect(
      await updateDataSetAction({
        dataSetId: dataSet.id,
        nameId: "Uji definisi",
        nameEn: "Definition test",
        dueDay: 8,
      }),
    ).toMatchObject({ ok: true });
    expect(await owner.dataSet.findUniqueOrThrow({ where: { id: dataSet.id } })).toMatchObject({
      nameId: "Uji definisi",
      dueDay: 8,
    });

    expect(await createElementAction({ dataSetId: dataSet.id, code: "UJI_KELAS_BUMIL", ...element })).toMatchObject({
      ok: true,
    });
    // The same code again, and limits out of order, are refused with nothing written.
    expect(await createElementAction({ dataSetId: dataSet.id, code: "UJI_KELAS_BUMIL", ...element })).toMatchObject({
      ok: false,
      messageKey: "monthly.errors.codeTaken",
    });
    expect(
      await createElementAction({ dataSetId: dataSet.id, code: "UJI_LAIN", ...element, min: 10, max: 5 }),
    ).toMatchObject({ ok: false, messageKey: "monthly.errors.limits" });
    expect(await owner.dataElement.count({ where: { dataSetId: dataSet.id } })).toBe(1);

    const audit = await owner.auditLog.findMany({
      where: { entity: { in: ["DataSet", "DataElement"] }, actorId: users.admin },
      orderBy: { id: "asc" },
    });
    expect(audit.map((row) => `${row.entity} ${row.action}`)).toEqual([
      "DataSet insert",
      "DataSet update",
      "DataElement insert",
    ]);

    const definitions = await withScope((await actAs(users.admin))!.scope, (ctx) => listDefinitions(ctx));
    const listed = definitions.dataSets.find((set) => set.code === "UJI_DEFINISI")!;
    expect(listed.elements).toEqual([expect.objectContaining({ code: "UJI_KELAS_BUMIL", used: false, clusterId: 2 })]);
  });

  it("keeps old values under the version they were entered with when a used element changes", async () => {
    await actAs(users.admin);
    const dataSet = await owner.dataSet.findUniqueOrThrow({ where: { code: "UJI_DEFINISI" } });
    const first = await owner.dataElement.findFirstOrThrow({
      where: { dataSetId: dataSet.id, code: "UJI_KELAS_BUMIL" },
    });
    // Not yet used: changed in place.
    expect(await updateElementAction({ elementId: first.id, ...element, max: 40 })).toMatchObject({ ok: true });
    expect(await owner.dataElement.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      version: 1,
      retiredAt: null,
    });

    const puskesmas = await owner.facility.findFirstOrThrow({ where: { name: "Puskesmas Sumber Urip" } });
    const report = await owner.monthlyReport.create({
      data: {
        districtId: puskesmas.districtId,
        puskesmasId: puskesmas.id,
        dataSetId: dataSet.id,
        period: shiftPeriod(currentPeriod("Asia/Jakarta"), -1),
        status: "APPROVED",
        firstSubmittedAt: new Date(),
      },
    });
    await owner.reportValue.create({
      data: { districtId: puskesmas.districtId, reportId: report.id, elementId: first.id, value: "4" },
    });

    expect(
      await updateElementAction({
        elementId: first.id,
        ...element,
        valueType: "YES_NO",
        min: null,
        max: null,
        clusterId: 3,
      }),
    ).toMatchObject({ ok: true });
    const versions = await owner.dataElement.findMany({
      where: { dataSetId: dataSet.id, code: "UJI_KELAS_BUMIL" },
      orderBy: { version: "asc" },
    });
    expect(versions.map((row) => [row.version, row.valueType, row.clusterId, row.retiredAt === null])).toEqual([
      [1, "INTEGER", 2, false],
      [2, "YES_NO", 3, true],
    ]);
    expect(Number(versions[0]!.max)).toBe(40);
    const kept = await owner.reportValue.findFirstOrThrow({ where: { reportId: report.id } });
    expect(kept).toMatchObject({ elementId: first.id, value: "4" });
  });

  it("refuses a planner, with nothing written", async () => {
    await actAs(users.planner);
    const dataSet = await owner.dataSet.findUniqueOrThrow({ where: { code: "UJI_DEFINISI" } });
    expect(await createDataSetAction({ code: "UJI_PERENCANA", nameId: "X", nameEn: "X", dueDay: 5 })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(
      await updateDataSetAction({ dataSetId: dataSet.id, nameId: "Diubah perencana", nameEn: "X", dueDay: 5 }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await owner.dataSet.count({ where: { code: "UJI_PERENCANA" } })).toBe(0);
    expect((await owner.dataSet.findUniqueOrThrow({ where: { id: dataSet.id } })).nameId).toBe("Uji definisi");
  });
});

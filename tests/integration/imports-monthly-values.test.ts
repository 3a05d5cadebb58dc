import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GET as puskesmasGet, POST as puskesmasPost } from "@/app/api/impor/puskesmas/[id]/laporan-bulanan/route";
import { createPrismaClient } from "@/lib/db/client";
import { currentPeriod, shiftPeriod } from "@/lib/dates/periods";
import { undoImportAction } from "@/lib/imports/actions";
import en from "@/messages/en.json";
import id from "@/messages/id.json";
import { actAs } from "../support/act-as";
import { upload, type UploadBody } from "../support/import-upload";
import { ensureUser } from "../support/tenancy-fixtures";

// Monthly report values through the import pipeline, on the seeded Rejang Lebong (17.02): Sumber Urip's
// petugas data imports for Sumber Urip only; a planner for the district. A data set of this file's own
// (UJI_IMPOR) holds a percentage, a bounded whole number and a yes/no, so the checks are the form's.

const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
afterAll(() => owner.$disconnect());
const DISTRICT = "17.02";
const SET = "UJI_IMPOR";
const HEADER = "kode_puskesmas;kode_data_set;periode;kode_elemen;nilai;penjelasan";
const current = currentPeriod("Asia/Jakarta");
const month = (back: number) => shiftPeriod(current, -back);
const pkm = { sumberUrip: { id: "", code: "1011912" }, curupTimur: { id: "", code: "1011919" } };
const users = { officer: "", head: "", planner: "", otherPlanner: "" };
let districtId = "";
let dataSetId = "";

/** A CSV as Indonesian Excel saves it: a BOM, `;` between cells, CRLF. */
const csvId = (...lines: string[]) =>
  new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(lines.join("\r\n") + "\r\n")]);
const row = (code: string, period: string, element: string, value: string, why = "") =>
  [code, SET, period, element, value, why].join(";");

async function uploadTo(puskesmasId: string, content: Uint8Array | string, mode = "dryRun") {
  const form = new FormData();
  form.set("file", new File([new Blob([content as BlobPart])], "nilai.csv"));
  form.set("mode", mode);
  const response = await puskesmasPost(
    new Request(`http://test/api/impor/puskesmas/${puskesmasId}/laporan-bulanan`, { method: "POST", body: form }),
    { params: Promise.resolve({ id: puskesmasId }) },
  );
  return { status: response.status, body: (await response.json()) as UploadBody };
}
const download = (puskesmasId: string, query: string) =>
  puskesmasGet(new Request(`http://test/api/impor/puskesmas/${puskesmasId}/laporan-bulanan?${query}`), {
    params: Promise.resolve({ id: puskesmasId }),
  });
const valuesOf = async (puskesmasId: string) =>
  (
    await owner.reportValue.findMany({
      where: { report: { puskesmasId, dataSetId } },
      select: {
        value: true,
        explanation: true,
        element: { select: { code: true } },
        report: { select: { period: true } },
      },
    })
  )
    .map(
      (value) =>
        `${value.report.period} ${value.element.code}=${value.value}${value.explanation ? ` (${value.explanation})` : ""}`,
    )
    .sort();

beforeAll(async () => {
  const district = await owner.region.findUniqueOrThrow({ where: { code: DISTRICT }, select: { id: true } });
  districtId = district.id;
  for (const place of Object.values(pkm)) {
    place.id = (
      await owner.facility.findFirstOrThrow({ where: { type: "PUSKESMAS", code: place.code }, select: { id: true } })
    ).id;
  }
  const dataSet = await owner.dataSet.create({
    data: {
      code: SET,
      nameId: "Data set uji impor",
      nameEn: "Import test data set",
      isExample: true,
      elements: {
        create: [
          {
            code: "UJI_PERSEN",
            nameId: "Persen uji",
            nameEn: "Test percent",
            valueType: "PERCENT",
            min: 0,
            max: 100,
            definition: "Uji",
            source: "Uji",
            sortOrder: 1,
          },
          {
            code: "UJI_HARI",
            nameId: "Hari uji",
            nameEn: "Test days",
            valueType: "INTEGER",
            min: 0,
            max: 31,
            definition: "Uji",
            source: "Uji",
            sortOrder: 2,
          },
          {
            code: "UJI_YA",
            nameId: "Ya/tidak uji",
            nameEn: "Test yes/no",
            valueType: "YES_NO",
            definition: "Uji",
            source: "Uji",
            sortOrder: 3,
          },
        ],
      },
    },
  });
  dataSetId = dataSet.id;
  users.officer = await ensureUser(owner, "petugas.uji.impor", "DATA_OFFICER", districtId, pkm.sumberUrip.id);
  users.head = (await owner.user.findUniqueOrThrow({ where: { username: "kepala.sumberurip" } })).id;
  users.planner = (await owner.user.findUniqueOrThrow({ where: { username: "perencana.rejanglebong" } })).id;
  users.otherPlanner = (await owner.user.findUniqueOrThrow({ where: { username: "perencana.kudus" } })).id;
});

describe("a csv-id template filled in with Indonesian Excel conventions", () => {
  it("round-trips: the template and the export in csv-id import again, decimal commas and ya/tidak read as the form reads them", async () => {
    await actAs(users.officer);
    const template = await download(pkm.sumberUrip.id, "isi=templat&format=csv-id");
    expect(template.status).toBe(200);
    const bytes = new Uint8Array(await template.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, example] = new TextDecoder().decode(bytes.slice(3)).split("\r\n");
    expect(header).toBe(HEADER);
    expect(example).toMatch(/^\[CONTOH\] /);

    // The user keeps the header and the example row and types values below, the Indonesian way.
    const filled = csvId(
      header!,
      example!,
      row(pkm.sumberUrip.code, month(1), "UJI_PERSEN", "12,5"),
      row(pkm.sumberUrip.code, month(1), "UJI_HARI", "20"),
      row(pkm.sumberUrip.code, dhis2(month(1)), "UJI_YA", "Ya", "Lokmin tanggal 5"),
    );
    const dry = await uploadTo(pkm.sumberUrip.id, filled);
    expect(dry.body.preview?.issues).toEqual([]);
    expect(dry.body.preview).toMatchObject({ counts: { create: 3, update: 0, unchanged: 0, rejected: 0 } });
    expect(await valuesOf(pkm.sumberUrip.id)).toEqual([]); // the dry run writes nothing

    const committed = await uploadTo(pkm.sumberUrip.id, filled, "all");
    expect(committed.body).toMatchObject({ ok: true, counts: { create: 3, rejected: 0 } });
    expect(await valuesOf(pkm.sumberUrip.id)).toEqual([
      `${month(1)} UJI_HARI=20`,
      `${month(1)} UJI_PERSEN=12.5`,
      `${month(1)} UJI_YA=true (Lokmin tanggal 5)`,
    ]);
    const report = await owner.monthlyReport.findFirstOrThrow({ where: { puskesmasId: pkm.sumberUrip.id, dataSetId } });
    expect(report.status).toBe("DRAFT"); // an import never submits

    // The values exported as csv-id import again unchanged.
    const exported = new Uint8Array(await (await download(pkm.sumberUrip.id, "format=csv-id")).arrayBuffer());
    expect(new TextDecoder().decode(exported)).toContain(`${pkm.sumberUrip.code};${SET};${month(1)};UJI_YA;ya;`);
    const again = await uploadTo(pkm.sumberUrip.id, exported);
    expect(again.body.preview?.issues).toEqual([]);
    expect(again.body.preview?.counts).toMatchObject({ create: 0, update: 0, unchanged: 3, rejected: 0 });
  });
});

describe("the form's rules, with nothing written", () => {
  it("rejects a wrong type, a value out of range, a future month and an unknown element; 'all' then writes nothing", async () => {
    await actAs(users.officer);
    const before = await valuesOf(pkm.sumberUrip.id);
    const file = csvId(
      HEADER,
      row(pkm.sumberUrip.code, month(1), "UJI_HARI", "dua puluh"),
      row(pkm.sumberUrip.code, month(2), "UJI_HARI", "40"),
      row(pkm.sumberUrip.code, month(2), "UJI_PERSEN", "120,5"),
      row(pkm.sumberUrip.code, month(2), "UJI_YA", "mungkin"),
      row(pkm.sumberUrip.code, shiftPeriod(current, 1), "UJI_HARI", "3"),
      row(pkm.sumberUrip.code, month(2), "UJI_TIDAK_ADA", "3"),
      row(pkm.sumberUrip.code, "Oktober", "UJI_HARI", "3"),
      row(pkm.sumberUrip.code, month(6), "UJI_HARI", "7"),
    );
    const dry = await uploadTo(pkm.sumberUrip.id, file);
    expect(dry.body.preview?.issues.map((issue) => [issue.row, issue.column, issue.messageKey])).toEqual([
      [2, "nilai", "monthly.errors.integer"],
      [3, "nilai", "monthly.errors.max"],
      [4, "nilai", "monthly.errors.percent"],
      [5, "nilai", "monthly.errors.yesNo"],
      [6, "periode", "monthly.errors.futurePeriod"],
      [7, "kode_elemen", "imports.monthly.elementUnknown"],
      [8, "periode", "imports.monthly.period"],
    ]);
    expect(dry.body.preview?.counts).toMatchObject({ create: 1, rejected: 7 });
    const all = await uploadTo(pkm.sumberUrip.id, file, "all");
    expect(all.status).toBe(400);
    expect(all.body).toMatchObject({ ok: false, messageKey: "imports.commit.hasRejected" });
    expect(await valuesOf(pkm.sumberUrip.id)).toEqual(before);
    expect(
      await owner.monthlyReport.count({ where: { puskesmasId: pkm.sumberUrip.id, dataSetId, period: month(2) } }),
    ).toBe(0);
  });

  it("never writes into a submitted or approved report", async () => {
    await owner.monthlyReport.create({
      data: {
        districtId,
        puskesmasId: pkm.sumberUrip.id,
        dataSetId,
        period: month(3),
        status: "APPROVED",
        firstSubmittedAt: new Date(),
      },
    });
    await owner.monthlyReport.create({
      data: {
        districtId,
        puskesmasId: pkm.sumberUrip.id,
        dataSetId,
        period: month(4),
        status: "SUBMITTED",
        firstSubmittedAt: new Date(),
      },
    });
    await actAs(users.officer);
    const file = csvId(
      HEADER,
      row(pkm.sumberUrip.code, month(3), "UJI_HARI", "5"),
      row(pkm.sumberUrip.code, month(4), "UJI_HARI", "5"),
    );
    const dry = await uploadTo(pkm.sumberUrip.id, file);
    expect(dry.body.preview?.issues.map((issue) => issue.messageKey)).toEqual([
      "monthly.errors.approvedLocked",
      "monthly.errors.submittedLocked",
    ]);
    expect((await uploadTo(pkm.sumberUrip.id, file, "validOnly")).body).toMatchObject({
      ok: true,
      counts: { create: 0, rejected: 2 },
    });
    expect(
      await owner.reportValue.count({ where: { report: { dataSetId, period: { in: [month(3), month(4)] } } } }),
    ).toBe(0);
  });
});

describe("scope: a puskesmas imports for itself, a planner for their district", () => {
  it("rejects another puskesmas' rows, and refuses another puskesmas' import route", async () => {
    await actAs(users.officer);
    const dry = await uploadTo(pkm.sumberUrip.id, csvId(HEADER, row(pkm.curupTimur.code, month(1), "UJI_HARI", "4")));
    expect(dry.body.preview?.issues).toEqual([
      expect.objectContaining({ column: "kode_puskesmas", messageKey: "imports.monthly.otherPuskesmas" }),
    ]);
    const other = await uploadTo(
      pkm.curupTimur.id,
      csvId(HEADER, row(pkm.curupTimur.code, month(1), "UJI_HARI", "4")),
      "all",
    );
    expect(other.status).toBe(404);
    // The district route is a planner's: the petugas data is refused there (it cannot read the whole district).
    const district = await upload(
      DISTRICT,
      "laporan-bulanan",
      csvId(HEADER, row(pkm.curupTimur.code, month(1), "UJI_HARI", "4")),
      "all",
    );
    expect(district.status).toBe(404);
    expect(await owner.monthlyReport.count({ where: { puskesmasId: pkm.curupTimur.id, dataSetId } })).toBe(0);
  });

  it("lets the planner import for any puskesmas of the district, but not through a puskesmas' own route nor elsewhere", async () => {
    await actAs(users.planner);
    const file = csvId(HEADER, row(pkm.curupTimur.code, month(1), "UJI_HARI", "4"));
    expect((await uploadTo(pkm.curupTimur.id, file, "all")).status).toBe(403);
    const batch = await upload(DISTRICT, "laporan-bulanan", file, "all");
    expect(batch.body).toMatchObject({ ok: true, counts: { create: 1 } });
    expect(await valuesOf(pkm.curupTimur.id)).toEqual([`${month(1)} UJI_HARI=4`]);

    // The petugas data of another puskesmas may not undo the planner's district batch.
    await actAs(users.officer);
    expect(await undoImportAction({ batchId: batch.body.batchId! })).toMatchObject({ ok: false });
    await actAs(users.otherPlanner);
    expect((await upload(DISTRICT, "laporan-bulanan", file, "all")).status).toBe(404);
    await actAs(users.planner);
    expect(await undoImportAction({ batchId: batch.body.batchId! })).toMatchObject({ ok: true });
    expect(await valuesOf(pkm.curupTimur.id)).toEqual([]);
    expect(await owner.monthlyReport.count({ where: { puskesmasId: pkm.curupTimur.id, dataSetId } })).toBe(0);
  });

  it("lets the petugas data undo their own batch, and the head too", async () => {
    await actAs(users.officer);
    const batch = await uploadTo(
      pkm.sumberUrip.id,
      csvId(HEADER, row(pkm.sumberUrip.code, month(5), "UJI_HARI", "9")),
      "all",
    );
    expect(batch.body).toMatchObject({ ok: true, counts: { create: 1 } });
    await actAs(users.head);
    expect(await undoImportAction({ batchId: batch.body.batchId! })).toMatchObject({ ok: true });
    expect(
      await owner.monthlyReport.count({ where: { puskesmasId: pkm.sumberUrip.id, dataSetId, period: month(5) } }),
    ).toBe(0);
  });
});

describe("messages", () => {
  it("has every new import message in both catalogues", () => {
    for (const catalogue of [id, en]) {
      expect(Object.keys(catalogue.imports.monthly).sort()).toEqual(Object.keys(id.imports.monthly).sort());
      expect(catalogue.imports.kinds["laporan-bulanan"].label).toBeTruthy();
    }
  });
});

function dhis2(period: string): string {
  return period.replace("-", "");
}

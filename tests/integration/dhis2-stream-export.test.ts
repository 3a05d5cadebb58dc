import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { DHIS2_CSV_COLUMNS } from "@/lib/monthly-reports/dhis2";
import { dhis2ExportStream, prepareDhis2Export } from "@/lib/monthly-reports/stream-export";
import { withScope } from "@/lib/server/scoped-db";
import { actAs } from "../support/act-as";
import { createPuskesmas, district } from "../support/factories";
import { ensureUser } from "../support/tenancy-fixtures";

// The province and national DHIS2 exports: approved values only, every one of
// them, streamed in batches; refused ("not found") outside the caller's scope.

const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
afterAll(() => owner.$disconnect());

const PERIOD = "2025-09";
const users = { province: "", planner: "", national: "", otherProvince: "" };
let elements: { id: string; code: string }[] = [];
let serial = 0;

/** A report of `period` with one value per element (`values` of them), first submitted in the next month. */
async function report(
  puskesmas: { id: string; districtId: string },
  status: "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED",
  values = elements.length,
  period = PERIOD,
) {
  await owner.monthlyReport.create({
    data: {
      districtId: puskesmas.districtId,
      puskesmasId: puskesmas.id,
      dataSetId: (await owner.dataSet.findUniqueOrThrow({ where: { code: "ILP_BULANAN" } })).id,
      period,
      status,
      firstSubmittedAt: status === "DRAFT" ? null : new Date("2025-10-05T03:00:00Z"),
      reviewComment: status === "RETURNED" ? "Periksa lagi" : null,
      values: {
        create: elements.slice(0, values).map((element) => ({
          elementId: element.id,
          value: String(++serial),
          ...(serial % 5 === 0 ? { explanation: `Penjelasan, "dengan" koma ${serial}` } : {}),
        })),
      },
    },
  });
}

beforeAll(async () => {
  elements = await owner.dataElement.findMany({
    where: { dataSet: { code: "ILP_BULANAN" }, retiredAt: null },
    orderBy: { sortOrder: "asc" },
    select: { id: true, code: true },
  });
  const rejangLebong = await district(owner, "17.02");
  const bengkuluSelatan = await district(owner, "17.01");
  const kudus = await district(owner, "33.19");
  // Bengkulu: five approved reports over two districts (one without values), one submitted, one returned, one draft, one approved of another month.
  for (let index = 0; index < 3; index++) await report(await createPuskesmas(owner, rejangLebong), "APPROVED");
  await report(await createPuskesmas(owner, bengkuluSelatan), "APPROVED", 3);
  await report(await createPuskesmas(owner, bengkuluSelatan), "APPROVED", 0);
  await report(await createPuskesmas(owner, rejangLebong), "SUBMITTED");
  await report(await createPuskesmas(owner, rejangLebong), "RETURNED");
  await report(await createPuskesmas(owner, rejangLebong), "DRAFT");
  await report(await createPuskesmas(owner, rejangLebong), "APPROVED", elements.length, "2025-08");
  // Jawa Tengah: one approved report, in the national export only.
  await report(await createPuskesmas(owner, kudus), "APPROVED");

  const bengkulu = await owner.region.findUniqueOrThrow({ where: { code: "17" } });
  const jateng = await owner.region.findUniqueOrThrow({ where: { code: "33" } });
  users.province = await ensureUser(owner, "provinsi.bengkulu.ekspor", "PROVINCE_OFFICIAL", bengkulu.id);
  users.otherProvince = await ensureUser(owner, "provinsi.jateng.ekspor", "PROVINCE_OFFICIAL", jateng.id);
  users.planner = await ensureUser(owner, "perencana.rl.ekspor", "DINKES_PLANNER", rejangLebong.id);
  users.national = (await owner.user.findUniqueOrThrow({ where: { username: "admin.nasional" } })).id;
});

/** The approved values of the period as the database holds them, where `provinceCode` (all when null). */
async function approvedValues(provinceCode: string | null) {
  const districts = provinceCode
    ? (await owner.region.findMany({ where: { parent: { code: provinceCode } }, select: { id: true } })).map(
        (region) => region.id,
      )
    : null;
  const rows = await owner.reportValue.findMany({
    where: {
      report: { period: PERIOD, status: "APPROVED", ...(districts ? { districtId: { in: districts } } : {}) },
    },
    select: { value: true, element: { select: { code: true } }, report: { select: { puskesmas: true } } },
  });
  return rows.map((row) => `${row.element.code}|PKM-${row.report.puskesmas.code}|${row.value}`).sort();
}

const provinceRoute = () => import("@/app/api/export/provinsi/[code]/dhis2/route");
const nationalRoute = () => import("@/app/api/export/nasional/dhis2/route");
const provinceGet = async (code: string, query: string) =>
  (await provinceRoute()).GET(new Request(`http://test/api/export/provinsi/${code}/dhis2?${query}`), {
    params: Promise.resolve({ code }),
  });
const nationalGet = async (query: string) =>
  (await nationalRoute()).GET(new Request(`http://test/api/export/nasional/dhis2?${query}`), {
    params: Promise.resolve({}),
  });

type JsonBody = {
  dataSet: string;
  completeDate: string;
  dataValues: { dataElement: string; period: string; orgUnit: string; value: string; comment?: string }[];
};
const keysOf = (body: JsonBody) =>
  body.dataValues.map((value) => `${value.dataElement}|${value.orgUnit}|${value.value}`).sort();

describe("the province DHIS2 export", () => {
  it("streams every approved value of the month, and nothing else, as JSON and as CSV", async () => {
    await actAs(users.province);
    const expected = await approvedValues("17");
    expect(expected.length).toBe(3 * elements.length + 3);

    const json = await provinceGet("17", `periode=${PERIOD}`);
    expect(json.status).toBe(200);
    expect(json.headers.get("content-disposition")).toContain(`dhis2-17-${PERIOD}.json`);
    expect(json.body).toBeInstanceOf(ReadableStream);
    const body = JSON.parse(await json.text()) as JsonBody;
    expect(body.dataSet).toBe("ILP_BULANAN");
    expect(keysOf(body)).toEqual(expected);
    expect(new Set(body.dataValues.map((value) => value.period))).toEqual(new Set(["202509"]));
    expect(body.dataValues.filter((value) => value.comment).length).toBeGreaterThan(0);

    const csv = await provinceGet("17", `periode=${PERIOD}&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const lines = (await csv.text()).split("\r\n").filter((line) => line !== "");
    expect(lines[0]).toBe(DHIS2_CSV_COLUMNS.join(","));
    expect(lines).toHaveLength(expected.length + 1);
  });

  it("reads in batches of reports, each puskesmas' values together, the same values whatever the batch size", async () => {
    const user = (await actAs(users.province))!;
    const read = async (batch: number) => {
      const plan = await withScope(user.scope, (ctx) => prepareDhis2Export(ctx, { provinceCode: "17" }, PERIOD));
      const reader = dhis2ExportStream(user.scope, plan, "json", batch).getReader();
      const chunks: string[] = [];
      const decoder = new TextDecoder();
      for (let next = await reader.read(); !next.done; next = await reader.read())
        chunks.push(decoder.decode(next.value));
      return { chunks, body: JSON.parse(chunks.join("")) as JsonBody };
    };
    const small = await read(2);
    const large = await read(1_000);
    // The head, then three batches (2 + 2 + 1 reports); one batch when it holds them all.
    expect(small.chunks).toHaveLength(4);
    expect(large.chunks).toHaveLength(2);
    expect(small.body).toEqual(large.body);
    // Each puskesmas' values together (ordered by district code, then puskesmas code).
    const units = small.body.dataValues.map((value) => value.orgUnit);
    const runs = units.filter((unit, index) => index === 0 || unit !== units[index - 1]);
    expect(runs).toHaveLength(new Set(units).size);
    expect(runs).toHaveLength(4); // the report without values writes nothing
  });

  it("is refused outside the caller's scope, and for a malformed month or format", async () => {
    await actAs(users.planner);
    expect((await provinceGet("17", `periode=${PERIOD}`)).status).toBe(404);
    expect((await nationalGet(`periode=${PERIOD}`)).status).toBe(404);
    await actAs(users.otherProvince);
    expect((await provinceGet("17", `periode=${PERIOD}`)).status).toBe(404);
    await actAs(users.province);
    expect((await nationalGet(`periode=${PERIOD}`)).status).toBe(404);
    expect((await provinceGet("17", "periode=2025-13")).status).toBe(400);
    expect((await provinceGet("17", `periode=${PERIOD}&format=xml`)).status).toBe(400);
    await actAs(null);
    expect((await provinceGet("17", `periode=${PERIOD}`)).status).toBe(401);
  });
});

describe("the national DHIS2 export", () => {
  it("streams every province's approved values of the month", async () => {
    await actAs(users.national);
    const response = await nationalGet(`periode=${PERIOD}&format=json`);
    expect(response.status).toBe(200);
    const body = JSON.parse(await response.text()) as JsonBody;
    const expected = await approvedValues(null);
    expect(expected.length).toBe(4 * elements.length + 3);
    expect(keysOf(body)).toEqual(expected);
    const csv = await nationalGet(`periode=${PERIOD}&format=csv`);
    expect((await csv.text()).split("\r\n").filter((line) => line !== "")).toHaveLength(expected.length + 1);
  });
});

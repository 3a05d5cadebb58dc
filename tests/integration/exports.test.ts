import ExcelJS from "exceljs";
import { describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { actAs } from "../support/act-as";

const owner = createPrismaClient(inject("databaseUrl"), { max: 1 });

describe("exports", () => {
  it("give the puskesmas list as XLSX with the same rows as the CSV, values never formulas", async () => {
    await actAs((await owner.user.findUniqueOrThrow({ where: { username: "perencana.kudus" } })).id);
    const { GET } = await import("@/app/api/export/kabupaten/[code]/route");
    const call = (query: string) =>
      GET(new Request(`http://test/api/export/kabupaten/33.19?tahap=UJI_COBA${query}`), {
        params: Promise.resolve({ code: "33.19" }),
      });

    const csv = (await (await call("")).text()).trim().split("\r\n");
    const xlsxResponse = await call("&format=xlsx");
    expect(xlsxResponse.headers.get("content-type")).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsxResponse.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(csv.length);
    const names: string[] = [];
    sheet.eachRow((row, index) => {
      if (index > 1) names.push(String(row.getCell(2).value));
      row.eachCell((cell) => expect(cell.formula).toBeUndefined());
    });
    expect(names.sort()).toEqual([
      "Puskesmas Jekulo",
      "Puskesmas Kaliwungu",
      "Puskesmas Purwosari",
      "Puskesmas Rejosari",
      "Puskesmas Undaan",
    ]);
  });

  it("give the dashboard's tables as of a date, and 'not found' for an unknown table", async () => {
    await actAs((await owner.user.findUniqueOrThrow({ where: { username: "perencana.kudus" } })).id);
    const { GET } = await import("@/app/api/export/kabupaten/[code]/dasbor/route");
    const call = (query: string) =>
      GET(new Request(`http://test/api/export/kabupaten/33.19/dasbor?${query}`), {
        params: Promise.resolve({ code: "33.19" }),
      });
    const kecamatan = (await (await call("tabel=kecamatan")).text()).trim().split("\r\n");
    expect(kecamatan).toHaveLength(1 + 9);
    const stages = (await (await call("tabel=tahap&per=2024-11-26")).text()).trim().split("\r\n");
    expect(stages[1]).toBe("Puskesmas,14,0,5,0");
    const earlier = (await (await call("tabel=tahap&per=2024-11-25")).text()).trim().split("\r\n");
    expect(earlier[1]).toBe("Puskesmas,19,0,0,0");
    expect((await call("tabel=gaji")).status).toBe(404);
    await owner.$disconnect();
  });

  it("give every desa without a pustu and every understaffed pustu, beyond the page's preview", async () => {
    await actAs((await owner.user.findUniqueOrThrow({ where: { username: "perencana.sanggau" } })).id);
    const desa = await import("@/app/api/export/kabupaten/[code]/desa-tanpa-pustu/route");
    const dashboard = await import("@/app/api/export/kabupaten/[code]/dasbor/route");
    const params = { params: Promise.resolve({ code: "61.03" }) };
    const desaRows = (
      await (await desa.GET(new Request("http://test/api/export/kabupaten/61.03/desa-tanpa-pustu"), params)).text()
    )
      .trim()
      .split("\r\n");
    expect(desaRows).toHaveLength(1 + 150); // header and Sanggau's 169 desa/kelurahan less the 19 with an example pustu
    const pustuRows = (
      await (
        await dashboard.GET(
          new Request("http://test/api/export/kabupaten/61.03/dasbor?tabel=pustu-kurang-tenaga"),
          params,
        )
      ).text()
    )
      .trim()
      .split("\r\n");
    expect(pustuRows).toHaveLength(1 + 19);
    expect(pustuRows.slice(1).every((row) => row.includes(",1,"))).toBe(true); // each has its single worker
  });
});

import ExcelJS from "exceljs";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { actAs } from "../support/act-as";

const owner = createPrismaClient(inject("databaseUrl"), { max: 1 });
afterAll(() => owner.$disconnect());

const userId = async (username: string) => (await owner.user.findUniqueOrThrow({ where: { username } })).id;

describe("staffing exports", () => {
  it("give Sumber Urip's structure by cluster as XLSX: the head, then each cluster's coordinator and members", async () => {
    await actAs(await userId("kepala.sumberurip"));
    const puskesmas = await owner.facility.findFirstOrThrow({ where: { name: "Puskesmas Sumber Urip" } });
    const { GET } = await import("@/app/api/export/puskesmas/[id]/klaster/route");
    const call = (query: string) =>
      GET(new Request(`http://test/api/export/puskesmas/${puskesmas.id}/klaster?${query}`), {
        params: Promise.resolve({ id: puskesmas.id }),
      });
    const response = await call("tabel=struktur&format=xlsx&tanggal=2025-01-01");
    expect(response.headers.get("content-type")).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const rows: string[][] = [];
    workbook.worksheets[0]!.eachRow((row) =>
      rows.push((row.values as unknown[]).slice(1).map((value) => String(value ?? ""))),
    );
    expect(rows[0]).toEqual(["Klaster", "Kedudukan", "Sub-unit", "Nama", "NIP", "Profesi"]);
    expect(rows[1]!.slice(0, 3)).toEqual(["Puskesmas Sumber Urip", "Kepala Puskesmas", ""]);
    // The head is not the login account ("Kepala Puskesmas Sumber Urip"): not recorded, so left blank to fill by hand.
    expect(rows[1]![3]).toBe("");
    const coordinators = rows.filter((row) => row[1] === "Penanggung jawab");
    expect(coordinators.map((row) => [row[0], row[3]])).toEqual([
      ["Klaster 1 – Manajemen", "Tenaga Kesehatan 01 (ilustratif)"],
      ["Klaster 2 – Ibu dan Anak", "Tenaga Kesehatan 03 (ilustratif)"],
      ["Klaster 3 – Usia Dewasa dan Lansia", "Tenaga Kesehatan 06 (ilustratif)"],
      ["Klaster 4 – Penanggulangan Penyakit Menular", "Tenaga Kesehatan 08 (ilustratif)"],
      ["Klaster 5 – Lintas Klaster", "Tenaga Kesehatan 10 (ilustratif)"],
    ]);
    // Everyone seeded except the new bidan was on the board on 1 Jan 2025.
    expect(rows.filter((row) => row[3]?.startsWith("Tenaga Kesehatan"))).toHaveLength(44);
    expect(rows.some((row) => row[2] === "Laboratorium")).toBe(true);
    expect((await call("tabel=gaji")).status).toBe(404);
  });

  it("give the roster with the list's filters, and the district roll-up as a dashboard table", async () => {
    await actAs(await userId("perencana.rejanglebong"));
    const puskesmas = await owner.facility.findFirstOrThrow({ where: { name: "Puskesmas Sumber Urip" } });
    const staff = await import("@/app/api/export/puskesmas/[id]/klaster/route");
    const bidan = (
      await (
        await staff.GET(new Request(`http://test/x?tabel=staf&profesi=BIDAN&cari=ilustratif`), {
          params: Promise.resolve({ id: puskesmas.id }),
        })
      ).text()
    )
      .trim()
      .split("\r\n");
    expect(bidan[0]).toContain("Nama,NIP,Profesi");
    expect(bidan.slice(1).every((line) => line.includes(",Bidan,"))).toBe(true);
    expect(bidan.length - 1).toBe(9);
    const dashboard = await import("@/app/api/export/kabupaten/[code]/dasbor/route");
    const rollup = (
      await (
        await dashboard.GET(new Request("http://test/x?tabel=klaster"), { params: Promise.resolve({ code: "17.02" }) })
      ).text()
    )
      .trim()
      .split("\r\n");
    const district = await owner.region.findUniqueOrThrow({ where: { code: "17.02" } });
    expect(rollup).toHaveLength(
      1 + (await owner.facility.count({ where: { districtId: district.id, type: "PUSKESMAS", closedAt: null } })),
    );
    expect(rollup.find((line) => line.startsWith("Puskesmas Sumber Urip,"))).toContain("Pustu Karang Jaya");
  });
});

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { actAs } from "../support/act-as";
import { generatedDesaCsv } from "../support/generated-desa";
import { prepareImportDistrict, upload } from "../support/import-upload";

// Hostile and messy files, end to end through the upload handler, into Sijunjung (13.03): the demo seeds no kecamatan or desa there.
const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
beforeAll(async () => {
  await actAs((await prepareImportDistrict(owner, "13.03", "perencana.impor.rusak")).planner);
});
afterAll(() => owner.$disconnect());

const name = async (code: string) => (await owner.region.findUnique({ where: { code }, select: { name: true } }))?.name;
const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

describe("hostile import files", () => {
  it("Windows-1252 bytes land as the right letters", async () => {
    const { body } = await upload(
      "13.03",
      "wilayah",
      latin1("kode;nama\r\n13.03.81;Kecamatan P\xe9rsiapan\r\n13.03.81.2001;Desa Se\xf1or\r\n"),
      "all",
    );
    expect(body).toMatchObject({ ok: true, counts: { create: 2 } });
    expect(await name("13.03.81")).toBe("Kecamatan Pérsiapan");
    expect(await name("13.03.81.2001")).toBe("Desa Señor");
  });

  it("a BOM, semicolons, quoted newlines, formulas and empty rows", async () => {
    const file =
      '\uFEFFkode;nama\r\n13.03.82;Kecamatan Dua Satu\r\n;\r\n\r\n13.03.82.2001;"Desa\r\nBaris Dua"\r\n13.03.82.2002;"=HYPERLINK(""http://jahat.test"";""klik"")"\r\n13.03.82.2003;@SUM(1+1)\r\n';
    const preview = await upload("13.03", "wilayah", file);
    // The quoted newline stays inside one cell (row 5); a name is one line, so that row is refused.
    expect(preview.body.preview).toMatchObject({
      format: "csv-utf-8",
      rowCount: 4,
      counts: { create: 3, rejected: 1 },
    });
    expect(preview.body.preview?.issues).toEqual([{ row: 5, column: "nama", messageKey: "errors.controlCharacters" }]);
    await upload("13.03", "wilayah", file, "validOnly");
    expect(await name("13.03.82.2001")).toBeUndefined();
    expect(await name("13.03.82.2002")).toBe('=HYPERLINK("http://jahat.test";"klik")');
    expect(await name("13.03.82.2003")).toBe("@SUM(1+1)");
  });

  it("duplicated keys within the file: every copy is rejected, with the rows named", async () => {
    const { body } = await upload(
      "13.03",
      "wilayah",
      "kode,nama\n13.03.83,Kecamatan A\n13.03.83,Kecamatan B\n13.03.84,Kecamatan C\n",
    );
    expect(body.preview?.counts).toEqual({ create: 1, update: 0, unchanged: 0, rejected: 2 });
    expect(body.preview?.issues).toEqual([
      { row: 2, column: "kode", messageKey: "imports.row.duplicateKey", values: { rows: "2, 3" } },
      { row: 3, column: "kode", messageKey: "imports.row.duplicateKey", values: { rows: "2, 3" } },
    ]);
  });

  it("100,000 rows are read and planned in one dry run", async () => {
    const { body } = await upload("13.03", "wilayah", generatedDesaCsv("13.03", 100_000));
    expect(body.preview).toMatchObject({
      rowCount: 100_000,
      counts: { create: 100_000, update: 0, unchanged: 0, rejected: 0 },
    });
  });

  it("a 20 MB file, a PNG, random bytes and a text file without the columns are refused as a whole", async () => {
    const big = await upload("13.03", "wilayah", new Uint8Array(20 * 1024 * 1024).fill(0x41));
    expect([400, 413]).toContain(big.status);
    expect(big.body).toMatchObject({ ok: false, messageKey: "imports.file.tooLarge", values: { max: 10 } });

    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8,
      6, 0, 0, 0,
    ]);
    expect((await upload("13.03", "wilayah", png, "all", "foto.png")).body).toMatchObject({
      ok: false,
      messageKey: "imports.file.notSpreadsheet",
    });
    const noise = new Uint8Array(8192).map((_, index) => (index * 2654435761) % 256);
    expect((await upload("13.03", "wilayah", noise, "all", "data.csv")).body).toMatchObject({
      ok: false,
      messageKey: "imports.file.notSpreadsheet",
    });
    expect(
      (await upload("13.03", "wilayah", "Surat ini bukan tabel.\nTerima kasih.\n", "all", "surat.csv")).body,
    ).toMatchObject({
      ok: false,
      messageKey: "imports.file.missingColumns",
      values: { columns: "kode, nama" },
    });
  });
});

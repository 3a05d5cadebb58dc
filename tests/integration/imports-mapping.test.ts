import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { FileRejected } from "@/lib/imports/read-table";
import { actAs } from "../support/act-as";
import { prepareImportDistrict, upload } from "../support/import-upload";
import { messageFor } from "../support/translate";

// The column-mapping step: a file whose required columns no name or alias recognises is refused with what the
// page needs to map them; the same file with a mapping checks and commits; a bad mapping is refused by the server.
const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
let districtId: string;
beforeAll(async () => {
  const prepared = await prepareImportDistrict(owner, "13.01", "perencana.impor.pemetaan");
  districtId = prepared.districtId;
  await actAs(prepared.planner);
});
afterAll(() => owner.$disconnect());

// Real Kemendagri 2025 codes and names of Pesisir Selatan, under headers no alias knows.
const FILE =
  ["ID Wilayah;Label Resmi;Catatan Lain", "13.01.01;Pancung Soal;-", "13.01.01.2001;Inderapura;-"].join("\r\n") +
  "\r\n";
const regions = () => owner.region.count({ where: { districtId, level: { in: ["KECAMATAN", "DESA"] } } });

describe("the column-mapping step", () => {
  it("is offered when required columns are not recognised: the file's headers, the required columns, the matched", async () => {
    const { status, body } = await upload("13.01", "wilayah", FILE);
    expect(status).toBe(400);
    expect(body.messageKey).toBe("imports.file.missingColumns");
    expect(body.mapping).toEqual({
      header: ["id_wilayah", "label_resmi", "catatan_lain"],
      required: ["kode", "nama"],
      matched: {},
    });
  });

  it("checks and commits the file with the mapping, reading the chosen columns", async () => {
    const mapping = JSON.stringify({ kode: "id_wilayah", nama: "label_resmi" });
    const { status, body } = await upload("13.01", "wilayah", FILE, "dryRun", "wilayah.csv", mapping);
    expect(status).toBe(200);
    expect(body.preview?.issues).toEqual([]);
    expect(body.preview?.counts).toMatchObject({ create: 2, rejected: 0 });
    expect(await regions()).toBe(0);

    const committed = await upload("13.01", "wilayah", FILE, "all", "wilayah.csv", mapping);
    expect(committed.body).toMatchObject({ ok: true, counts: { create: 2, rejected: 0 } });
    const desa = await owner.region.findUniqueOrThrow({ where: { code: "13.01.01.2001" } });
    expect(desa).toMatchObject({ name: "Inderapura", level: "DESA", districtId });
  });

  it("refuses, in words, a header the file does not have, one header for two columns, an unknown column and a malformed mapping", async () => {
    const before = await regions();
    const cases: [string, string, Record<string, string>][] = [
      [
        JSON.stringify({ kode: "kode_desa", nama: "label_resmi" }),
        "imports.mapping.unknownHeader",
        { header: "kode_desa" },
      ],
      [
        JSON.stringify({ kode: "id_wilayah", nama: "id_wilayah" }),
        "imports.mapping.duplicate",
        { header: "id_wilayah", columns: "kode, nama" },
      ],
      [
        JSON.stringify({ kode: "id_wilayah", nama: "label_resmi", induk: "catatan_lain" }),
        "imports.mapping.unknownColumn",
        { column: "induk" },
      ],
      ["{kode: id_wilayah", "imports.mapping.invalid", {}],
      [JSON.stringify(["id_wilayah"]), "imports.mapping.invalid", {}],
      [JSON.stringify({ kode: "id\u0000wilayah" }), "imports.mapping.invalid", {}],
    ];
    for (const [mapping, messageKey, values] of cases) {
      const { status, body } = await upload("13.01", "wilayah", FILE, "all", "wilayah.csv", mapping);
      expect(status, mapping).toBe(400);
      expect(body.messageKey, mapping).toBe(messageKey);
      if (Object.keys(values).length) expect(body.values, mapping).toEqual(values);
    }
    expect(await regions()).toBe(before);

    expect(messageFor(new FileRejected("imports.mapping.unknownHeader", { header: "kode_desa" }))).toBe(
      'Kolom "kode_desa" tidak ada di berkas. Pilih salah satu kolom berkas.',
    );
    expect(
      messageFor(new FileRejected("imports.mapping.duplicate", { header: "id_wilayah", columns: "kode, nama" })),
    ).toContain('Kolom berkas "id_wilayah" dipilih untuk lebih dari satu kolom (kode, nama)');
  });

  it("refuses a mapping that takes a header already recognised for another column", async () => {
    const file = ["kode;label", "13.01.02;Linggo Sari Baganti"].join("\r\n") + "\r\n";
    const offered = await upload("13.01", "wilayah", file);
    expect(offered.body.mapping).toMatchObject({ header: ["kode", "label"], matched: { kode: "kode" } });
    const { status, body } = await upload(
      "13.01",
      "wilayah",
      file,
      "dryRun",
      "x.csv",
      JSON.stringify({ nama: "kode" }),
    );
    expect(status).toBe(400);
    expect(body).toMatchObject({ messageKey: "imports.mapping.duplicate", values: { header: "kode" } });
    const mapped = await upload("13.01", "wilayah", file, "dryRun", "x.csv", JSON.stringify({ nama: "label" }));
    expect(mapped.body.preview?.counts).toMatchObject({ create: 1, rejected: 0 });
  });
});

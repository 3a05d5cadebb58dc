import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { GET } from "@/app/api/impor/kabupaten/[code]/[jenis]/route";
import { undoImportAction } from "@/lib/imports/actions";
import { actAs } from "../support/act-as";
import { prepareImportDistrict, upload } from "../support/import-upload";
import { ensureUser } from "../support/tenancy-fixtures";

// Pesisir Selatan (13.01): the demo seeds no kecamatan or desa there; this file adds one of each.
const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
let planner = "";
let districtId = "";
beforeAll(async () => {
  ({ planner, districtId } = await prepareImportDistrict(owner, "13.01", "perencana.impor.pessel", [
    { code: "13.01.01", name: "Pancung Soal" },
    { code: "13.01.01.2001", name: "Inderapura" },
  ]));
  await actAs(planner);
});
afterAll(() => owner.$disconnect());

const csv = (...lines: string[]) => ["kode,nama", ...lines].join("\r\n") + "\r\n";
const regionName = async (code: string) =>
  (await owner.region.findUnique({ where: { code }, select: { name: true } }))?.name;

describe("region imports", () => {
  it("preview, then commit all-or-nothing: a file with a rejected row changes nothing", async () => {
    const file = csv(
      "13.01.02,Kecamatan Uji Dua",
      "13.01.02.2001,Desa Uji Satu",
      "13.01.02.2002,",
      "13.01.01.2001,Inderapura Baru",
    );
    const preview = await upload("13.01", "wilayah", file);
    expect(preview.body.preview?.counts).toEqual({ create: 2, update: 1, unchanged: 0, rejected: 1 });
    expect(preview.body.preview?.issues).toEqual([{ row: 4, column: "nama", messageKey: "errors.required" }]);

    const refused = await upload("13.01", "wilayah", file, "all");
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ ok: false, messageKey: "imports.commit.hasRejected", values: { count: 1 } });
    expect(await regionName("13.01.02")).toBeUndefined();
    expect(await regionName("13.01.01.2001")).toBe("Inderapura");
    expect(await owner.importBatch.count({ where: { sha256: preview.body.preview!.sha256 } })).toBe(0);
  });

  it("commits the valid rows only when asked to, records the batch, and flags the same file again", async () => {
    const file = csv(
      "13.01.03,Kecamatan Uji Tiga",
      "13.01.03.2001,Desa Uji Tiga Satu",
      "13.01.03.9999,Desa Salah Kode",
    );
    const committed = await upload("13.01", "wilayah", file, "validOnly", "desa-pessel.csv");
    expect(committed.body).toMatchObject({ ok: true, counts: { create: 2, update: 0, unchanged: 0, rejected: 1 } });
    expect(await regionName("13.01.03.2001")).toBe("Desa Uji Tiga Satu");
    const batch = await owner.importBatch.findUniqueOrThrow({ where: { id: committed.body.batchId! } });
    expect(batch).toMatchObject({
      kind: "REGIONS",
      fileName: "desa-pessel.csv",
      validOnly: true,
      rowCount: 3,
      createdCount: 2,
      rejectedCount: 1,
      createdById: planner,
    });
    expect(batch.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await owner.importBatchRow.count({ where: { batchId: batch.id } })).toBe(2);

    const again = await upload("13.01", "wilayah", file);
    expect(again.body.preview).toMatchObject({
      counts: { create: 0, update: 0, unchanged: 2, rejected: 1 },
      previous: { id: batch.id },
    });
    const second = await upload("13.01", "wilayah", file, "validOnly", "desa-pessel.csv");
    expect(second.body.counts).toEqual({ create: 0, update: 0, unchanged: 2, rejected: 1 });
    expect(await owner.importBatchRow.count({ where: { batchId: second.body.batchId! } })).toBe(0);
  });

  it("rejects rows of another district instead of moving them, and refuses users without the right", async () => {
    const preview = await upload("13.01", "wilayah", csv("13.02.11,Kecamatan Tetangga", "61.03.01.2001,Desa Sanggau"));
    expect(preview.body.preview?.counts.rejected).toBe(2);
    expect(preview.body.preview?.issues.map((issue) => issue.messageKey)).toEqual([
      "imports.regions.otherDistrict",
      "imports.regions.otherDistrict",
    ]);

    expect((await upload("13.02", "wilayah", csv("13.02.11,Kecamatan Tetangga"))).status).toBe(404);
    const viewer = await ensureUser(owner, "pemantau.impor.pessel", "VIEWER", districtId);
    await actAs(viewer);
    expect((await upload("13.01", "wilayah", csv("13.01.04,Kecamatan Empat"), "all")).status).toBe(403);
    await actAs(null);
    expect((await upload("13.01", "wilayah", csv("13.01.04,Kecamatan Empat"), "all")).status).toBe(401);
    await actAs(planner);
  });

  it("undoes a batch, but not once something newer has touched its rows", async () => {
    const first = await upload(
      "13.01",
      "wilayah",
      csv("13.01.05,Kecamatan Lima", "13.01.05.2001,Desa Lima Satu", "13.01.01.2001,Inderapura Ubah"),
      "all",
    );
    expect(first.body.counts).toMatchObject({ create: 2, update: 1 });
    expect(await undoImportAction({ batchId: first.body.batchId! })).toMatchObject({ ok: true });
    expect(await regionName("13.01.05")).toBeUndefined();
    expect(await regionName("13.01.01.2001")).toBe("Inderapura");
    expect(await undoImportAction({ batchId: first.body.batchId! })).toMatchObject({
      ok: false,
      messageKey: "imports.undo.alreadyUndone",
    });

    const second = await upload(
      "13.01",
      "wilayah",
      csv("13.01.06,Kecamatan Enam", "13.01.06.2001,Desa Enam Satu"),
      "all",
    );
    const third = await upload("13.01", "wilayah", csv("13.01.06.2001,Desa Enam Satu Baru"), "all");
    expect(await undoImportAction({ batchId: second.body.batchId! })).toMatchObject({
      ok: false,
      messageKey: "imports.undo.touched",
      values: { count: 1 },
    });
    expect(await undoImportAction({ batchId: third.body.batchId! })).toMatchObject({ ok: true });
    expect(await undoImportAction({ batchId: second.body.batchId! })).toMatchObject({ ok: true });
    expect(await regionName("13.01.06")).toBeUndefined();
  });

  it("round-trips: export, import the export, and nothing changes", async () => {
    await upload(
      "13.01",
      "wilayah",
      csv("13.01.07,Kecamatan Tujuh", '13.01.07.2001,"=HYPERLINK(""http://contoh.test"",""klik"")"'),
      "all",
    );
    expect(await regionName("13.01.07.2001")).toBe('=HYPERLINK("http://contoh.test","klik")');
    for (const format of ["csv", "xlsx"]) {
      const exported = await GET(new Request(`http://test/api/impor/kabupaten/13.01/wilayah?format=${format}`), {
        params: Promise.resolve({ code: "13.01", jenis: "wilayah" }),
      });
      const bytes = new Uint8Array(await exported.arrayBuffer());
      if (format === "csv")
        expect(new TextDecoder().decode(bytes)).toContain(`"'=HYPERLINK(""http://contoh.test"",""klik"")"`);
      const again = await upload("13.01", "wilayah", bytes, "dryRun", `data.${format}`);
      expect(again.body.preview?.counts, format).toMatchObject({ create: 0, update: 0, rejected: 0 });
      expect(again.body.preview?.counts.unchanged).toBeGreaterThanOrEqual(4);
    }
  });
});

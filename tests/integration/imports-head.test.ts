import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GET as districtGet } from "@/app/api/impor/kabupaten/[code]/[jenis]/route";
import { GET as rosterGet } from "@/app/api/impor/puskesmas/[id]/tenaga/route";
import { createPrismaClient } from "@/lib/db/client";
import { undoImportAction } from "@/lib/imports/actions";
import { listImportBatches } from "@/lib/imports/queries";
import { importFile } from "@/lib/imports/service";
import { puskesmasImportTarget, wholeDistrict } from "@/lib/imports/targets";
import { getDistrictByCode } from "@/lib/rollout/queries";
import { ForbiddenError } from "@/lib/server/errors";
import { withScope } from "@/lib/server/scoped-db";
import en from "@/messages/en.json";
import id from "@/messages/id.json";
import { actAs } from "../support/act-as";
import { prepareImportDistrict, upload, uploadRoster } from "../support/import-upload";
import { ensureUser } from "../support/tenancy-fixtures";

// Tanah Datar (13.04): the demo seeds nothing below the district there. This file adds one kecamatan and desa,
// two puskesmas (A and B) with a pustu each, a head for each, a worker of B with a NIP, and a planner.
const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
const A = { id: "", code: "UJI-13.04-PKM-A", pustu: "UJI-13.04-PUSTU-A" };
const B = { id: "", code: "UJI-13.04-PKM-B", pustu: "UJI-13.04-PUSTU-B" };
const B_NIP = "198703152010122003";
let users = { planner: "", headA: "", headB: "", sumberUripHead: "" };

beforeAll(async () => {
  const { districtId, regionIds, planner } = await prepareImportDistrict(owner, "13.04", "perencana.impor.tanahdatar", [
    { code: "13.04.01", name: "X Koto" },
    { code: "13.04.01.2001", name: "Tambangan" },
  ]);
  const [kecamatanId, desaId] = [regionIds["13.04.01"]!, regionIds["13.04.01.2001"]!];
  for (const [place, name] of [
    [A, "Puskesmas Uji Koto A"],
    [B, "Puskesmas Uji Koto B"],
  ] as const) {
    const puskesmas = await owner.facility.create({
      data: { districtId, type: "PUSKESMAS", code: place.code, name, kecamatanId, isIllustrative: true },
    });
    await owner.facility.create({
      data: {
        districtId,
        type: "PUSTU",
        code: place.pustu,
        name: `Pustu ${name}`,
        kecamatanId,
        desaId,
        parentId: puskesmas.id,
        isIllustrative: true,
      },
    });
    place.id = puskesmas.id;
  }
  await owner.staff.create({
    data: {
      districtId,
      puskesmasId: A.id,
      name: "Perawat Lama",
      profession: "PERAWAT",
      employmentStatus: "KONTRAK",
      isIllustrative: true,
    },
  });
  await owner.staff.create({
    data: {
      districtId,
      puskesmasId: B.id,
      name: "Bidan Puskesmas B",
      nip: B_NIP,
      profession: "BIDAN",
      isIllustrative: true,
    },
  });
  users = {
    planner,
    headA: await ensureUser(owner, "kepala.uji.kotoa", "PUSKESMAS_HEAD", districtId, A.id),
    headB: await ensureUser(owner, "kepala.uji.kotob", "PUSKESMAS_HEAD", districtId, B.id),
    sumberUripHead: (await owner.user.findUniqueOrThrow({ where: { username: "kepala.sumberurip" } })).id,
  };
});
afterAll(() => owner.$disconnect());

const HEADER = "kode_puskesmas,nip,nama,profesi,status_kepegawaian,penempatan,kode_pustu,jadwal_pustu,aktif";
const csv = (...lines: string[]) => [HEADER, ...lines].join("\n") + "\n";
const staffOf = (puskesmasId: string) =>
  owner.staff.findMany({
    where: { puskesmasId },
    orderBy: { name: "asc" },
    select: { name: true, nip: true, employmentStatus: true, posting: true, pustu: { select: { code: true } } },
  });
const text = async (response: Response) =>
  (await response.text())
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/);
const message = (catalogue: unknown, key: string) =>
  key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue);

const batches = { first: "", validOnly: "", planner: "" };

describe("a puskesmas head's roster import", () => {
  it("dry-runs, then commits the head's own roster: creates and updates, records the puskesmas on the batch", async () => {
    await actAs(users.headA);
    const file = csv(
      `${A.code},199001012015031002,Dokter Impor Satu,DOKTER,PNS,PUSKESMAS,,,ya`,
      `${A.code},,Perawat Lama,PERAWAT,PNS,PUSKESMAS,,,ya`,
      `${A.code},,Bidan Pustu Impor,BIDAN,PPPK,PUSTU_MENETAP,${A.pustu},,ya`,
    );
    const preview = await uploadRoster(A.id, file);
    expect(preview.status).toBe(200);
    expect(preview.body.preview?.issues).toEqual([]);
    expect(preview.body.preview?.counts).toEqual({ create: 2, update: 1, unchanged: 0, rejected: 0 });
    expect(await staffOf(A.id)).toHaveLength(1); // the dry run wrote nothing

    const committed = await uploadRoster(A.id, file, "all");
    expect(committed).toMatchObject({
      status: 200,
      body: { ok: true, counts: { create: 2, update: 1, unchanged: 0, rejected: 0 } },
    });
    batches.first = committed.body.batchId!;
    expect(await staffOf(A.id)).toEqual([
      {
        name: "Bidan Pustu Impor",
        nip: null,
        employmentStatus: "PPPK",
        posting: "PUSTU_MENETAP",
        pustu: { code: A.pustu },
      },
      {
        name: "Dokter Impor Satu",
        nip: "199001012015031002",
        employmentStatus: "PNS",
        posting: "PUSKESMAS",
        pustu: null,
      },
      { name: "Perawat Lama", nip: null, employmentStatus: "PNS", posting: "PUSKESMAS", pustu: null },
    ]);
    expect(await owner.importBatch.findUniqueOrThrow({ where: { id: batches.first } })).toMatchObject({
      puskesmasId: A.id,
      kind: "STAFF",
      createdById: users.headA,
      createdCount: 2,
      updatedCount: 1,
    });

    // The same file again changes nothing and is flagged as a repeat of the batch.
    const again = await uploadRoster(A.id, file);
    expect(again.body.preview).toMatchObject({
      counts: { create: 0, update: 0, unchanged: 3, rejected: 0 },
      previous: { id: batches.first },
    });
  });

  it("rejects rows of another puskesmas, a NIP of another puskesmas' worker and a pustu of another puskesmas", async () => {
    await actAs(users.headA);
    const file = csv(
      `${B.code},,Orang Puskesmas B,BIDAN,PNS,PUSKESMAS,,,ya`,
      `${A.code},${B_NIP},Bidan Puskesmas B,BIDAN,PNS,PUSKESMAS,,,ya`,
      `${A.code},,Perawat Salah Pustu,PERAWAT,PNS,PUSTU_MENETAP,${B.pustu},,ya`,
      `${A.code},,Sanitarian Impor,SANITARIAN,HONORER,PUSKESMAS,,,ya`,
    );
    const preview = await uploadRoster(A.id, file);
    expect(preview.body.preview?.counts).toEqual({ create: 1, update: 0, unchanged: 0, rejected: 3 });
    expect(preview.body.preview?.issues).toEqual([
      {
        row: 2,
        column: "kode_puskesmas",
        messageKey: "imports.staff.otherPuskesmas",
        values: { code: B.code, own: A.code },
      },
      { row: 3, column: "nip", messageKey: "imports.staff.nipTaken" },
      { row: 4, column: "kode_pustu", messageKey: "imports.staff.pustuUnknown", values: { code: B.pustu } },
    ]);
    for (const issue of preview.body.preview!.issues) {
      expect(message(id, issue.messageKey), issue.messageKey).toEqual(expect.any(String));
      expect(message(en, issue.messageKey), issue.messageKey).toEqual(expect.any(String));
    }

    expect(await uploadRoster(A.id, file, "all")).toMatchObject({
      status: 400,
      body: { messageKey: "imports.commit.hasRejected" },
    });
    const committed = await uploadRoster(A.id, file, "validOnly");
    expect(committed.body.counts).toMatchObject({ create: 1, rejected: 3 });
    batches.validOnly = committed.body.batchId!;
    // B's worker stays B's, unchanged; nothing was written to B.
    expect(await staffOf(B.id)).toEqual([
      { name: "Bidan Puskesmas B", nip: B_NIP, employmentStatus: "PNS", posting: "PUSKESMAS", pustu: null },
    ]);
    expect((await staffOf(A.id)).map((row) => row.name)).toContain("Sanitarian Impor");
  });

  it("refuses another puskesmas' head (not found), and a planner who reads the puskesmas (forbidden)", async () => {
    const file = csv(`${A.code},,Penyusup,PERAWAT,PNS,PUSKESMAS,,,ya`);
    for (const head of [users.headB, users.sumberUripHead]) {
      await actAs(head);
      expect(await uploadRoster(A.id, file, "all")).toMatchObject({
        status: 404,
        body: { ok: false, messageKey: "errors.notFound" },
      });
      expect(
        (
          await rosterGet(new Request(`http://test/api/impor/puskesmas/${A.id}/tenaga`), {
            params: Promise.resolve({ id: A.id }),
          })
        ).status,
      ).toBe(404);
    }
    await actAs(users.planner);
    expect(await uploadRoster(A.id, file, "all")).toMatchObject({
      status: 403,
      body: { ok: false, messageKey: "errors.forbidden" },
    });
    expect((await staffOf(A.id)).map((row) => row.name)).not.toContain("Penyusup");
  });

  it("gives the head neither the district route nor any other kind", async () => {
    const head = (await actAs(users.headA))!;
    expect(
      (await upload("13.04", "tenaga", csv(`${A.code},,Lewat Kabupaten,PERAWAT,PNS,PUSKESMAS,,,ya`), "all")).status,
    ).toBe(404);
    expect(
      (
        await upload(
          "13.04",
          "fasilitas",
          "jenis,kode,nama,kode_kecamatan,kode_desa,jenis_induk,kode_induk,rawat_inap,nama_lain\n",
          "dryRun",
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await districtGet(new Request("http://test/api/impor/kabupaten/13.04/tenaga"), {
          params: Promise.resolve({ code: "13.04", jenis: "tenaga" }),
        })
      ).status,
    ).toBe(404);
    // Below the routes: restricted to a puskesmas, only the staff kind runs.
    const facilities = new Blob([
      `jenis,kode,nama,kode_kecamatan,kode_desa,jenis_induk,kode_induk,rawat_inap,nama_lain\nPUSTU,UJI-13.04-CURI,Pustu Curian,,13.04.01.2001,PUSKESMAS,${A.code},,\n`,
    ]);
    await expect(
      importFile(head.scope, { puskesmasId: A.id }, "fasilitas", facilities, "fasilitas.csv", "all"),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await owner.facility.count({ where: { code: "UJI-13.04-CURI" } })).toBe(0);
  });

  it("exports only the puskesmas' own staff, and a template of the header and one marked example row", async () => {
    await actAs(users.headA);
    const get = (query: string) =>
      rosterGet(new Request(`http://test/api/impor/puskesmas/${A.id}/tenaga${query}`), {
        params: Promise.resolve({ id: A.id }),
      });
    const template = await get("?isi=templat");
    expect(template.headers.get("content-disposition")).toContain(`templat-tenaga-${A.code}.csv`);
    const [header, example, ...rest] = await text(template);
    expect([header, rest]).toEqual([HEADER, []]);
    expect(example).toMatch(/^\[CONTOH\] /);
    const exported = await text(await get(""));
    expect(exported[0]).toBe(HEADER);
    expect(exported.slice(1).map((line) => line.split(",")[0])).toEqual([A.code, A.code, A.code, A.code]);
    expect(exported.join("\n")).not.toContain(B_NIP);
    // Export → import changes nothing.
    const roundTrip = await uploadRoster(A.id, exported.join("\n") + "\n");
    expect(roundTrip.body.preview?.counts).toEqual({ create: 0, update: 0, unchanged: 4, rejected: 0 });
  });

  it("lists the head's own batches only; the district's history lists every batch", async () => {
    await actAs(users.planner);
    const planned = await upload(
      "13.04",
      "tenaga",
      csv(`${B.code},,Staf Dari Dinkes,AHLI_GIZI,PNS,PUSKESMAS,,,ya`),
      "all",
    );
    expect(planned.body.counts).toMatchObject({ create: 1 });
    batches.planner = planned.body.batchId!;
    expect(await owner.importBatch.findUniqueOrThrow({ where: { id: planned.body.batchId! } })).toMatchObject({
      puskesmasId: null,
    });

    const head = (await actAs(users.headA))!;
    const ofA = await withScope(
      head.scope,
      async (ctx) => (await listImportBatches(ctx, (await puskesmasImportTarget(ctx, A.id)).target)).rows,
    );
    expect(ofA.length).toBe(2);
    expect(ofA.every((batch) => batch.puskesmas?.id === A.id)).toBe(true);
    const headB = (await actAs(users.headB))!;
    expect(
      await withScope(
        headB.scope,
        async (ctx) => (await listImportBatches(ctx, (await puskesmasImportTarget(ctx, B.id)).target)).rows,
      ),
    ).toEqual([]);

    const planner = (await actAs(users.planner))!;
    const all = await withScope(
      planner.scope,
      async (ctx) => (await listImportBatches(ctx, wholeDistrict(await getDistrictByCode(ctx, "13.04")))).rows,
    );
    expect(all.map((batch) => batch.puskesmas?.name ?? null)).toEqual([
      null,
      "Puskesmas Uji Koto A",
      "Puskesmas Uji Koto A",
    ]);
  });

  it("lets the head undo their own batches but never a planner's or another puskesmas'; a planner undoes the head's", async () => {
    await actAs(users.headA);
    expect(await undoImportAction({ batchId: batches.planner })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await actAs(users.headB);
    expect(await undoImportAction({ batchId: batches.validOnly })).toMatchObject({ ok: false, code: "NOT_FOUND" });

    await actAs(users.headA);
    expect(await undoImportAction({ batchId: batches.validOnly })).toMatchObject({ ok: true });
    expect((await staffOf(A.id)).map((row) => row.name)).not.toContain("Sanitarian Impor");
    expect(await owner.importBatch.findUniqueOrThrow({ where: { id: batches.validOnly } })).toMatchObject({
      undoneById: users.headA,
    });

    await actAs(users.planner);
    expect(await undoImportAction({ batchId: batches.first })).toMatchObject({ ok: true });
    expect(await staffOf(A.id)).toEqual([
      { name: "Perawat Lama", nip: null, employmentStatus: "KONTRAK", posting: "PUSKESMAS", pustu: null },
    ]);
    expect(await undoImportAction({ batchId: batches.planner })).toMatchObject({ ok: true });
    expect((await staffOf(B.id)).map((row) => row.name)).toEqual(["Bidan Puskesmas B"]);
  });

  it("checks a NIP as the staff form does, and leaves deactivating or moving a worker still in a cluster to the board", async () => {
    const bidanB = await owner.staff.findFirstOrThrow({ where: { puskesmasId: B.id, nip: B_NIP } });
    const cluster = await owner.cluster.findFirstOrThrow({ orderBy: { id: "asc" } });
    await owner.clusterAssignment.create({
      data: {
        districtId: bidanB.districtId,
        staffId: bidanB.id,
        clusterId: cluster.id,
        effectiveFrom: new Date("2025-01-02T00:00:00Z"),
      },
    });
    await owner.staff.create({
      data: {
        districtId: bidanB.districtId,
        puskesmasId: B.id,
        name: "Perawat Tanpa Klaster",
        profession: "PERAWAT",
        isIllustrative: true,
      },
    });

    await actAs(users.headB);
    const preview = await uploadRoster(
      B.id,
      csv(
        `${B.code},199013322015031002,Dokter NIP Salah,DOKTER,PNS,PUSKESMAS,,,ya`, // 32 December is no birth date
        `${B.code},${B_NIP},Bidan Puskesmas B,BIDAN,PNS,PUSKESMAS,,,tidak`,
        `${B.code},,Perawat Tanpa Klaster,PERAWAT,PNS,PUSKESMAS,,,tidak`,
      ),
    );
    expect(preview.body.preview?.issues).toEqual([
      { row: 2, column: "nip", messageKey: "staffing.errors.nipDates" },
      { row: 3, column: "aktif", messageKey: "imports.staff.stillAssigned" },
    ]);
    expect(preview.body.preview?.counts).toEqual({ create: 0, update: 1, unchanged: 0, rejected: 2 });
    expect(message(id, "imports.staff.stillAssigned")).toEqual(expect.any(String));
    expect(message(en, "imports.staff.stillAssigned")).toEqual(expect.any(String));

    // A planner's district import may move people between puskesmas, but not one still in a cluster here.
    await actAs(users.planner);
    const moved = await upload("13.04", "tenaga", csv(`${A.code},${B_NIP},Bidan Puskesmas B,BIDAN,PNS,PUSKESMAS,,,ya`));
    expect(moved.body.preview?.issues).toEqual([
      { row: 2, column: "kode_puskesmas", messageKey: "imports.staff.stillAssigned" },
    ]);
  });

  it("pages the history, newest first, 20 to a page; a page past the last shows the last", async () => {
    const districtId = (await owner.region.findUniqueOrThrow({ where: { code: "13.04" } })).id;
    await owner.importBatch.createMany({
      data: Array.from({ length: 23 }, (_, index) => ({
        districtId,
        puskesmasId: B.id,
        kind: "STAFF" as const,
        fileName: `riwayat-${String(index).padStart(2, "0")}.csv`,
        sha256: "0".repeat(64),
        rowCount: 1,
        createdCount: 0,
        updatedCount: 0,
        unchangedCount: 1,
        rejectedCount: 0,
        createdAt: new Date(Date.UTC(2026, 0, 1 + index)),
      })),
    });
    const headB = (await actAs(users.headB))!;
    const pageOf = (page: number) =>
      withScope(headB.scope, async (ctx) =>
        listImportBatches(ctx, (await puskesmasImportTarget(ctx, B.id)).target, page),
      );
    const [first, second, beyond] = [await pageOf(1), await pageOf(2), await pageOf(9)];
    expect({ total: first.total, pageCount: first.pageCount, rows: first.rows.length }).toEqual({
      total: 23,
      pageCount: 2,
      rows: 20,
    });
    expect(first.rows[0]!.fileName).toBe("riwayat-22.csv");
    expect(second.rows.map((batch) => batch.fileName)).toEqual(["riwayat-02.csv", "riwayat-01.csv", "riwayat-00.csv"]);
    expect(beyond).toMatchObject({ page: 2, rows: second.rows });
  });
});

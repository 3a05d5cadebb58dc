import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { createFacility } from "@/lib/facilities/service";
import { createRegion } from "@/lib/regions/service";
import { messageFor } from "../support/translate";

const prisma = createPrismaClient(inject("databaseUrl"), { max: 2 });
afterAll(() => prisma.$disconnect());

const idOf = async (code: string) => (await prisma.region.findUniqueOrThrow({ where: { code } })).id;
const puskesmasId = async (name: string) =>
  (await prisma.facility.findFirstOrThrow({ where: { name, type: "PUSKESMAS" } })).id;

/** Runs `work` in a transaction and returns the user-facing message it failed with. */
async function refusal(work: Parameters<typeof prisma.$transaction>[0]): Promise<string> {
  try {
    await prisma.$transaction(work as never);
  } catch (error) {
    return messageFor(error);
  }
  throw new Error("expected the write to be refused");
}

describe("bad input is refused with a clear message, and nothing is written", () => {
  it("refuses malformed Kemendagri codes", async () => {
    for (const code of ["17.2", "17.02.11.209", "17.02.11.4009", "17.00", "17-02", "17.02.11.2009.1"]) {
      expect(await refusal((tx) => createRegion(tx, { code, name: "Desa Uji" }))).toBe(
        `Kode wilayah "${code}" tidak sesuai format Kemendagri (contoh: 17.02.11.2009).`,
      );
    }
    expect(await prisma.region.count({ where: { name: "Desa Uji" } })).toBe(0);
  });

  it("refuses a region whose parent does not exist, such as Rejang Lebong's missing 17.02.01", async () => {
    expect(await refusal((tx) => createRegion(tx, { code: "17.02.01.2001", name: "Desa Uji" }))).toBe(
      "Wilayah induk 17.02.01 belum ada.",
    );
  });

  it("refuses a duplicate region code", async () => {
    expect(await refusal((tx) => createRegion(tx, { code: "17.02.11.2009", name: "Sumber Urip lagi" }))).toBe(
      "Kode wilayah 17.02.11.2009 sudah dipakai.",
    );
  });

  it("accepts a well-formed new desa under an existing kecamatan, tagged with its district", async () => {
    const { id } = await prisma.$transaction((tx) =>
      createRegion(tx, { code: "17.02.11.2099", name: "Desa Baru Uji" }),
    );
    const created = await prisma.region.findUniqueOrThrow({ where: { id } });
    expect(created).toMatchObject({
      level: "DESA",
      kind: "DESA",
      districtId: await idOf("17.02"),
      parentId: await idOf("17.02.11"),
    });
    await prisma.region.delete({ where: { id } });
  });

  it("refuses a pustu in a desa of another district", async () => {
    const rejangLebong = await idOf("17.02");
    const parentId = await puskesmasId("Puskesmas Sumber Urip");
    const message = await refusal((tx) =>
      createFacility(tx, rejangLebong, {
        type: "PUSTU",
        code: "UJI-PUSTU-1",
        name: "Pustu Uji",
        desaCode: "33.19.06.2009",
        parentId,
      }),
    );
    expect(message).toBe("Desa yang dipilih tidak berada di kabupaten/kota ini.");
    expect(await prisma.facility.count({ where: { code: "UJI-PUSTU-1" } })).toBe(0);
  });

  it("refuses a pustu under another district's puskesmas", async () => {
    const message = await refusal(async (tx) =>
      createFacility(tx, await idOf("17.02"), {
        type: "PUSTU",
        code: "UJI-PUSTU-2",
        name: "Pustu Uji",
        desaCode: "17.02.11.2009",
        parentId: await puskesmasId("Puskesmas Jekulo"),
      }),
    );
    expect(message).toMatch(/^Induk fasilitas tidak valid/);
  });

  it("refuses a second puskesmas with the same code", async () => {
    const message = await refusal(async (tx) =>
      createFacility(tx, await idOf("17.02"), {
        type: "PUSKESMAS",
        code: "1011912",
        name: "Puskesmas Kembar",
        kecamatanCode: "17.02.11",
      }),
    );
    expect(message).toBe("Sudah ada puskesmas dengan kode 1011912.");
    expect(await prisma.facility.count({ where: { code: "1011912" } })).toBe(1);
  });

  it("leaves nothing half-written when a multi-row write fails part way", async () => {
    const rejangLebong = await idOf("17.02");
    const before = await prisma.facility.count();
    const message = await refusal(async (tx) => {
      await createFacility(tx, rejangLebong, {
        type: "PUSKESMAS",
        code: "UJI-PKM-1",
        name: "Puskesmas Uji Satu",
        kecamatanCode: "17.02.11",
      });
      await createFacility(tx, rejangLebong, {
        type: "PUSKESMAS",
        code: "UJI-PKM-1",
        name: "Puskesmas Uji Dua",
        kecamatanCode: "17.02.11",
      });
    });
    expect(message).toBe("Sudah ada puskesmas dengan kode UJI-PKM-1.");
    expect(await prisma.facility.count()).toBe(before);
  });

  it("is backed by the database itself: a raw insert of a pustu in a foreign desa breaks a foreign key", async () => {
    const rejangLebong = await idOf("17.02");
    const kudusDesa = await idOf("33.19.06.2009");
    await expect(
      prisma.$executeRaw`INSERT INTO "Facility" ("districtId", type, code, name, "kecamatanId", "desaId", "parentId")
        VALUES (${rejangLebong}::uuid, 'PUSTU', 'UJI-RAW', 'Pustu Mentah', NULL, ${kudusDesa}::uuid, ${await puskesmasId("Puskesmas Sumber Urip")}::uuid)`,
    ).rejects.toThrow(/foreign key/i);
    await expect(
      prisma.$executeRaw`INSERT INTO "Region" (code, name, level, kind) VALUES ('1', 'X', 'PROVINSI', 'PROVINSI')`,
    ).rejects.toThrow(/ck_region_code_shape/);
  });
});

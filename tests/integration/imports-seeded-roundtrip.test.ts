import { afterAll, describe, expect, inject, it } from "vitest";
import { GET } from "@/app/api/impor/kabupaten/[code]/[jenis]/route";
import { createPrismaClient } from "@/lib/db/client";
import { actAs } from "../support/act-as";
import { ensureUser } from "../support/tenancy-fixtures";
import { upload } from "../support/import-upload";

// A demo Bengkulu district with real puskesmas, some of them with no known kecamatan: its
// export must import again with nothing changed and nothing refused. Read-only: a dry run.
const owner = createPrismaClient(inject("databaseUrl"), { max: 1 });
afterAll(() => owner.$disconnect());

describe("an export of seeded data", () => {
  it("imports again unchanged, puskesmas without a kecamatan included", async () => {
    const [unplaced] = await owner.facility.groupBy({
      by: ["districtId"],
      where: {
        type: "PUSKESMAS",
        kecamatanId: null,
        districtId: {
          in: (
            await owner.region.findMany({
              where: { code: { startsWith: "17." }, level: "KABUPATEN" },
              select: { id: true },
            })
          ).map((region) => region.id),
        },
      },
      _count: { _all: true },
      orderBy: { _count: { districtId: "desc" } },
    });
    expect(unplaced?._count._all).toBeGreaterThan(0);
    const district = await owner.region.findUniqueOrThrow({ where: { id: unplaced!.districtId } });
    await actAs(await ensureUser(owner, `perencana.${district.code}.uji`, "DINKES_PLANNER", district.id));
    for (const kind of ["wilayah", "fasilitas"]) {
      const response = await GET(new Request(`http://test/api/impor/kabupaten/${district.code}/${kind}`), {
        params: Promise.resolve({ code: district.code, jenis: kind }),
      });
      expect(response.status).toBe(200);
      const { body } = await upload(
        district.code,
        kind,
        new Uint8Array(await response.arrayBuffer()),
        "dryRun",
        `${district.code}-${kind}.csv`,
      );
      expect(body.preview?.issues).toEqual([]);
      expect(body.preview?.counts).toMatchObject({ create: 0, update: 0, rejected: 0 });
      expect(body.preview!.counts.unchanged).toBeGreaterThan(0);
    }
  });
});

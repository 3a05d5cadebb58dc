import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { withScope } from "@/lib/server/scoped-db";
import { actAs } from "../support/act-as";
import {
  createChildFacility,
  createPuskesmas,
  createPustu,
  createStaff,
  createTarget,
  createUser,
  district,
} from "../support/factories";

const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
afterAll(() => owner.$disconnect());

describe("the test factories", () => {
  it("make a district's puskesmas, pustu, posyandu, staff, target and user that the district's own planner sees, and nobody else", async () => {
    const bengkuluSelatan = await district(owner, "17.01");
    const puskesmas = await createPuskesmas(owner, bengkuluSelatan, { stage: "UJI_COBA", stageSince: "2025-02-01" });
    const pustu = await createPustu(owner, puskesmas);
    const posyandu = await createChildFacility(owner, "POSYANDU", pustu);
    const worker = await createStaff(owner, puskesmas, { profession: "BIDAN", pustu });
    const target = await createTarget(owner, bengkuluSelatan, { year: 2031, kind: "PUSTU_MENERAPKAN", targetCount: 3 });
    expect(pustu).toMatchObject({
      type: "PUSTU",
      parentId: puskesmas.id,
      kecamatanId: puskesmas.kecamatanId,
      districtId: bengkuluSelatan.id,
    });
    expect(posyandu).toMatchObject({ type: "POSYANDU", parentId: pustu.id, districtId: bengkuluSelatan.id });
    expect(posyandu.desaId).not.toBe(pustu.desaId); // a new desa unless one is given
    expect(worker).toMatchObject({ posting: "PUSTU_MENETAP", pustuId: pustu.id, active: true });
    expect(target.deadline.toISOString().slice(0, 10)).toBe("2031-12-31");
    // A second puskesmas gets codes of its own.
    const another = await createPuskesmas(owner, bengkuluSelatan);
    expect(another.code).not.toBe(puskesmas.code);
    expect(another.kecamatanId).not.toBe(puskesmas.kecamatanId);

    const planner = await createUser(owner, "DINKES_PLANNER", bengkuluSelatan.id);
    const seen = await withScope((await actAs(planner.id))!.scope, async (ctx) => ({
      facilities: await ctx.db.facility.count({ where: { id: { in: [puskesmas.id, pustu.id, posyandu.id] } } }),
      staff: await ctx.db.staff.count({ where: { id: worker.id } }),
      targets: await ctx.db.rolloutTarget.count({ where: { id: target.id } }),
    }));
    expect(seen).toEqual({ facilities: 3, staff: 1, targets: 1 });

    const elsewhere = await createUser(owner, "DINKES_PLANNER", (await district(owner, "17.02")).id);
    const hidden = await withScope((await actAs(elsewhere.id))!.scope, (ctx) =>
      ctx.db.facility.count({ where: { id: { in: [puskesmas.id, pustu.id, posyandu.id] } } }),
    );
    expect(hidden).toBe(0);
  });
});

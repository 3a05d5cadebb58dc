import { hashPassword } from "@/lib/auth/password";
import type { PrismaClient, Role } from "@/lib/generated/prisma/client";

export const TEST_PASSWORD = "kata-sandi-uji-123";

export type TenancyFixtures = Awaited<ReturnType<typeof createTenancyFixtures>>;

/**
 * Rows for cross-tenant tests, written as the table owner: a puskesmas with a
 * pustu in Bengkulu Selatan (a sibling of Rejang Lebong in the same province),
 * a district viewer, and the ids of the demo records the tests aim at.
 */
export async function createTenancyFixtures(owner: PrismaClient) {
  const region = (code: string) =>
    owner.region.findUniqueOrThrow({ where: { code }, select: { id: true, provinceId: true } });
  const [bengkuluSelatan, rejangLebong, kudus] = await Promise.all([region("17.01"), region("17.02"), region("33.19")]);

  const kecamatan = await owner.region.upsert({
    where: { code: "17.01.01" },
    update: {},
    create: {
      code: "17.01.01",
      name: "Kedurang",
      level: "KECAMATAN",
      kind: "KECAMATAN",
      parentId: bengkuluSelatan.id,
      provinceId: bengkuluSelatan.provinceId,
      districtId: bengkuluSelatan.id,
    },
  });
  const desa = await owner.region.upsert({
    where: { code: "17.01.01.2001" },
    update: {},
    create: {
      code: "17.01.01.2001",
      name: "Batu Ampar",
      level: "DESA",
      kind: "DESA",
      parentId: kecamatan.id,
      provinceId: bengkuluSelatan.provinceId,
      districtId: bengkuluSelatan.id,
    },
  });
  const siblingPuskesmas = await owner.facility.upsert({
    where: { type_code_districtId: { type: "PUSKESMAS", code: "UJI-17.01-PKM", districtId: bengkuluSelatan.id } },
    update: {},
    create: {
      districtId: bengkuluSelatan.id,
      type: "PUSKESMAS",
      code: "UJI-17.01-PKM",
      name: "Puskesmas Uji Kedurang",
      kecamatanId: kecamatan.id,
      isIllustrative: true,
    },
  });
  const siblingPustu = await owner.facility.upsert({
    where: { type_code_districtId: { type: "PUSTU", code: "UJI-17.01-PUSTU", districtId: bengkuluSelatan.id } },
    update: {},
    create: {
      districtId: bengkuluSelatan.id,
      type: "PUSTU",
      code: "UJI-17.01-PUSTU",
      name: "Pustu Uji Batu Ampar",
      kecamatanId: kecamatan.id,
      desaId: desa.id,
      parentId: siblingPuskesmas.id,
      isIllustrative: true,
    },
  });

  const facility = (where: { name?: string; code?: string }) =>
    owner.facility.findFirstOrThrow({ where, select: { id: true } });
  const user = async (username: string) =>
    (await owner.user.findUniqueOrThrow({ where: { username }, select: { id: true } })).id;

  return {
    districts: { own: rejangLebong.id, sibling: bengkuluSelatan.id, other: kudus.id },
    facilities: {
      ownPosyandu: (await facility({ code: "ILUS-POSYANDU-1011912-1" })).id,
      ownPuskesmas: (await facility({ name: "Puskesmas Sumber Urip" })).id,
      samePuskesmasDistrict: (await facility({ name: "Puskesmas Curup" })).id,
      siblingPustu: siblingPustu.id,
      siblingPuskesmas: siblingPuskesmas.id,
      otherProvincePuskesmas: (await facility({ name: "Puskesmas Jekulo" })).id,
    },
    users: {
      national: await user("admin.nasional"),
      province: await user("provinsi.bengkulu"),
      districtAdmin: await user("admin.rejanglebong"),
      planner: await user("perencana.rejanglebong"),
      head: await user("kepala.sumberurip"),
      viewer: await ensureUser(owner, "pemantau.rejanglebong", "VIEWER", rejangLebong.id),
    },
  };
}

/** A user with one role at `regionId`, created if missing. */
export async function ensureUser(
  owner: PrismaClient,
  username: string,
  role: Role,
  regionId: string | null,
  puskesmasId: string | null = null,
): Promise<string> {
  const existing = await owner.user.findUnique({ where: { username }, select: { id: true } });
  if (existing) return existing.id;
  const created = await owner.user.create({
    data: {
      username,
      name: username,
      passwordHash: await hashPassword(TEST_PASSWORD),
      roles: { create: { role, regionId, puskesmasId } },
    },
    select: { id: true },
  });
  return created.id;
}

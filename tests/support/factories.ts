import crypto from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { facilitySearchText } from "@/lib/facilities/search-text";
import type { IlpStage, PrismaClient, Profession, Role, TargetKind } from "@/lib/generated/prisma/client";
import { TEST_PASSWORD } from "./tenancy-fixtures";

/**
 * Rows a test makes for itself, written as the table owner into the test file's
 * own database (a clone of the seeded demo). Each call makes new rows with fresh
 * codes and names, so a test never depends on rows another test made.
 */

const day = (text: string) => new Date(`${text}T00:00:00Z`);
let serial = 0;
/** A code nobody else uses: `<prefix>-<random>-<n>`, at most 32 characters. */
export const uniqueCode = (prefix: string) =>
  `${prefix}-${crypto.randomBytes(3).toString("hex")}-${++serial}`.slice(0, 32);

type District = { id: string; code: string; provinceId: string | null };
type Region = { id: string; code: string; districtId: string | null; provinceId: string | null };
type Facility = { id: string; districtId: string; kecamatanId: string | null };

/** A seeded kabupaten/kota by its code, e.g. "17.02" (Rejang Lebong). */
export function district(owner: PrismaClient, code: string): Promise<District> {
  return owner.region.findFirstOrThrow({
    where: { code, level: "KABUPATEN" },
    select: { id: true, code: true, provinceId: true },
  });
}

// Region codes are at most 13 characters: kecamatan "<district>.<80-99>", desa "<kecamatan>.<9001-9999>".
let kecamatanSerial = 0;
let desaSerial = 0;

/** A new kecamatan in `inDistrict`, coded `.80` to `.99`, above the seeded ones. */
export function createKecamatan(
  owner: PrismaClient,
  inDistrict: District,
  name = `Kecamatan Uji ${kecamatanSerial + 1}`,
): Promise<Region> {
  const number = 80 + (kecamatanSerial++ % 20);
  return owner.region.create({
    data: {
      code: `${inDistrict.code}.${number}`,
      name,
      level: "KECAMATAN",
      kind: "KECAMATAN",
      parentId: inDistrict.id,
      provinceId: inDistrict.provinceId,
      districtId: inDistrict.id,
    },
    select: { id: true, code: true, districtId: true, provinceId: true },
  });
}

/** A new desa in `kecamatan`. */
export function createDesa(
  owner: PrismaClient,
  kecamatan: Region,
  name = `Desa Uji ${desaSerial + 1}`,
): Promise<Region> {
  return owner.region.create({
    data: {
      code: `${kecamatan.code}.${9001 + desaSerial++}`,
      name,
      level: "DESA",
      kind: "DESA",
      parentId: kecamatan.id,
      provinceId: kecamatan.provinceId,
      districtId: kecamatan.districtId,
    },
    select: { id: true, code: true, districtId: true, provinceId: true },
  });
}

type FacilityOptions = { name?: string; stage?: IlpStage; stageSince?: string; openedOn?: string; closedAt?: string };

function facilityData(options: FacilityOptions, fallbackName: string) {
  const name = options.name ?? fallbackName;
  return {
    name,
    searchText: facilitySearchText(name),
    currentStage: options.stage ?? "BELUM",
    stageSince: options.stageSince ? day(options.stageSince) : null,
    openedOn: options.openedOn ? day(options.openedOn) : null,
    closedAt: options.closedAt ? day(options.closedAt) : null,
  };
}

/** A puskesmas in `kecamatan` (a new kecamatan of the district when not given). */
export async function createPuskesmas(
  owner: PrismaClient,
  inDistrict: District,
  options: FacilityOptions & { kecamatan?: Region } = {},
) {
  const kecamatan = options.kecamatan ?? (await createKecamatan(owner, inDistrict));
  const code = uniqueCode("UJI-PKM");
  return owner.facility.create({
    data: {
      districtId: inDistrict.id,
      type: "PUSKESMAS",
      code,
      kecamatanId: kecamatan.id,
      ...facilityData(options, `Puskesmas Uji ${code}`),
    },
  });
}

/** A pustu or posyandu under `parent`, in `desa` (a new desa of the parent's kecamatan when not given). */
export async function createChildFacility(
  owner: PrismaClient,
  type: "PUSTU" | "POSYANDU",
  parent: Facility,
  options: FacilityOptions & { desa?: Region } = {},
) {
  const desa =
    options.desa ??
    (await createDesa(
      owner,
      await owner.region.findUniqueOrThrow({
        where: { id: parent.kecamatanId! },
        select: { id: true, code: true, districtId: true, provinceId: true },
      }),
    ));
  const code = uniqueCode(type === "PUSTU" ? "UJI-PUSTU" : "UJI-POSY");
  return owner.facility.create({
    data: {
      districtId: parent.districtId,
      type,
      code,
      kecamatanId: parent.kecamatanId,
      desaId: desa.id,
      parentId: parent.id,
      ...facilityData(options, `${type === "PUSTU" ? "Pustu" : "Posyandu"} Uji ${code}`),
    },
  });
}

export const createPustu = (
  owner: PrismaClient,
  puskesmas: Facility,
  options: FacilityOptions & { desa?: Region } = {},
) => createChildFacility(owner, "PUSTU", puskesmas, options);

/** A health worker of `puskesmas`, posted at `pustu` when given. */
export function createStaff(
  owner: PrismaClient,
  puskesmas: Facility,
  options: { profession?: Profession; pustu?: { id: string }; active?: boolean; name?: string } = {},
) {
  return owner.staff.create({
    data: {
      districtId: puskesmas.districtId,
      puskesmasId: puskesmas.id,
      name: options.name ?? `Tenaga Uji ${++serial}`,
      profession: options.profession ?? "PERAWAT",
      pustuId: options.pustu?.id ?? null,
      posting: options.pustu ? "PUSTU_MENETAP" : "PUSKESMAS",
      active: options.active ?? true,
    },
  });
}

/** A rollout target of `inDistrict` for `year`, due at the year's end unless told. */
export function createTarget(
  owner: PrismaClient,
  inDistrict: { id: string },
  options: { year: number; kind: TargetKind; targetCount?: number; deadline?: string },
) {
  return owner.rolloutTarget.create({
    data: {
      districtId: inDistrict.id,
      year: options.year,
      kind: options.kind,
      targetCount: options.targetCount ?? 1,
      deadline: day(options.deadline ?? `${options.year}-12-31`),
    },
  });
}

/** A new user with one role at `regionId` (and puskesmas), password TEST_PASSWORD. Returns the id and username. */
export async function createUser(
  owner: PrismaClient,
  role: Role,
  regionId: string | null,
  puskesmasId: string | null = null,
) {
  const username = `uji.${role.toLowerCase()}.${crypto.randomBytes(3).toString("hex")}`;
  const user = await owner.user.create({
    data: {
      username,
      name: username,
      passwordHash: await hashPassword(TEST_PASSWORD),
      roles: { create: { role, regionId, puskesmasId } },
    },
    select: { id: true, username: true },
  });
  return user;
}

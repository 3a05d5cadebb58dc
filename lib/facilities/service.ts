import type { Prisma } from "@/lib/generated/prisma/client";
import { ValidationError } from "@/lib/server/errors";
import { isUniqueViolation, parseOrThrow } from "@/lib/server/validation";
import { ZCreateFacility, type TCreateFacility } from "./schemas";
import { facilitySearchText } from "./search-text";

export const ALLOWED_PARENTS = { PUSKESMAS: [], PUSTU: ["PUSKESMAS"], POSYANDU: ["PUSTU", "PUSKESMAS"] } as const;

/**
 * Adds a facility to `districtId`, which the caller takes from the user's
 * scope, never from the request. Every place and parent named in the input
 * must lie in that district; otherwise a catalogue message explains why.
 */
export async function createFacility(
  tx: Prisma.TransactionClient,
  districtId: string,
  input: TCreateFacility,
): Promise<{ id: string }> {
  const data = parseOrThrow(ZCreateFacility, input);

  const desa = data.desaCode
    ? await tx.region.findFirst({
        where: { code: data.desaCode, level: "DESA" },
        select: { id: true, parentId: true, districtId: true },
      })
    : null;
  if (data.desaCode && (!desa || desa.districtId !== districtId))
    throw new ValidationError("errors.desaOutsideDistrict", "desaCode");
  if (data.type !== "PUSKESMAS" && !desa) throw new ValidationError("errors.desaRequired", "desaCode");

  const kecamatanCode = data.kecamatanCode ?? null;
  const kecamatan = kecamatanCode
    ? await tx.region.findFirst({
        where: { code: kecamatanCode, level: "KECAMATAN" },
        select: { id: true, districtId: true },
      })
    : null;
  if (kecamatanCode && (!kecamatan || kecamatan.districtId !== districtId))
    throw new ValidationError("errors.kecamatanOutsideDistrict", "kecamatanCode");
  const kecamatanId = kecamatan?.id ?? desa?.parentId ?? null;
  if (!kecamatanId) throw new ValidationError("errors.required", "kecamatanCode");

  const allowed: readonly string[] = ALLOWED_PARENTS[data.type];
  if (data.parentId || allowed.length > 0) {
    const parent = data.parentId
      ? await tx.facility.findFirst({ where: { id: data.parentId, districtId }, select: { type: true } })
      : null;
    if (!parent || !allowed.includes(parent.type)) throw new ValidationError("errors.parentInvalid", "parentId");
  }

  try {
    const created = await tx.facility.create({
      data: {
        districtId,
        type: data.type,
        code: data.code,
        name: data.name,
        aliases: data.aliases,
        searchText: facilitySearchText(data.name, data.aliases),
        kecamatanId,
        desaId: desa?.id ?? null,
        parentId: data.parentId ?? null,
        hasInpatient: data.type === "PUSKESMAS" ? (data.hasInpatient ?? null) : null,
      },
      select: { id: true },
    });
    return created;
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ValidationError("errors.facilityDuplicate", "code", { type: data.type.toLowerCase(), code: data.code });
    throw error;
  }
}

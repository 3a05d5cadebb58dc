import type { Prisma } from "@/lib/generated/prisma/client";
import { ZCreateRegion, type TCreateRegion } from "@/lib/facilities/schemas";
import { ValidationError } from "@/lib/server/errors";
import { parseRegionCode } from "./codes";
import { isUniqueViolation, parseOrThrow } from "@/lib/server/validation";

/** Adds a region under an existing parent. Refuses malformed or taken codes with a catalogue message. */
export async function createRegion(tx: Prisma.TransactionClient, input: TCreateRegion): Promise<{ id: string }> {
  const data = parseOrThrow(ZCreateRegion, input);
  const parsed = parseRegionCode(data.code);
  if (!parsed) throw new ValidationError("errors.regionCode", "code", { code: data.code });
  const parent = parsed.parentCode
    ? await tx.region.findUnique({
        where: { code: parsed.parentCode },
        select: { id: true, provinceId: true, districtId: true },
      })
    : null;
  if (parsed.parentCode && !parent)
    throw new ValidationError("errors.regionParentMissing", "code", { code: parsed.parentCode });

  const id = crypto.randomUUID();
  try {
    await tx.region.create({
      data: {
        id,
        code: parsed.code,
        name: data.name,
        level: parsed.level,
        kind: parsed.kind,
        parentId: parent?.id ?? null,
        provinceId: parsed.level === "PROVINSI" ? null : (parent?.provinceId ?? parent?.id ?? null),
        districtId:
          parsed.level === "KABUPATEN" ? id : parsed.level === "PROVINSI" ? null : (parent?.districtId ?? null),
      },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError("errors.regionDuplicate", "code", { code: parsed.code });
    throw error;
  }
  return { id };
}

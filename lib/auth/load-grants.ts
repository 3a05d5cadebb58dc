import type { Prisma } from "@/lib/generated/prisma/client";
import type { Grant } from "./scope";

export type StoredGrant = Grant & { assignmentId: string };

/** A user's role assignments with each place resolved to its province and district. */
export async function loadGrants(client: Prisma.TransactionClient, userId: string): Promise<StoredGrant[]> {
  const assignments = await client.roleAssignment.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      role: true,
      puskesmasId: true,
      region: { select: { id: true, level: true, provinceId: true } },
    },
  });
  return assignments.map(({ id, role, puskesmasId, region }) => {
    if (!region) return { assignmentId: id, role, puskesmasId: null, districtId: null, provinceId: null };
    if (region.level === "PROVINSI")
      return { assignmentId: id, role, puskesmasId, districtId: null, provinceId: region.id };
    return { assignmentId: id, role, puskesmasId, districtId: region.id, provinceId: region.provinceId };
  });
}

import "server-only";
import { z } from "zod";
import type { IlpStage } from "@/lib/generated/prisma/client";
import { canReadPuskesmas } from "@/lib/auth/scope";
import { NotFoundError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/scoped-db";

export type PuskesmasDetail = {
  id: string;
  code: string;
  name: string;
  aliases: string[];
  currentStage: IlpStage;
  stageSince: Date | null;
  placementVerified: boolean;
  placementNote: string | null;
  district: { code: string; name: string };
  kecamatan: { name: string } | null;
  desa: { name: string } | null;
  history: { id: string; fromStage: IlpStage | null; toStage: IlpStage; effectiveDate: Date; note: string; source: string | null }[];
  staffByCluster: { clusterId: number; clusterName: string; members: { id: string; name: string; profession: string; role: string; unit: string | null; isIllustrative: boolean }[] }[];
  pustu: { id: string; name: string; isIllustrative: boolean; currentStage: IlpStage }[];
};

/** One puskesmas the user may read, with its stage history and roster by cluster; otherwise "not found". */
export async function getPuskesmasDetail(ctx: Ctx, id: string): Promise<PuskesmasDetail> {
  if (!z.uuid().safeParse(id).success) throw new NotFoundError("puskesmas");
  const client = ctx.db;
  const puskesmas = await client.facility.findFirst({
    where: { id, type: "PUSKESMAS" },
    select: {
      id: true,
      code: true,
      name: true,
      aliases: true,
      districtId: true,
      currentStage: true,
      stageSince: true,
      placementVerified: true,
      placementNote: true,
      kecamatan: { select: { name: true } },
      desa: { select: { name: true } },
      stageChanges: { orderBy: { effectiveDate: "desc" }, select: { id: true, fromStage: true, toStage: true, effectiveDate: true, note: true, source: true } },
      children: { where: { type: "PUSTU", closedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true, isIllustrative: true, currentStage: true } },
    },
  });
  if (!puskesmas) throw new NotFoundError("puskesmas");
  const district = await client.region.findUnique({ where: { id: puskesmas.districtId }, select: { code: true, name: true } });
  if (!district || !canReadPuskesmas(ctx.scope, { id: puskesmas.id, districtId: puskesmas.districtId })) {
    throw new NotFoundError("puskesmas");
  }
  const clusters = await client.cluster.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true } });
  const assignments = await client.clusterAssignment.findMany({
      where: { districtId: puskesmas.districtId, staff: { puskesmasId: puskesmas.id, active: true }, effectiveTo: null },
      orderBy: [{ role: "asc" }, { staff: { name: "asc" } }],
      select: {
        clusterId: true,
        role: true,
        unit: { select: { name: true } },
        staff: { select: { id: true, name: true, profession: true, isIllustrative: true } },
      },
    });
  return {
    ...puskesmas,
    district: { code: district.code, name: district.name },
    history: puskesmas.stageChanges,
    pustu: puskesmas.children,
    staffByCluster: clusters.map((cluster) => ({
      clusterId: cluster.id,
      clusterName: cluster.name,
      members: assignments
        .filter((assignment) => assignment.clusterId === cluster.id)
        .map((assignment) => ({ ...assignment.staff, role: assignment.role, unit: assignment.unit?.name ?? null })),
    })),
  };
}

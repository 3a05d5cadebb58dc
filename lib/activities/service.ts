import type { z } from "zod";
import { requireDistrict } from "@/lib/auth/guards";
import { NotFoundError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/scoped-db";
import type { ZCreateActivity } from "./schemas";

/**
 * Logs an activity (sosialisasi, pelatihan, kaji banding, penyuluhan) of a
 * district with the facilities that took part. Every facility id must belong to
 * that district: one foreign id and nothing is written ("not found").
 */
export async function createActivity(ctx: Ctx, input: z.output<typeof ZCreateActivity>): Promise<{ id: string }> {
  const district = await requireDistrict(ctx, { code: input.districtCode }, "activity.write");

  const facilityIds = [...new Set(input.facilityIds)];
  const found = await ctx.db.facility.count({ where: { id: { in: facilityIds }, districtId: district.id } });
  if (found !== facilityIds.length) throw new NotFoundError("facility");

  const activity = await ctx.db.activity.create({
    data: {
      districtId: district.id,
      type: input.type,
      title: input.title,
      date: input.date,
      place: input.place ?? null,
      participantCount: input.participantCount ?? null,
      note: input.note ?? null,
    },
    select: { id: true },
  });
  await ctx.db.activityFacility.createMany({ data: facilityIds.map((facilityId) => ({ districtId: district.id, activityId: activity.id, facilityId })) });
  return activity;
}

import "server-only";
import type { Ctx } from "@/lib/server/scoped-db";
import { timeZoneOfRegion, todayIn, type IndonesianTimeZone } from "./index";

/** A district's time zone (from its province) and today there, by the district's id. */
export async function districtClock(
  ctx: Ctx,
  districtId: string,
): Promise<{ timeZone: IndonesianTimeZone; today: Date }> {
  const district = await ctx.db.region.findUnique({ where: { id: districtId }, select: { code: true } });
  const timeZone = timeZoneOfRegion(district?.code);
  return { timeZone, today: todayIn(timeZone) };
}

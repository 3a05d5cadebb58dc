"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/server/action-client";
import { changeFacilityStage } from "./stage-service";
import { ZChangeStage, type TChangeStage } from "./stage-schemas";

/** Moves a facility to another ILP stage (planner: any of the district's; head: own pustu and posyandu). */
export async function changeStageAction(input: TChangeStage) {
  const result = await runAction(ZChangeStage, input, (ctx, data) => changeFacilityStage(ctx, data));
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

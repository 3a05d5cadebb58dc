"use server";

import { revalidateAfter, runAction } from "@/lib/server/action-client";
import { ZCreateActivity, type TCreateActivity } from "./schemas";
import { createActivity } from "./service";

/** Logs a district activity with the facilities that took part (planners of that district). */
export async function createActivityAction(input: TCreateActivity) {
  return revalidateAfter(runAction(ZCreateActivity, input, createActivity), "/kabupaten/[code]", "layout");
}

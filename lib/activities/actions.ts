"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/server/action-client";
import { ZCreateActivity, type TCreateActivity } from "./schemas";
import { createActivity } from "./service";

/** Logs a district activity with the facilities that took part (planners of that district). */
export async function createActivityAction(input: TCreateActivity) {
  const result = await runAction(ZCreateActivity, input, createActivity);
  if (result.ok) revalidatePath("/kabupaten/[code]", "page");
  return result;
}

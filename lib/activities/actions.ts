"use server";

import { revalidateAfter, runAction } from "@/lib/server/action-client";
import {
  ZCompleteActivity,
  ZCorrectActivity,
  ZCreateActivity,
  ZVoidActivity,
  type TCompleteActivity,
  type TCorrectActivity,
  type TCreateActivity,
  type TVoidActivity,
} from "./schemas";
import { completeActivity, correctActivity, createActivity, voidActivity } from "./service";

const REVALIDATE = ["/kabupaten/[code]", "layout"] as const;

/** Logs a district activity with the facilities that took part (planners of that district). */
export async function createActivityAction(input: TCreateActivity) {
  return revalidateAfter(runAction(ZCreateActivity, input, createActivity), ...REVALIDATE);
}

/** Corrects an activity, with a reason; the previous values stay in its history. */
export async function correctActivityAction(input: TCorrectActivity) {
  return revalidateAfter(runAction(ZCorrectActivity, input, correctActivity), ...REVALIDATE);
}

/** Voids an activity, with a reason (the form asks for confirmation first). */
export async function voidActivityAction(input: TVoidActivity) {
  return revalidateAfter(runAction(ZVoidActivity, input, voidActivity), ...REVALIDATE);
}

/** Marks a planned activity done once its date has come. */
export async function completeActivityAction(input: TCompleteActivity) {
  return revalidateAfter(runAction(ZCompleteActivity, input, completeActivity), ...REVALIDATE);
}

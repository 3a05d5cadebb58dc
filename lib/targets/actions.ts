"use server";

import { revalidateAfter, runAction } from "@/lib/server/action-client";
import {
  ZCreateTarget,
  ZUpdateTarget,
  ZVoidTarget,
  type TCreateTarget,
  type TUpdateTarget,
  type TVoidTarget,
} from "./schemas";
import { createTarget, updateTarget, voidTarget } from "./service";

const REVALIDATE = ["/kabupaten/[code]", "layout"] as const;

export async function createTargetAction(input: TCreateTarget) {
  return revalidateAfter(runAction(ZCreateTarget, input, createTarget), ...REVALIDATE);
}

/** Corrects a target, with a reason; the previous values stay in its history. */
export async function updateTargetAction(input: TUpdateTarget) {
  return revalidateAfter(runAction(ZUpdateTarget, input, updateTarget), ...REVALIDATE);
}

/** Voids a target, with a reason (the form asks for confirmation first); nothing is deleted. */
export async function voidTargetAction(input: TVoidTarget) {
  return revalidateAfter(runAction(ZVoidTarget, input, voidTarget), ...REVALIDATE);
}

"use server";

import { revalidateAfter, runAction } from "@/lib/server/action-client";
import { ZCreateTarget, ZDeleteTarget, ZUpdateTarget, type TCreateTarget, type TDeleteTarget, type TUpdateTarget } from "./schemas";
import { createTarget, deleteTarget, updateTarget } from "./service";

const REVALIDATE = ["/kabupaten/[code]", "layout"] as const;

export async function createTargetAction(input: TCreateTarget) {
  return revalidateAfter(runAction(ZCreateTarget, input, createTarget), ...REVALIDATE);
}

export async function updateTargetAction(input: TUpdateTarget) {
  return revalidateAfter(runAction(ZUpdateTarget, input, updateTarget), ...REVALIDATE);
}

/** Deletes a target (the form asks for confirmation first). */
export async function deleteTargetAction(input: TDeleteTarget) {
  return revalidateAfter(runAction(ZDeleteTarget, input, deleteTarget), ...REVALIDATE);
}

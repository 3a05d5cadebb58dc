"use server";

import { revalidateAfter, runAction } from "@/lib/server/action-client";
import { ZCreateChecklistItem, ZUpdateChecklistItem, type TCreateChecklistItem, type TUpdateChecklistItem } from "./checklist-schemas";
import { createChecklistItem, updateChecklistItem } from "./checklist-service";

/** A national admin edits one item of the stage checklist (reference data). */
export async function updateChecklistItemAction(input: TUpdateChecklistItem) {
  return revalidateAfter(runAction(ZUpdateChecklistItem, input, updateChecklistItem), "/");
}

/** A national admin adds an item to a stage's checklist. */
export async function createChecklistItemAction(input: TCreateChecklistItem) {
  return revalidateAfter(runAction(ZCreateChecklistItem, input, createChecklistItem), "/");
}

"use server";

import { revalidateAfter, runAction } from "@/lib/server/action-client";
import { checkEvidence } from "@/lib/facilities/evidence";
import { addActivityAttachment, removeActivityAttachment } from "./attachment-service";
import {
  ZAddActivityAttachment,
  ZCompleteActivity,
  type TAddActivityAttachment,
  ZCorrectActivity,
  ZCreateActivity,
  ZDeleteActivity,
  ZRemoveActivityAttachment,
  ZVoidActivity,
  type TCompleteActivity,
  type TCorrectActivity,
  type TCreateActivity,
  type TDeleteActivity,
  type TRemoveActivityAttachment,
  type TVoidActivity,
} from "./schemas";
import { completeActivity, correctActivity, createActivity, deleteActivity, voidActivity } from "./service";

const REVALIDATE = ["/kabupaten/[code]", "layout"] as const;

/** Logs a district activity with the facilities that took part (planners of that district). */
export async function createActivityAction(input: TCreateActivity) {
  return revalidateAfter(runAction(ZCreateActivity, input, createActivity), ...REVALIDATE);
}

/** Edits an activity; with a reason, the previous values stay in its history as a correction. */
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

/** Deletes an activity (the form asks for confirmation first); the audit log keeps what it was. */
export async function deleteActivityAction(input: TDeleteActivity) {
  return revalidateAfter(runAction(ZDeleteActivity, input, deleteActivity), ...REVALIDATE);
}

/**
 * Attaches an undangan, daftar hadir or foto, checked like stage evidence. Takes the
 * form's FormData (activityId, kind, file) or a plain object (no file: refused).
 */
export async function addActivityAttachmentAction(input: TAddActivityAttachment | FormData) {
  const form = input instanceof FormData ? input : null;
  const file = form?.get("file");
  return revalidateAfter(
    runAction(
      ZAddActivityAttachment,
      form ? { activityId: form.get("activityId"), kind: form.get("kind") } : input,
      async (ctx, data) =>
        addActivityAttachment(
          ctx,
          data,
          file instanceof File && file.size > 0
            ? checkEvidence(file.name, new Uint8Array(await file.arrayBuffer()))
            : null,
        ),
    ),
    ...REVALIDATE,
  );
}

/** Removes an attachment (after a confirmation). */
export async function removeActivityAttachmentAction(input: TRemoveActivityAttachment) {
  return revalidateAfter(runAction(ZRemoveActivityAttachment, input, removeActivityAttachment), ...REVALIDATE);
}

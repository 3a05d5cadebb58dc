"use server";

import { revalidateAfter, runAction } from "@/lib/server/action-client";
import {
  ZCreateChecklistItem,
  ZUpdateChecklistItem,
  type TCreateChecklistItem,
  type TUpdateChecklistItem,
} from "./checklist-schemas";
import { createChecklistItem, updateChecklistItem } from "./checklist-service";
import { checkEvidence } from "./evidence";
import { closeFacility, createFacilityInDistrict, updateFacility } from "./manage-service";
import {
  ZCloseFacility,
  ZCreateFacilityInDistrict,
  ZUpdateFacility,
  type TCloseFacility,
  type TCreateFacilityInDistrict,
  type TUpdateFacility,
} from "./schemas";
import { changeFacilityStage, correctStageEntry, reviewStageProposal, voidStageEntry } from "./stage-service";
import {
  ZChangeStage,
  ZCorrectStageEntry,
  ZReviewProposal,
  ZVoidStageEntry,
  type TChangeStage,
  type TCorrectStageEntry,
  type TReviewProposal,
  type TVoidStageEntry,
} from "./stage-schemas";

/**
 * Moves a facility to another ILP stage (planner: any of the district's; head:
 * own pustu and posyandu) or, for a head's own puskesmas, proposes it. Takes the
 * form's FormData, with an optional evidence file, or a plain object.
 */
export async function changeStageAction(input: TChangeStage | FormData) {
  const { fields, file } = input instanceof FormData ? readStageForm(input) : { fields: input, file: null };
  return revalidateAfter(
    runAction(ZChangeStage, fields, async (ctx, data) =>
      changeFacilityStage(
        ctx,
        data,
        file ? checkEvidence(file.name, new Uint8Array(await file.arrayBuffer())) : undefined,
      ),
    ),
    "/",
  );
}

function readStageForm(form: FormData): { fields: Record<string, unknown>; file: File | null } {
  const evidence = form.get("evidence");
  return {
    fields: {
      facilityId: form.get("facilityId"),
      toStage: form.get("toStage"),
      effectiveDate: form.get("effectiveDate"),
      note: form.get("note"),
      version: Number(form.get("version")),
      // Ticked items arrive as "checklist" values; each item's evidence as "evidence:<code>".
      checklist: form
        .getAll("checklist")
        .map((code) => ({ code, evidence: form.get(`evidence:${String(code)}`) ?? undefined })),
      decreeIssuer: form.get("decreeIssuer") ?? undefined,
      decreeNumber: form.get("decreeNumber") ?? undefined,
      decreeDate: form.get("decreeDate") ?? undefined,
    },
    file: evidence instanceof File && evidence.size > 0 ? evidence : null,
  };
}

/** A planner verifies a head's stage proposal, or returns it with a reason. */
export async function reviewStageProposalAction(input: TReviewProposal) {
  return revalidateAfter(runAction(ZReviewProposal, input, reviewStageProposal), "/");
}

/** A planner corrects a verified stage entry (stage and date), with a reason; the original stays, marked. */
export async function correctStageEntryAction(input: TCorrectStageEntry) {
  return revalidateAfter(runAction(ZCorrectStageEntry, input, correctStageEntry), "/");
}

/** A planner voids a verified stage entry, with a reason; it stays in the history, marked. */
export async function voidStageEntryAction(input: TVoidStageEntry) {
  return revalidateAfter(runAction(ZVoidStageEntry, input, voidStageEntry), "/");
}

export async function createFacilityAction(input: TCreateFacilityInDistrict) {
  return revalidateAfter(runAction(ZCreateFacilityInDistrict, input, createFacilityInDistrict), "/");
}

export async function updateFacilityAction(input: TUpdateFacility) {
  return revalidateAfter(runAction(ZUpdateFacility, input, updateFacility), "/");
}

/** Closes a facility (the form asks for confirmation first). */
export async function closeFacilityAction(input: TCloseFacility) {
  return revalidateAfter(runAction(ZCloseFacility, input, closeFacility), "/");
}

/** A national admin edits one item of the stage checklist (reference data). */
export async function updateChecklistItemAction(input: TUpdateChecklistItem) {
  return revalidateAfter(runAction(ZUpdateChecklistItem, input, updateChecklistItem), "/");
}

/** A national admin adds an item to a stage's checklist. */
export async function createChecklistItemAction(input: TCreateChecklistItem) {
  return revalidateAfter(runAction(ZCreateChecklistItem, input, createChecklistItem), "/");
}

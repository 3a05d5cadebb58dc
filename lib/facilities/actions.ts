"use server";

import { revalidateAfter, runAction } from "@/lib/server/action-client";
import { checkEvidence } from "./evidence";
import { closeFacility, createFacilityInDistrict, updateFacility } from "./manage-service";
import { ZCloseFacility, ZCreateFacilityInDistrict, ZUpdateFacility, type TCloseFacility, type TCreateFacilityInDistrict, type TUpdateFacility } from "./schemas";
import { changeFacilityStage } from "./stage-service";
import { ZChangeStage, type TChangeStage } from "./stage-schemas";

/**
 * Moves a facility to another ILP stage (planner: any of the district's; head:
 * own pustu and posyandu). Takes the form's FormData, with an optional evidence
 * file, or a plain object.
 */
export async function changeStageAction(input: TChangeStage | FormData) {
  const { fields, file } = input instanceof FormData ? readStageForm(input) : { fields: input, file: null };
  return revalidateAfter(
    runAction(ZChangeStage, fields, async (ctx, data) =>
      changeFacilityStage(ctx, data, file ? checkEvidence(file.name, new Uint8Array(await file.arrayBuffer())) : undefined),
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
    },
    file: evidence instanceof File && evidence.size > 0 ? evidence : null,
  };
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

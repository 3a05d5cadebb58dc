"use server";

import { revalidateAfter, runAction } from "@/lib/server/action-client";
import { ZDistrictOffice, ZPuskesmasHead, type TDistrictOffice, type TPuskesmasHead } from "./schemas";
import { setDistrictOffice, setPuskesmasHead } from "./service";

/** Records the district's Dinas office, signing place and Kepala Dinas for its signature blocks. */
export async function setDistrictOfficeAction(input: TDistrictOffice) {
  return revalidateAfter(runAction(ZDistrictOffice, input, setDistrictOffice), "/kabupaten/[code]", "layout");
}

/** Chooses a puskesmas' head (Kepala Puskesmas) from its own staff. */
export async function setPuskesmasHeadAction(input: TPuskesmasHead) {
  return revalidateAfter(runAction(ZPuskesmasHead, input, setPuskesmasHead), "/puskesmas/[id]", "layout");
}

"use server";

import { revalidateAfter, runAction } from "@/lib/server/action-client";
import { ZDeclareComplete, ZWithdrawComplete, type TDeclareComplete, type TWithdrawComplete } from "./schemas";
import { declareComplete, withdrawComplete } from "./service";

const REVALIDATE = ["/kabupaten/[code]", "layout"] as const;

/** Declares a data area complete as of a date (the form asks for confirmation first). */
export async function declareCompleteAction(input: TDeclareComplete) {
  return revalidateAfter(runAction(ZDeclareComplete, input, declareComplete), ...REVALIDATE);
}

/** Withdraws a declaration (the form asks for confirmation first). */
export async function withdrawCompleteAction(input: TWithdrawComplete) {
  return revalidateAfter(runAction(ZWithdrawComplete, input, withdrawComplete), ...REVALIDATE);
}

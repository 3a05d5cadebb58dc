import type { IlpStage } from "@/lib/generated/prisma/enums";

/** ILP adoption stages in order, from nothing yet to fully implementing. */
export const STAGES = ["BELUM", "PERSIAPAN", "UJI_COBA", "MENERAPKAN"] as const satisfies readonly IlpStage[];

export function stageRank(stage: IlpStage): number {
  return STAGES.indexOf(stage);
}

export type StageTransitionCheck =
  | { ok: true; direction: "forward" | "backward" }
  | { ok: false; reason: "SAME_STAGE" | "REASON_REQUIRED" | "BEFORE_CURRENT" };

/**
 * Whether a facility may move from `from` to `to` on `effectiveDate`. Any move
 * forward is allowed (a facility may skip stages); a move backward needs a
 * reason; a change may not be dated before the facility's current stage began.
 */
export function checkStageTransition(input: {
  from: IlpStage;
  to: IlpStage;
  note: string;
  effectiveDate: Date;
  currentSince: Date | null;
}): StageTransitionCheck {
  if (input.from === input.to) return { ok: false, reason: "SAME_STAGE" };
  if (input.currentSince && input.effectiveDate < input.currentSince) return { ok: false, reason: "BEFORE_CURRENT" };
  if (stageRank(input.to) > stageRank(input.from)) return { ok: true, direction: "forward" };
  if (input.note.trim().length === 0) return { ok: false, reason: "REASON_REQUIRED" };
  return { ok: true, direction: "backward" };
}

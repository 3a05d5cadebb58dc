import type { TargetKind } from "@/lib/generated/prisma/client";

/**
 * Room for facilities planned but not yet recorded: a target may exceed today's
 * network by 10% or by 5, whichever is more. Desa are not planned, so targets
 * counted in desa get no margin.
 */
export function targetCeiling(kind: TargetKind, network: number): number {
  if (kind === "DESA_PUSTU_DIDAMPINGI" || kind === "DESA_DENGAN_PUSTU") return network;
  return network + Math.max(5, Math.ceil(network * 0.1));
}

export type TargetBound =
  { verdict: "ok" } | { verdict: "warn"; network: number } | { verdict: "refuse"; network: number; ceiling: number };

/** A target above the ceiling is refused; one above today's network only warns. */
export function checkTargetBound(kind: TargetKind, targetCount: number, network: number): TargetBound {
  const ceiling = targetCeiling(kind, network);
  if (targetCount > ceiling) return { verdict: "refuse", network, ceiling };
  if (targetCount > network) return { verdict: "warn", network };
  return { verdict: "ok" };
}

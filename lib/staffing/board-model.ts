import type { ClusterRole } from "@/lib/generated/prisma/enums";
import type { RulePlacement } from "./rules";
import type { TBoardEntry } from "./schemas";

/** One person's place on the board being edited (absent: unassigned). */
export type Place = { clusterId: number; unitId: number | null; role: ClusterRole; supportClusterId: number | null };
export type Places = Record<string, Place>;

/** A board column: "none", a cluster ("3"), or a Klaster 5 sub-unit ("5-54"). */
export const NONE = "none";
export const columnKey = (place: Pick<Place, "clusterId" | "unitId"> | undefined) =>
  !place ? NONE : place.unitId ? `${place.clusterId}-${place.unitId}` : String(place.clusterId);
export function parseColumn(key: string): { clusterId: number; unitId: number | null } | null {
  if (key === NONE) return null;
  const [cluster, unit] = key.split("-");
  return { clusterId: Number(cluster), unitId: unit ? Number(unit) : null };
}

/** Places from the assignments in force: own cluster and role, plus a supporting cluster if any. */
export function placesFrom(
  assignments: { staffId: string; clusterId: number; unitId: number | null; role: ClusterRole; supporting: boolean }[],
): Places {
  const places: Places = {};
  for (const row of assignments.filter((assignment) => !assignment.supporting))
    places[row.staffId] = { clusterId: row.clusterId, unitId: row.unitId, role: row.role, supportClusterId: null };
  for (const row of assignments.filter((assignment) => assignment.supporting))
    if (places[row.staffId]) places[row.staffId]!.supportClusterId = row.clusterId;
  return places;
}

/**
 * Moves a person to a column. A coordinator who moves becomes a member of the
 * new cluster (it may already have one); a support of the new own cluster is dropped.
 */
export function moveTo(places: Places, staffId: string, key: string): Places {
  const target = parseColumn(key);
  const next = { ...places };
  if (!target) {
    delete next[staffId];
    return next;
  }
  const before = places[staffId];
  const sameCluster = before?.clusterId === target.clusterId;
  next[staffId] = {
    ...target,
    role: sameCluster ? before!.role : "ANGGOTA",
    supportClusterId: before?.supportClusterId === target.clusterId ? null : (before?.supportClusterId ?? null),
  };
  return next;
}

/** Makes a person their cluster's one coordinator (the previous one becomes a member), or a member again. */
export function setCoordinator(places: Places, staffId: string, coordinator: boolean): Places {
  const place = places[staffId];
  if (!place) return places;
  const next: Places = {};
  for (const [id, other] of Object.entries(places)) {
    next[id] =
      coordinator && id !== staffId && other.clusterId === place.clusterId && other.role === "PENANGGUNG_JAWAB"
        ? { ...other, role: "ANGGOTA" }
        : other;
  }
  next[staffId] = { ...place, role: coordinator ? "PENANGGUNG_JAWAB" : "ANGGOTA" };
  return next;
}

export function setSupport(places: Places, staffId: string, supportClusterId: number | null): Places {
  const place = places[staffId];
  if (!place || supportClusterId === place.clusterId) return places;
  return { ...places, [staffId]: { ...place, supportClusterId } };
}

export function toPlacements(places: Places): RulePlacement[] {
  return Object.entries(places).flatMap(([staffId, place]) => [
    { staffId, clusterId: place.clusterId, role: place.role, supporting: false },
    ...(place.supportClusterId
      ? [{ staffId, clusterId: place.supportClusterId, role: "ANGGOTA" as const, supporting: true }]
      : []),
  ]);
}

export function toEntries(places: Places): TBoardEntry[] {
  return Object.entries(places).map(([staffId, place]) => ({ staffId, ...place }));
}

/** How many people's places differ between two boards. */
export function changedCount(before: Places, after: Places): number {
  const ids = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...ids].filter((id) => JSON.stringify(before[id] ?? null) !== JSON.stringify(after[id] ?? null)).length;
}

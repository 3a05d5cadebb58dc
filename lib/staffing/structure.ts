import type { Profession } from "@/lib/generated/prisma/enums";
import type { Board } from "./queries";

export type StructureMember = {
  id: string;
  name: string;
  nip: string | null;
  profession: Profession;
  unit: string | null;
  supporting: boolean;
};
export type StructureCluster = {
  id: number;
  name: string;
  coordinator: StructureMember | null;
  members: StructureMember[];
};

/**
 * The organisation structure by cluster (struktur organisasi) from a board:
 * each cluster's coordinator, then its members (own members first, by sub-unit
 * and name, then those who support it from another cluster).
 */
export function structureOf(board: Pick<Board, "clusters" | "staff" | "assignments">): StructureCluster[] {
  const person = new Map(board.staff.map((staff) => [staff.id, staff]));
  return board.clusters.map((cluster) => {
    const unitName = new Map(cluster.units.map((unit) => [unit.id, unit.name]));
    const rows = board.assignments
      .filter((assignment) => assignment.clusterId === cluster.id && person.has(assignment.staffId))
      .map((assignment) => {
        const staff = person.get(assignment.staffId)!;
        const member: StructureMember = {
          id: staff.id,
          name: staff.name,
          nip: staff.nip,
          profession: staff.profession,
          unit: assignment.unitId ? (unitName.get(assignment.unitId) ?? null) : null,
          supporting: assignment.supporting,
        };
        return { member, coordinator: assignment.role === "PENANGGUNG_JAWAB" && !assignment.supporting };
      });
    const members = rows
      .filter((row) => !row.coordinator)
      .map((row) => row.member)
      .sort(
        (a, b) =>
          Number(a.supporting) - Number(b.supporting) ||
          (a.unit ?? "").localeCompare(b.unit ?? "") ||
          a.name.localeCompare(b.name),
      );
    return {
      id: cluster.id,
      name: cluster.name,
      coordinator: rows.find((row) => row.coordinator)?.member ?? null,
      members,
    };
  });
}

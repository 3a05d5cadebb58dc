import { describe, expect, it } from "vitest";
import {
  changedCount,
  columnKey,
  moveTo,
  placesFrom,
  setCoordinator,
  setSupport,
  toEntries,
  toPlacements,
} from "@/lib/staffing/board-model";

const start = placesFrom([
  { staffId: "a", clusterId: 2, unitId: null, role: "PENANGGUNG_JAWAB", supporting: false },
  { staffId: "b", clusterId: 2, unitId: null, role: "ANGGOTA", supporting: false },
  { staffId: "c", clusterId: 5, unitId: 54, role: "ANGGOTA", supporting: false },
  { staffId: "c", clusterId: 3, unitId: null, role: "ANGGOTA", supporting: true },
]);

describe("the board being edited", () => {
  it("reads places, with a supporting cluster, and names columns", () => {
    expect(start.c).toEqual({ clusterId: 5, unitId: 54, role: "ANGGOTA", supportClusterId: 3 });
    expect([columnKey(start.a), columnKey(start.c), columnKey(undefined)]).toEqual(["2", "5-54", "none"]);
  });

  it("moves a person; a moving coordinator arrives as a member; 'none' unassigns", () => {
    const moved = moveTo(start, "a", "3");
    expect(moved.a).toEqual({ clusterId: 3, unitId: null, role: "ANGGOTA", supportClusterId: null });
    expect(moveTo(start, "c", "3").c).toMatchObject({ clusterId: 3, supportClusterId: null });
    expect(moveTo(start, "b", "none").b).toBeUndefined();
    expect(moveTo({}, "new", "2").new).toEqual({ clusterId: 2, unitId: null, role: "ANGGOTA", supportClusterId: null });
  });

  it("keeps one coordinator per cluster: the new one replaces the old", () => {
    const next = setCoordinator(start, "b", true);
    expect([next.a!.role, next.b!.role]).toEqual(["ANGGOTA", "PENANGGUNG_JAWAB"]);
    expect(setCoordinator(next, "b", false).b!.role).toBe("ANGGOTA");
    expect(setCoordinator(start, "nobody", true)).toBe(start);
  });

  it("never supports the person's own cluster", () => {
    expect(setSupport(start, "b", 2)).toBe(start);
    expect(setSupport(start, "b", 4).b!.supportClusterId).toBe(4);
  });

  it("turns into rule placements and save entries, and counts changed people", () => {
    expect(toPlacements(start)).toContainEqual({ staffId: "c", clusterId: 3, role: "ANGGOTA", supporting: true });
    expect(toEntries(start)).toHaveLength(3);
    expect(changedCount(start, setCoordinator(start, "b", true))).toBe(2);
    expect(changedCount(start, start)).toBe(0);
  });
});

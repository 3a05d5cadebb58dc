import { describe, expect, it } from "vitest";
import type { Profession } from "@/lib/generated/prisma/enums";
import {
  checkAllAssigned,
  checkBoard,
  checkCoordinators,
  checkK2Bidan,
  checkK3K4Clinical,
  checkPustuStaffing,
  readiness,
  type RuleInput,
  type RulePerson,
  type RulePlacement,
} from "@/lib/staffing/rules";
import { nipProblem } from "@/lib/staffing/nip";

const person = (
  id: string,
  profession: Profession,
  pustuId: string | null = null,
  posting: RulePerson["posting"] = pustuId ? "PUSTU_MENETAP" : "PUSKESMAS",
): RulePerson => ({ id, profession, posting, pustuId });
const place = (
  staffId: string,
  clusterId: number,
  role: RulePlacement["role"] = "ANGGOTA",
  supporting = false,
): RulePlacement => ({ staffId, clusterId, role, supporting });

/** A board that passes every rule: five coordinators, a bidan in K2, clinical staff in K3 and K4, a staffed pustu. */
function goodBoard(): RuleInput {
  return {
    staff: [
      person("dr", "DOKTER"),
      person("bd", "BIDAN"),
      person("pr", "PERAWAT"),
      person("sn", "SANITARIAN"),
      person("ap", "APOTEKER"),
      person("pp", "PERAWAT", "p1"),
      person("pb", "BIDAN", "p1", "PUSTU_TERJADWAL"),
    ],
    placements: [
      place("dr", 1, "PENANGGUNG_JAWAB"),
      place("bd", 2, "PENANGGUNG_JAWAB"),
      place("pr", 3, "PENANGGUNG_JAWAB"),
      place("sn", 4, "PENANGGUNG_JAWAB"),
      place("ap", 5, "PENANGGUNG_JAWAB"),
      place("pp", 4),
      place("pb", 2),
    ],
    pustu: [{ id: "p1", name: "Pustu Air Duku" }],
    allowSecondCluster: false,
  };
}

describe("every active staff member is assigned to one cluster", () => {
  it("passes when each person has exactly one own cluster", () => {
    expect(checkAllAssigned(goodBoard())).toEqual({ code: "ALL_ASSIGNED", passed: true, issues: [] });
  });
  it("names the unassigned and those in two own clusters", () => {
    const board = goodBoard();
    board.staff.push(person("new", "BIDAN"));
    board.placements.push(place("ap", 3));
    const result = checkAllAssigned(board);
    expect(result.passed).toBe(false);
    expect(result.issues).toEqual([
      { key: "unassigned", values: { count: 1 }, staffIds: ["new"] },
      { key: "severalClusters", values: { count: 1 }, staffIds: ["ap"] },
    ]);
  });
  it("allows one supporting cluster only where the puskesmas allows it", () => {
    const board = goodBoard();
    board.placements.push(place("pr", 4, "ANGGOTA", true));
    expect(checkAllAssigned(board).issues).toEqual([
      { key: "supportNotAllowed", values: { count: 1 }, staffIds: ["pr"] },
    ]);
    expect(checkAllAssigned({ ...board, allowSecondCluster: true }).passed).toBe(true);
  });
  it("refuses support of the person's own cluster, or as coordinator", () => {
    const board = { ...goodBoard(), allowSecondCluster: true };
    board.placements.push(place("pr", 3, "ANGGOTA", true), place("sn", 2, "PENANGGUNG_JAWAB", true));
    expect(checkAllAssigned(board).issues).toEqual([
      { key: "badSupport", values: { count: 2 }, staffIds: ["pr", "sn"] },
    ]);
  });
});

describe("every cluster has a coordinator", () => {
  it("passes with exactly one per cluster, ignoring supporting members", () => {
    const board = { ...goodBoard(), allowSecondCluster: true };
    board.placements.push(place("pr", 2, "ANGGOTA", true));
    expect(checkCoordinators(board).passed).toBe(true);
  });
  it("names clusters without one, and clusters with two", () => {
    const board = goodBoard();
    board.placements = board.placements.filter((placement) => placement.staffId !== "sn");
    board.placements.push(place("pp", 2, "PENANGGUNG_JAWAB"));
    board.placements = board.placements.filter(
      (placement) => !(placement.staffId === "pp" && placement.clusterId === 4),
    );
    const result = checkCoordinators(board);
    expect(result.passed).toBe(false);
    expect(result.issues).toEqual([
      { key: "severalCoordinators", values: { cluster: 2, count: 2 }, staffIds: ["bd", "pp"], clusterId: 2 },
      { key: "noCoordinator", values: { cluster: 4 }, staffIds: [], clusterId: 4 },
    ]);
  });
});

describe("Klaster 2 has at least one bidan", () => {
  it("passes with a bidan in Klaster 2, own or supporting", () => {
    expect(checkK2Bidan(goodBoard()).passed).toBe(true);
    const board = { ...goodBoard(), placements: [place("bd", 3), place("bd", 2, "ANGGOTA", true)] };
    expect(checkK2Bidan(board).passed).toBe(true);
  });
  it("fails without one, pointing at the bidan who could join", () => {
    const board = goodBoard();
    board.placements = board.placements.map((placement) =>
      placement.clusterId === 2 ? { ...placement, clusterId: 3 } : placement,
    );
    expect(checkK2Bidan(board)).toEqual({
      code: "K2_BIDAN",
      passed: false,
      issues: [{ key: "k2NoBidan", values: { count: 2 }, staffIds: ["bd", "pb"], clusterId: 2 }],
    });
  });
});

describe("Klaster 3 and Klaster 4 each have clinical staff", () => {
  it("passes with a perawat in each", () => {
    expect(checkK3K4Clinical(goodBoard()).passed).toBe(true);
  });
  it("names the cluster without any, pointing at clinical staff", () => {
    const board = goodBoard();
    board.placements = board.placements.filter((placement) => placement.staffId !== "pp");
    const result = checkK3K4Clinical(board);
    expect(result.passed).toBe(false);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ key: "noClinical", values: { cluster: 4 }, clusterId: 4 });
    expect(result.issues[0]!.staffIds.sort()).toEqual(["bd", "dr", "pb", "pp", "pr"]);
  });
  it("does not count a sanitarian or a pharmacist as clinical", () => {
    const board = { ...goodBoard(), placements: [place("sn", 3), place("ap", 4)] };
    expect(checkK3K4Clinical(board).issues.map((issue) => issue.clusterId)).toEqual([3, 4]);
  });
});

describe("every pustu has two staff including a perawat and a bidan", () => {
  it("passes with a posted perawat and a scheduled bidan", () => {
    expect(checkPustuStaffing(goodBoard()).passed).toBe(true);
  });
  it("fails with one worker, naming who is there and who is missing", () => {
    const board = goodBoard();
    board.staff = board.staff.filter((member) => member.id !== "pb");
    expect(checkPustuStaffing(board).issues).toEqual([
      {
        key: "pustuUnderstaffed",
        values: { pustu: "Pustu Air Duku", count: 1 },
        professions: ["BIDAN"],
        staffIds: ["pp"],
        pustuId: "p1",
      },
    ]);
  });
  it("fails with two perawat and no bidan, and ignores staff with a pustu but posted at the puskesmas", () => {
    const board = goodBoard();
    board.staff = board.staff.map((member) =>
      member.id === "pb" ? { ...member, profession: "PERAWAT" as const } : member,
    );
    board.staff.push(person("bx", "BIDAN", "p1", "PUSKESMAS"));
    expect(checkPustuStaffing(board).issues[0]).toMatchObject({
      values: { pustu: "Pustu Air Duku", count: 2 },
      professions: ["BIDAN"],
    });
  });
});

describe("readiness", () => {
  it("counts the rules that pass", () => {
    expect(readiness(checkBoard(goodBoard()))).toEqual({ passed: 5, total: 5 });
    const board = goodBoard();
    board.staff.push(person("new", "BIDAN"));
    expect(readiness(checkBoard(board))).toEqual({ passed: 4, total: 5 });
  });
});

describe("NIP", () => {
  it("accepts 18 digits of birth date, appointment month, sex and serial", () => {
    expect(nipProblem("198503122010012003")).toBeNull();
  });
  it("names what is wrong", () => {
    expect(nipProblem("19850312201001200")).toBe("staffing.errors.nipDigits");
    expect(nipProblem("19850312201001200X")).toBe("staffing.errors.nipDigits");
    expect(nipProblem("198502302010012003")).toBe("staffing.errors.nipDates");
    expect(nipProblem("198503122010132003")).toBe("staffing.errors.nipDates");
    expect(nipProblem("198503121990012003")).toBe("staffing.errors.nipDates");
    expect(nipProblem("198503122010013003")).toBe("staffing.errors.nipSex");
  });
});

import type { ClusterRole, Posting, Profession } from "@/lib/generated/prisma/enums";
import { pustuStaffing } from "@/lib/rules/pustu-staffed";

/**
 * The ILP staffing rules a puskesmas' cluster board is checked against, as
 * pure functions: the board runs them in the browser on every change, the
 * server on the saved state, and the district roll-up for every puskesmas.
 *
 * Assignment rule (decided here, documented in the README): every active staff
 * member has exactly one own cluster. Where the puskesmas allows it, a person
 * may also support one other cluster, always as a member, never as its
 * coordinator. Support counts toward "Klaster 2 has a bidan" and "Klaster 3/4
 * have clinical staff", not toward coordinators.
 */

export const CLUSTER_IDS = [1, 2, 3, 4, 5] as const;
/** Professions that deliver clinical care: doctors, dentists, nurses, dental nurses and midwives. */
export const CLINICAL_PROFESSIONS: readonly Profession[] = [
  "DOKTER",
  "DOKTER_GIGI",
  "PERAWAT",
  "PERAWAT_GIGI",
  "BIDAN",
];
export { PUSTU_MIN_STAFF, PUSTU_REQUIRED } from "@/lib/rules/pustu-staffed";

export type RulePerson = { id: string; profession: Profession; posting: Posting; pustuId: string | null };
export type RulePlacement = { staffId: string; clusterId: number; role: ClusterRole; supporting: boolean };
export type RuleInput = {
  /** Active staff only. */
  staff: RulePerson[];
  placements: RulePlacement[];
  pustu: { id: string; name: string }[];
  allowSecondCluster: boolean;
};

export type RuleCode = "ALL_ASSIGNED" | "COORDINATORS" | "K2_BIDAN" | "K3_K4_CLINICAL" | "PUSTU_STAFFING";
export const RULE_CODES: readonly RuleCode[] = [
  "ALL_ASSIGNED",
  "COORDINATORS",
  "K2_BIDAN",
  "K3_K4_CLINICAL",
  "PUSTU_STAFFING",
];

/**
 * Where each rule comes from, shown beside it: "sourced" rules restate a public
 * source (named in the message catalogue, staffing.rules.basis); "district" rules
 * are this application's or the district's own practice, never a Kemenkes rule.
 */
export const RULE_BASIS: Record<RuleCode, "sourced" | "district"> = {
  ALL_ASSIGNED: "sourced",
  COORDINATORS: "district",
  K2_BIDAN: "district",
  K3_K4_CLINICAL: "district",
  PUSTU_STAFFING: "sourced",
};

/** One finding: a catalogue key (under staffing.issues), its values, and the people, cluster or pustu it concerns. */
export type RuleIssue = {
  key: string;
  values: Record<string, string | number>;
  staffIds: string[];
  /** Professions the finding names; the screen shows their labels as `{missing}`, never the codes. */
  professions?: string[];
  clusterId?: number;
  pustuId?: string;
};
export type RuleResult = { code: RuleCode; passed: boolean; issues: RuleIssue[] };

const own = (placements: RulePlacement[]) => placements.filter((placement) => !placement.supporting);

export function checkAllAssigned(input: RuleInput): RuleResult {
  const unassigned: string[] = [];
  const several: string[] = [];
  const supportNotAllowed: string[] = [];
  const badSupport: string[] = [];
  for (const person of input.staff) {
    const mine = input.placements.filter((placement) => placement.staffId === person.id);
    const primary = own(mine);
    const support = mine.filter((placement) => placement.supporting);
    if (primary.length === 0) unassigned.push(person.id);
    if (primary.length > 1) several.push(person.id);
    if (support.length > 0 && !input.allowSecondCluster) supportNotAllowed.push(person.id);
    else if (
      support.length > 1 ||
      support.some(
        (placement) =>
          primary.some((main) => main.clusterId === placement.clusterId) || placement.role === "PENANGGUNG_JAWAB",
      )
    )
      badSupport.push(person.id);
  }
  const issues = [
    { key: "unassigned", staffIds: unassigned },
    { key: "severalClusters", staffIds: several },
    { key: "supportNotAllowed", staffIds: supportNotAllowed },
    { key: "badSupport", staffIds: badSupport },
  ]
    .filter((issue) => issue.staffIds.length > 0)
    .map((issue) => ({ ...issue, values: { count: issue.staffIds.length } }));
  return { code: "ALL_ASSIGNED", passed: issues.length === 0, issues };
}

export function checkCoordinators(input: RuleInput): RuleResult {
  const issues: RuleIssue[] = [];
  for (const clusterId of CLUSTER_IDS) {
    const coordinators = own(input.placements).filter(
      (placement) => placement.clusterId === clusterId && placement.role === "PENANGGUNG_JAWAB",
    );
    if (coordinators.length === 0)
      issues.push({ key: "noCoordinator", values: { cluster: clusterId }, staffIds: [], clusterId });
    if (coordinators.length > 1)
      issues.push({
        key: "severalCoordinators",
        values: { cluster: clusterId, count: coordinators.length },
        staffIds: coordinators.map((placement) => placement.staffId),
        clusterId,
      });
  }
  return { code: "COORDINATORS", passed: issues.length === 0, issues };
}

function professionOf(input: RuleInput): Map<string, Profession> {
  return new Map(input.staff.map((person) => [person.id, person.profession]));
}

/** People of `professions` in `clusterId` (own or supporting), and those elsewhere who could join it. */
function professionalsIn(input: RuleInput, clusterId: number, professions: readonly Profession[]) {
  const profession = professionOf(input);
  const inCluster = input.placements.filter(
    (placement) => placement.clusterId === clusterId && professions.includes(profession.get(placement.staffId)!),
  );
  const candidates = input.staff.filter((person) => professions.includes(person.profession)).map((person) => person.id);
  return { present: inCluster.length > 0, candidates };
}

export function checkK2Bidan(input: RuleInput): RuleResult {
  const { present, candidates } = professionalsIn(input, 2, ["BIDAN"]);
  return {
    code: "K2_BIDAN",
    passed: present,
    issues: present
      ? []
      : [{ key: "k2NoBidan", values: { count: candidates.length }, staffIds: candidates, clusterId: 2 }],
  };
}

export function checkK3K4Clinical(input: RuleInput): RuleResult {
  const issues: RuleIssue[] = [];
  for (const clusterId of [3, 4]) {
    const { present, candidates } = professionalsIn(input, clusterId, CLINICAL_PROFESSIONS);
    if (!present) issues.push({ key: "noClinical", values: { cluster: clusterId }, staffIds: candidates, clusterId });
  }
  return { code: "K3_K4_CLINICAL", passed: issues.length === 0, issues };
}

export { pustuStaffing };

export function checkPustuStaffing(input: RuleInput): RuleResult {
  const issues: RuleIssue[] = [];
  for (const pustu of input.pustu) {
    const staffing = pustuStaffing(input.staff, pustu.id);
    if (!staffing.ok) {
      issues.push({
        key: "pustuUnderstaffed",
        values: { pustu: pustu.name, count: staffing.count },
        professions: staffing.missing,
        staffIds: staffing.staffIds,
        pustuId: pustu.id,
      });
    }
  }
  return { code: "PUSTU_STAFFING", passed: issues.length === 0, issues };
}

/** Every rule, in the order the board shows them. */
export function checkBoard(input: RuleInput): RuleResult[] {
  return [
    checkAllAssigned(input),
    checkCoordinators(input),
    checkK2Bidan(input),
    checkK3K4Clinical(input),
    checkPustuStaffing(input),
  ];
}

/** The readiness score: how many rules pass, of how many. */
export function readiness(results: RuleResult[]): { passed: number; total: number } {
  return { passed: results.filter((result) => result.passed).length, total: results.length };
}

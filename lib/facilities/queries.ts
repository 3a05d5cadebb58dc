import "server-only";
import { z } from "zod";
import type {
  DecreeIssuer,
  FacilityType,
  IlpStage,
  StageChangeStatus,
  StageRetraction,
} from "@/lib/generated/prisma/client";
import { can } from "@/lib/auth/permissions";
import { requireEvidence, requireFacility, requirePuskesmas } from "@/lib/auth/guards";
import type { Ctx } from "@/lib/server/scoped-db";
import { evidenceContent } from "./evidence-store";

export type StageHistoryEntry = {
  id: string;
  fromStage: IlpStage | null;
  toStage: IlpStage;
  effectiveDate: Date;
  note: string;
  source: string | null;
  changedBy: string | null;
  createdAt: Date;
  evidence: { id: string; fileName: string }[];
  /** PROPOSED waits for a planner ("menunggu verifikasi"); RETURNED never counts. */
  status: StageChangeStatus;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  reviewNote: string | null;
  checklist: { code: string; evidence?: string }[];
  decree: { issuer: DecreeIssuer; number: string; date: Date } | null;
  /** Corrected or voided: shown, marked, and no longer counted. */
  retraction: { kind: StageRetraction; at: Date; by: string | null; reason: string } | null;
  correctsId: string | null;
};

export type PuskesmasDetail = {
  id: string;
  code: string;
  name: string;
  aliases: string[];
  version: number;
  currentStage: IlpStage;
  stageSince: Date | null;
  placementVerified: boolean;
  placementNote: string | null;
  district: { code: string; name: string };
  kecamatan: { name: string } | null;
  desa: { name: string } | null;
  history: StageHistoryEntry[];
  openedOn: Date | null;
  stage: StageAbilities;
  staffByCluster: {
    clusterId: number;
    clusterName: string;
    members: {
      id: string;
      name: string;
      profession: string;
      role: string;
      unit: string | null;
      isIllustrative: boolean;
    }[];
  }[];
  /** Its pustu and posyandu (also those under its pustu). */
  network: {
    id: string;
    type: FacilityType;
    name: string;
    desa: string | null;
    isIllustrative: boolean;
    currentStage: IlpStage;
    version: number;
    openedOn: Date | null;
    history: StageHistoryEntry[];
    stage: StageAbilities;
  }[];
  /** What the user may change here. */
  may: { changeOwnStage: boolean; changeNetworkStage: boolean };
};

const HISTORY_SELECT = {
  orderBy: [{ effectiveDate: "desc" as const }, { createdAt: "desc" as const }],
  select: {
    id: true,
    fromStage: true,
    toStage: true,
    effectiveDate: true,
    note: true,
    source: true,
    changedBy: { select: { name: true } },
    createdAt: true,
    evidence: { select: { id: true, fileName: true } },
    status: true,
    reviewedBy: { select: { name: true } },
    reviewedAt: true,
    reviewNote: true,
    checklist: true,
    decreeIssuer: true,
    decreeNumber: true,
    decreeDate: true,
    retractedAs: true,
    retractedAt: true,
    retractedBy: { select: { name: true } },
    retractionReason: true,
    correctsId: true,
  },
};

type HistoryRow = {
  id: string;
  fromStage: IlpStage | null;
  toStage: IlpStage;
  effectiveDate: Date;
  note: string;
  source: string | null;
  changedBy: { name: string } | null;
  createdAt: Date;
  evidence: { id: string; fileName: string }[];
  status: StageChangeStatus;
  reviewedBy: { name: string } | null;
  reviewedAt: Date | null;
  reviewNote: string | null;
  checklist: unknown;
  decreeIssuer: DecreeIssuer | null;
  decreeNumber: string | null;
  decreeDate: Date | null;
  retractedAs: StageRetraction | null;
  retractedAt: Date | null;
  retractedBy: { name: string } | null;
  retractionReason: string | null;
  correctsId: string | null;
};

const ZStoredChecklist = z.array(z.object({ code: z.string(), evidence: z.string().optional() })).catch([]);

function toHistory(entries: HistoryRow[]): StageHistoryEntry[] {
  return entries.map((entry) => ({
    id: entry.id,
    fromStage: entry.fromStage,
    toStage: entry.toStage,
    effectiveDate: entry.effectiveDate,
    note: entry.note,
    source: entry.source,
    changedBy: entry.changedBy?.name ?? null,
    createdAt: entry.createdAt,
    evidence: entry.evidence,
    status: entry.status,
    reviewedBy: entry.reviewedBy?.name ?? null,
    reviewedAt: entry.reviewedAt,
    reviewNote: entry.reviewNote,
    checklist: ZStoredChecklist.parse(entry.checklist),
    decree:
      entry.decreeIssuer && entry.decreeNumber && entry.decreeDate
        ? { issuer: entry.decreeIssuer, number: entry.decreeNumber, date: entry.decreeDate }
        : null,
    retraction:
      entry.retractedAs && entry.retractedAt
        ? {
            kind: entry.retractedAs,
            at: entry.retractedAt,
            by: entry.retractedBy?.name ?? null,
            reason: entry.retractionReason ?? "",
          }
        : null,
    correctsId: entry.correctsId,
  }));
}

/** What the user may do with a facility's stage: change it, propose it (a head, own puskesmas), review and correct entries (a planner). */
export type StageAbilities = { change: boolean; propose: boolean; review: boolean };

function stageAbilities(
  ctx: Ctx,
  facility: { type: FacilityType; districtId: string; closed: boolean },
  puskesmasId: string | null | undefined,
): StageAbilities {
  if (facility.closed) return { change: false, propose: false, review: false };
  const planner = can(ctx.scope, "stage.verify", { districtId: facility.districtId });
  const head = can(ctx.scope, "stage.write", { districtId: facility.districtId, puskesmasId });
  const propose =
    !planner &&
    facility.type === "PUSKESMAS" &&
    can(ctx.scope, "stage.propose", { districtId: facility.districtId, puskesmasId });
  return { change: planner || (facility.type !== "PUSKESMAS" && head), propose, review: planner };
}

/** One puskesmas the user may read, with its history, roster by cluster and network; otherwise "not found". */
export async function getPuskesmasDetail(ctx: Ctx, id: string): Promise<PuskesmasDetail> {
  await requirePuskesmas(ctx, id);
  const client = ctx.db;
  const puskesmas = await client.facility.findFirstOrThrow({
    where: { id, type: "PUSKESMAS" },
    select: {
      id: true,
      code: true,
      name: true,
      aliases: true,
      version: true,
      districtId: true,
      currentStage: true,
      stageSince: true,
      openedOn: true,
      placementVerified: true,
      placementNote: true,
      kecamatan: { select: { name: true } },
      desa: { select: { name: true } },
      stageChanges: HISTORY_SELECT,
    },
  });
  const district = await client.region.findUniqueOrThrow({
    where: { id: puskesmas.districtId },
    select: { code: true, name: true },
  });
  const network = await client.facility.findMany({
    where: {
      districtId: puskesmas.districtId,
      closedAt: null,
      OR: [{ parentId: puskesmas.id }, { parent: { parentId: puskesmas.id } }],
    },
    orderBy: [{ type: "asc" }, { name: "asc" }],
    select: {
      id: true,
      type: true,
      name: true,
      isIllustrative: true,
      currentStage: true,
      version: true,
      openedOn: true,
      desa: { select: { name: true } },
      stageChanges: HISTORY_SELECT,
    },
  });
  const clusters = await client.cluster.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true } });
  const assignments = await client.clusterAssignment.findMany({
    where: { districtId: puskesmas.districtId, staff: { puskesmasId: puskesmas.id, active: true }, effectiveTo: null },
    orderBy: [{ role: "asc" }, { staff: { name: "asc" } }],
    select: {
      clusterId: true,
      role: true,
      unit: { select: { name: true } },
      staff: { select: { id: true, name: true, profession: true, isIllustrative: true } },
    },
  });
  const { stageChanges, districtId, ...rest } = puskesmas;
  const plannerHere = can(ctx.scope, "stage.write", { districtId });
  return {
    ...rest,
    district: { code: district.code, name: district.name },
    history: toHistory(stageChanges),
    stage: stageAbilities(ctx, { type: "PUSKESMAS", districtId, closed: false }, puskesmas.id),
    network: network.map(({ stageChanges: changes, desa, ...facility }) => ({
      ...facility,
      desa: desa?.name ?? null,
      history: toHistory(changes),
      stage: stageAbilities(ctx, { type: facility.type, districtId, closed: false }, puskesmas.id),
    })),
    may: {
      changeOwnStage: plannerHere,
      changeNetworkStage: plannerHere || can(ctx.scope, "stage.write", { districtId, puskesmasId: puskesmas.id }),
    },
    staffByCluster: clusters.map((cluster) => ({
      clusterId: cluster.id,
      clusterName: cluster.name,
      members: assignments
        .filter((assignment) => assignment.clusterId === cluster.id)
        .map((assignment) => ({ ...assignment.staff, role: assignment.role, unit: assignment.unit?.name ?? null })),
    })),
  };
}

/** An evidence file the user may read (by its district); otherwise "not found". */
export async function getEvidenceFile(
  ctx: Ctx,
  id: string,
): Promise<{ fileName: string; contentType: string; content: Uint8Array }> {
  await requireEvidence(ctx, id);
  const file = await ctx.db.evidenceFile.findFirstOrThrow({
    where: { id },
    select: { fileName: true, contentType: true, content: true, storageKey: true },
  });
  return { fileName: file.fileName, contentType: file.contentType, content: await evidenceContent(file) };
}

export type FacilityDetail = {
  id: string;
  type: FacilityType;
  code: string;
  name: string;
  aliases: string[];
  version: number;
  currentStage: IlpStage;
  hasInpatient: boolean | null;
  openedOn: Date | null;
  accompaniedSince: Date | null;
  closedAt: Date | null;
  placementVerified: boolean;
  isIllustrative: boolean;
  district: { code: string; name: string };
  desa: { code: string; name: string } | null;
  puskesmas: { id: string; name: string } | null;
  history: StageHistoryEntry[];
  stage: StageAbilities;
  may: { edit: boolean; changeStage: boolean };
};

/** Any facility the user may read (a head: their puskesmas' network), for its detail and edit page. */
export async function getFacilityDetail(ctx: Ctx, id: string): Promise<FacilityDetail> {
  const { target } = await requireFacility(ctx, id);
  const facility = await ctx.db.facility.findFirstOrThrow({
    where: { id },
    select: {
      id: true,
      type: true,
      code: true,
      name: true,
      aliases: true,
      version: true,
      currentStage: true,
      hasInpatient: true,
      openedOn: true,
      accompaniedSince: true,
      closedAt: true,
      placementVerified: true,
      isIllustrative: true,
      districtId: true,
      desa: { select: { code: true, name: true } },
      parent: { select: { id: true, name: true, type: true, parent: { select: { id: true, name: true } } } },
      stageChanges: HISTORY_SELECT,
    },
  });
  const puskesmas =
    facility.type === "PUSKESMAS"
      ? { id: facility.id, name: facility.name }
      : facility.parent?.type === "PUSKESMAS"
        ? { id: facility.parent.id, name: facility.parent.name }
        : (facility.parent?.parent ?? null);
  const district = await ctx.db.region.findUniqueOrThrow({
    where: { id: facility.districtId },
    select: { code: true, name: true },
  });
  const { stageChanges, districtId } = facility;
  return {
    id: facility.id,
    type: facility.type,
    code: facility.code,
    name: facility.name,
    aliases: facility.aliases,
    version: facility.version,
    currentStage: facility.currentStage,
    hasInpatient: facility.hasInpatient,
    openedOn: facility.openedOn,
    accompaniedSince: facility.accompaniedSince,
    closedAt: facility.closedAt,
    placementVerified: facility.placementVerified,
    isIllustrative: facility.isIllustrative,
    desa: facility.desa,
    district,
    puskesmas: facility.type === "PUSKESMAS" ? null : puskesmas,
    history: toHistory(stageChanges),
    stage: stageAbilities(ctx, { type: facility.type, districtId, closed: Boolean(facility.closedAt) }, puskesmas?.id),
    may: {
      edit: can(ctx.scope, "facility.write", { districtId }),
      changeStage: !facility.closedAt && can(ctx.scope, "stage.write", target),
    },
  };
}

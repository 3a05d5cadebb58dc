import "server-only";
import { todayIn, timeZoneOfRegion } from "@/lib/dates";
import { getDistrictIndicators } from "@/lib/indicators/queries";
import type { IndicatorFacts } from "@/lib/indicators/definitions";
import {
  getDistrictByCode,
  listDistrictPuskesmas,
  type DistrictSummary,
  type PuskesmasRow,
} from "@/lib/rollout/queries";
import { ZPuskesmasFilters } from "@/lib/rollout/schemas";
import { placeOf } from "@/lib/regions/place-name";
import type { Ctx } from "@/lib/server/scoped-db";
import { PUSTU_REQUIRED } from "@/lib/rules/pustu-staffed";
import { getDistrictOffice, type DistrictOfficeRow } from "@/lib/signers/queries";
import { understaffedPustu } from "./aggregates";
import { getDistrictDashboard, type DistrictDashboard } from "./queries";
import { asOfOrToday } from "./schemas";

/**
 * Who signs the report: the district's recorded office, place and Kepala Dinas (lib/signers). Name and NIP only
 * when recorded, never made up: an empty one prints as a marked blank line. `title` and `office` are null when
 * not recorded (the usual "Kepala" / "Dinas Kesehatan <district>" is printed then).
 */
export type SignatureBlock = {
  place: string;
  date: Date;
  district: string;
  office: string | null;
  title: string | null;
  name: string | null;
  nip: string | null;
};

export type DistrictReport = {
  district: DistrictSummary;
  dashboard: DistrictDashboard;
  facts: IndicatorFacts;
  puskesmas: PuskesmasRow[];
  /** Every pustu below the staffing standard as of the report's date (not only the dashboard's preview). */
  understaffed: { name: string; desa: string | null; staff: number; missing: string[]; isIllustrative: boolean }[];
  signature: SignatureBlock;
  /** The recorded office row (with its version, for the signatory form); null while nothing is recorded. */
  office: DistrictOfficeRow | null;
};

/**
 * The contents of the district report, the printable page's and the PDF's
 * alike, as of `per` (YYYY-MM-DD; today in the district's zone otherwise).
 * The district is guarded (requireDistrict through getDistrictByCode).
 */
export async function getDistrictReport(ctx: Ctx, code: string, per: unknown): Promise<DistrictReport> {
  const district = await getDistrictByCode(ctx, code);
  const timeZone = timeZoneOfRegion(district.code);
  const asOf = asOfOrToday(per, timeZone).date;
  const [indicators] = await getDistrictIndicators(ctx, { districtId: district.id }, asOf);
  const dashboard = await getDistrictDashboard(ctx, district, asOf);
  const { rows: puskesmas } = await listDistrictPuskesmas(ctx, district, ZPuskesmasFilters.parse({}), { all: true });
  const understaffed = (await understaffedPustu(ctx, district.id, asOf, Number.MAX_SAFE_INTEGER)).map((unit) => ({
    name: unit.name,
    desa: unit.desa,
    staff: unit.staff,
    missing: PUSTU_REQUIRED.filter((profession) => !(profession === "PERAWAT" ? unit.hasPerawat : unit.hasBidan)),
    isIllustrative: unit.isIllustrative,
  }));
  const office = await getDistrictOffice(ctx, district.id);
  return {
    district,
    dashboard,
    facts: indicators!.facts,
    puskesmas,
    understaffed,
    signature: {
      place: office?.place ?? placeOf(district.name),
      date: todayIn(timeZone),
      district: district.name,
      office: office?.officeName ?? null,
      title: office?.headTitle ?? null,
      name: office?.headName ?? null,
      nip: office?.headNip ?? null,
    },
    office,
  };
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The line above the signature: "Kepala Dinas Kesehatan Kabupaten Sanggau", or what the district recorded. */
export function signatureTitle(signature: SignatureBlock, t: Translate): string {
  return t("report.headTitle", {
    title: signature.title ?? t("report.headTitleDefault"),
    office: signature.office ?? t("report.officeDefault", { district: signature.district }),
  });
}

/**
 * One target as a sentence: "Target 2026 · Puskesmas menerapkan ILP: 19; tercapai 5 (26%); batas 31 Desember
 * 2026; …". A verdict only on current stage data, as on the dashboard.
 */
export function targetLine(
  target: DistrictDashboard["targets"][number],
  t: Translate,
  date: (value: Date) => string,
  stagesCurrent: boolean,
  stagesText: string,
): string {
  return t("report.targetLine", {
    year: target.year,
    kind: t(`targetForm.kinds.${target.kind}`),
    target: target.progress.target,
    achieved: target.progress.achieved,
    percent: target.progress.percent,
    deadline: date(target.deadline),
    status:
      stagesCurrent || target.progress.met
        ? t(`projection.${target.projection.status}`)
        : `${t("figures.unprojectable")} (${stagesText})`,
  });
}

/** The stage colours of the report's charts, in STAGES order (Belum, Persiapan, Uji coba, Menerapkan). */
export const STAGE_COLOURS = ["#cbd5e1", "#fcd34d", "#60a5fa", "#16a34a"];

/** Where the stage figures come from: recorded, illustrative (example data) or a mix. */
export function stageProvenance(facts: IndicatorFacts): "RECORDED" | "ILLUSTRATIVE" | "MIXED" {
  const area = facts.areas.STAGES;
  if (area.illustrative === 0) return "RECORDED";
  return area.illustrative >= area.rows ? "ILLUSTRATIVE" : "MIXED";
}

import type { KaderLevel } from "@/lib/generated/prisma/enums";
import type { ProjectionStatus } from "@/lib/rollout/projection";

/**
 * The counts every indicator is computed from, for one district or summed
 * over many. Province and national figures are sums of district facts, never
 * counted a second way, so a total always equals the sum of its rows.
 */
export type IndicatorFacts = {
  puskesmas: { total: number; implementing: number };
  pustu: { total: number; implementing: number; staffed: number };
  posyandu: { total: number; implementing: number };
  desa: { total: number; withPustu: number; accompanied: number };
  kader: Record<KaderLevel, number>;
  staff: { active: number; clustered: number };
  /** The targets of each district's latest target year: achieved counts capped at each target. */
  targets: { count: number; met: number; achieved: number; target: number; status: Record<ProjectionStatus, number> };
  /** YYYY-MM-DD of the latest activity on or before the date; null when none. */
  latestActivity: string | null;
};

export const PROJECTION_STATUSES: readonly ProjectionStatus[] = ["MISSED", "OFF_TRACK", "AT_RISK", "ON_TRACK", "MET"];

export function emptyFacts(): IndicatorFacts {
  return {
    puskesmas: { total: 0, implementing: 0 },
    pustu: { total: 0, implementing: 0, staffed: 0 },
    posyandu: { total: 0, implementing: 0 },
    desa: { total: 0, withPustu: 0, accompanied: 0 },
    kader: { PURWA: 0, MADYA: 0, UTAMA: 0 },
    staff: { active: 0, clustered: 0 },
    targets: { count: 0, met: 0, achieved: 0, target: 0, status: { MISSED: 0, OFF_TRACK: 0, AT_RISK: 0, ON_TRACK: 0, MET: 0 } },
    latestActivity: null,
  };
}

/** Adds district facts up; the latest activity is the latest of them. */
export function sumFacts(rows: readonly IndicatorFacts[]): IndicatorFacts {
  const total = emptyFacts();
  for (const row of rows) {
    for (const group of ["puskesmas", "pustu", "posyandu", "desa", "kader", "staff"] as const) {
      const into = total[group] as Record<string, number>;
      for (const [key, value] of Object.entries(row[group])) into[key] = (into[key] ?? 0) + value;
    }
    total.targets.count += row.targets.count;
    total.targets.met += row.targets.met;
    total.targets.achieved += row.targets.achieved;
    total.targets.target += row.targets.target;
    for (const status of PROJECTION_STATUSES) total.targets.status[status] += row.targets.status[status];
    if (row.latestActivity && (!total.latestActivity || row.latestActivity > total.latestActivity)) total.latestActivity = row.latestActivity;
  }
  return total;
}

/** The worst projection among a place's targets, or null without targets. */
export function worstStatus(facts: IndicatorFacts): ProjectionStatus | null {
  return PROJECTION_STATUSES.find((status) => facts.targets.status[status] > 0) ?? null;
}

type Text = { id: string; en: string };
type Count = { text: Text; of: (facts: IndicatorFacts) => number };

/** A ratio indicator: numerator over denominator, explained in one line. */
export type Indicator = { id: IndicatorId; label: Text; short: Text; numerator: Count; denominator: Count; explanation: Text };

export const INDICATOR_IDS = ["targets", "puskesmasIlp", "pustuCoverage", "pustuStaffed", "posyanduIlp", "kaderAdvanced", "staffClustered"] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/** Every indicator, defined once: the district dashboard, the province and national views and exports all use these. */
export const INDICATORS: Record<IndicatorId, Indicator> = {
  targets: {
    id: "targets",
    label: { id: "Capaian target", en: "Target attainment" },
    short: { id: "Target", en: "Targets" },
    numerator: { text: { id: "jumlah capaian (maks. target) tiap target", en: "achieved counts (up to each target)" }, of: (facts) => facts.targets.achieved },
    denominator: { text: { id: "jumlah target tahun target terakhir", en: "sum of the latest target year's targets" }, of: (facts) => facts.targets.target },
    explanation: {
      id: "Seberapa jauh target tahun target terakhir tercapai pada tanggal itu; status dari proyeksi laju 12 bulan terakhir.",
      en: "How far the latest target year's targets were reached on the date; status from the projected pace of the last 12 months.",
    },
  },
  puskesmasIlp: {
    id: "puskesmasIlp",
    label: { id: "Puskesmas menerapkan ILP", en: "Puskesmas implementing ILP" },
    short: { id: "Puskesmas ILP", en: "Puskesmas ILP" },
    numerator: { text: { id: "puskesmas berstatus Menerapkan", en: "puskesmas at stage Implementing" }, of: (facts) => facts.puskesmas.implementing },
    denominator: { text: { id: "puskesmas yang buka", en: "open puskesmas" }, of: (facts) => facts.puskesmas.total },
    explanation: {
      id: "Bagian puskesmas yang sudah menerapkan ILP menurut riwayat tahapnya pada tanggal itu.",
      en: "Share of open puskesmas implementing ILP according to their stage history on the date.",
    },
  },
  pustuCoverage: {
    id: "pustuCoverage",
    label: { id: "Cakupan pustu di desa", en: "Pustu coverage of desa" },
    short: { id: "Desa berpustu", en: "Desa with pustu" },
    numerator: { text: { id: "desa/kelurahan dengan minimal satu pustu yang buka", en: "desa/kelurahan with at least one open pustu" }, of: (facts) => facts.desa.withPustu },
    denominator: { text: { id: "semua desa/kelurahan", en: "all desa/kelurahan" }, of: (facts) => facts.desa.total },
    explanation: {
      id: "Bagian desa/kelurahan yang punya pustu tercatat; ILP menargetkan satu pustu di setiap desa.",
      en: "Share of desa/kelurahan with a recorded pustu; ILP aims at a pustu in every desa.",
    },
  },
  pustuStaffed: {
    id: "pustuStaffed",
    label: { id: "Pustu dengan tenaga minimal", en: "Pustu with minimum staff" },
    short: { id: "Pustu bertenaga", en: "Staffed pustu" },
    numerator: { text: { id: "pustu dengan perawat dan bidan aktif", en: "pustu with an active perawat and bidan" }, of: (facts) => facts.pustu.staffed },
    denominator: { text: { id: "pustu yang buka", en: "open pustu" }, of: (facts) => facts.pustu.total },
    explanation: {
      id: "Bagian pustu yang memenuhi tenaga minimal ILP: satu perawat dan satu bidan (menetap atau terjadwal).",
      en: "Share of pustu meeting ILP's minimum staffing: a perawat and a bidan (posted or on a schedule).",
    },
  },
  posyanduIlp: {
    id: "posyanduIlp",
    label: { id: "Posyandu menerapkan ILP", en: "Posyandu implementing ILP" },
    short: { id: "Posyandu ILP", en: "Posyandu ILP" },
    numerator: { text: { id: "posyandu berstatus Menerapkan", en: "posyandu at stage Implementing" }, of: (facts) => facts.posyandu.implementing },
    denominator: { text: { id: "posyandu yang buka", en: "open posyandu" }, of: (facts) => facts.posyandu.total },
    explanation: {
      id: "Bagian posyandu yang sudah menerapkan ILP menurut riwayat tahapnya pada tanggal itu.",
      en: "Share of open posyandu implementing ILP according to their stage history on the date.",
    },
  },
  kaderAdvanced: {
    id: "kaderAdvanced",
    label: { id: "Kader Madya dan Utama", en: "Kader at Madya and Utama" },
    short: { id: "Kader Madya+", en: "Kader Madya+" },
    numerator: { text: { id: "kader aktif tingkat Madya atau Utama", en: "active kader at level Madya or Utama" }, of: (facts) => facts.kader.MADYA + facts.kader.UTAMA },
    denominator: { text: { id: "semua kader aktif", en: "all active kader" }, of: (facts) => facts.kader.PURWA + facts.kader.MADYA + facts.kader.UTAMA },
    explanation: {
      id: "Bagian kader aktif yang sudah di atas tingkat Purwa (data kader saat ini).",
      en: "Share of active kader above level Purwa (kader as they are today).",
    },
  },
  staffClustered: {
    id: "staffClustered",
    label: { id: "Tenaga terbagi ke klaster", en: "Staff assigned to clusters" },
    short: { id: "Tenaga berklaster", en: "Staff in clusters" },
    numerator: { text: { id: "tenaga aktif dengan penugasan klaster yang berlaku pada tanggal itu", en: "active staff with a cluster assignment in force on the date" }, of: (facts) => facts.staff.clustered },
    denominator: { text: { id: "tenaga aktif", en: "active staff" }, of: (facts) => facts.staff.active },
    explanation: {
      id: "Bagian tenaga kesehatan aktif yang sudah ditugaskan ke klaster ILP pada tanggal itu.",
      en: "Share of active health workers assigned to an ILP cluster on the date.",
    },
  },
};

export type IndicatorValue = { numerator: number; denominator: number; share: number | null };

/** An indicator's value: share is null when the denominator is 0 (nothing to measure). */
export function indicatorValue(id: IndicatorId, facts: IndicatorFacts): IndicatorValue {
  const indicator = INDICATORS[id];
  const numerator = indicator.numerator.of(facts);
  const denominator = indicator.denominator.of(facts);
  return { numerator, denominator, share: denominator > 0 ? numerator / denominator : null };
}

export function indicatorText(text: Text, locale: string): string {
  return locale === "en" ? text.en : text.id;
}

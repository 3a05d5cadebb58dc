import type { KaderLevel } from "@/lib/generated/prisma/enums";
import type { ProjectionStatus } from "@/lib/rollout/projection";

// The indicator registry: one entry is the whole indicator (labels and
// definition, numerator and denominator, the data area it needs, its coverage
// and provenance hooks, where it is shown). The comparison table, its export,
// the tooltips, the district headline and the printed report derive from it.

/** The data areas whose completeness and freshness the figures report (the DataArea enum). */
export const DATA_AREAS = ["PUSKESMAS", "PUSTU", "POSYANDU", "STAGES", "ROSTERS", "KADER", "ACTIVITIES"] as const;
export type DataArea = (typeof DATA_AREAS)[number];

/** One data area of a district (or summed over districts). */
export type AreaFacts = {
  /** Rows entered (for ROSTERS: active staff; STAGES: stage changes on or before the date). */
  rows: number;
  /** Of them, rows no source confirms (demo data). */
  illustrative: number;
  /** YYYY-MM-DD of the latest update (for stages and activities: the latest dated entry), or of the declaration, whichever is later; null when never. */
  lastUpdated: string | null;
  /** Districts whose planner declared the area complete (on or before the date). */
  declared: number;
  /** The (latest) date it was declared complete as of. */
  declaredAsOf: string | null;
};

/** Where a figure comes from. */
export const PROVENANCES = ["RECORDED", "REPORTED", "ILLUSTRATIVE", "MIXED"] as const;
export type Provenance = (typeof PROVENANCES)[number];

/** An indicator's figure as summable counts: per district one of noData/partial/complete and one provenance is 1. */
export type FigureFacts = {
  numerator: number;
  denominator: number;
  /** The recorded figure, where the headline uses a reported one. */
  recordedNumerator: number;
  recordedDenominator: number;
  /** The rows behind the recorded figure, and the illustrative among them. */
  recordedRows: number;
  recordedIllustrative: number;
  /** Of the coverage unit (e.g. puskesmas): those whose data is entered, of all. */
  covered: number;
  of: number;
  noData: number;
  partial: number;
  complete: number;
} & Record<Provenance, number>;

/**
 * The counts every indicator is computed from, for one district or summed
 * over many. Province and national figures are sums of district facts, never
 * counted a second way, so a total always equals the sum of its rows.
 */
export type IndicatorFacts = {
  /** How many districts these facts sum (1 for a district). */
  districts: number;
  puskesmas: { total: number; implementing: number; withRoster: number };
  pustu: { total: number; implementing: number; staffed: number };
  posyandu: { total: number; implementing: number };
  desa: { total: number; withPustu: number; accompanied: number };
  kader: Record<KaderLevel, number>;
  staff: { active: number; clustered: number };
  /** The targets of each district's latest target year: achieved counts capped at each target. `unprojectable`: districts whose stage data is too old for a verdict (their statuses are not counted). */
  targets: {
    count: number;
    met: number;
    achieved: number;
    target: number;
    status: Record<ProjectionStatus, number>;
    unprojectable: number;
  };
  /** The latest reported counts (ReportedFigure) on or before the date; 0 when none. */
  reported: { pustu: number; desa: number };
  /** YYYY-MM-DD of the latest activity on or before the date; null when none. */
  latestActivity: string | null;
  areas: Record<DataArea, AreaFacts>;
  /** Districts with something entered (or declared complete) in every area. */
  allAreasEntered: number;
  /** Each indicator's figure, computed per district by withFigures and summed like the rest. */
  figures: Record<string, FigureFacts>;
};

export const PROJECTION_STATUSES: readonly ProjectionStatus[] = ["MISSED", "OFF_TRACK", "AT_RISK", "ON_TRACK", "MET"];

const emptyArea = (): AreaFacts => ({ rows: 0, illustrative: 0, lastUpdated: null, declared: 0, declaredAsOf: null });

export function emptyFacts(): IndicatorFacts {
  return {
    districts: 0,
    puskesmas: { total: 0, implementing: 0, withRoster: 0 },
    pustu: { total: 0, implementing: 0, staffed: 0 },
    posyandu: { total: 0, implementing: 0 },
    desa: { total: 0, withPustu: 0, accompanied: 0 },
    kader: { PURWA: 0, MADYA: 0, UTAMA: 0 },
    staff: { active: 0, clustered: 0 },
    targets: {
      count: 0,
      met: 0,
      achieved: 0,
      target: 0,
      status: { MISSED: 0, OFF_TRACK: 0, AT_RISK: 0, ON_TRACK: 0, MET: 0 },
      unprojectable: 0,
    },
    reported: { pustu: 0, desa: 0 },
    latestActivity: null,
    areas: Object.fromEntries(DATA_AREAS.map((area) => [area, emptyArea()])) as Record<DataArea, AreaFacts>,
    allAreasEntered: 0,
    figures: {},
  };
}

const later = (a: string | null, b: string | null) => (a && (!b || a > b) ? a : b);

/** Adds district facts up; the latest dates are the latest of them. */
export function sumFacts(rows: readonly IndicatorFacts[]): IndicatorFacts {
  const total = emptyFacts();
  for (const row of rows) {
    total.districts += row.districts;
    total.allAreasEntered += row.allAreasEntered;
    for (const group of ["puskesmas", "pustu", "posyandu", "desa", "kader", "staff", "reported"] as const) {
      const into = total[group] as Record<string, number>;
      for (const [key, value] of Object.entries(row[group])) into[key] = (into[key] ?? 0) + value;
    }
    total.targets.count += row.targets.count;
    total.targets.met += row.targets.met;
    total.targets.achieved += row.targets.achieved;
    total.targets.target += row.targets.target;
    total.targets.unprojectable += row.targets.unprojectable;
    for (const status of PROJECTION_STATUSES) total.targets.status[status] += row.targets.status[status];
    total.latestActivity = later(row.latestActivity, total.latestActivity);
    for (const area of DATA_AREAS) {
      const into = total.areas[area];
      const from = row.areas[area];
      into.rows += from.rows;
      into.illustrative += from.illustrative;
      into.declared += from.declared;
      into.lastUpdated = later(from.lastUpdated, into.lastUpdated);
      into.declaredAsOf = later(from.declaredAsOf, into.declaredAsOf);
    }
    for (const [id, figure] of Object.entries(row.figures)) {
      const into = (total.figures[id] ??= emptyFigure());
      for (const key of Object.keys(into) as (keyof FigureFacts)[]) into[key] += figure[key];
    }
  }
  return total;
}

/** The worst projection among a place's targets, or null without targets (or without current data to project from). */
export function worstStatus(facts: IndicatorFacts): ProjectionStatus | null {
  return PROJECTION_STATUSES.find((status) => facts.targets.status[status] > 0) ?? null;
}

type Text = { id: string; en: string };
type Count = { text: Text; of: (facts: IndicatorFacts) => number };

/** One whole indicator. */
export type IndicatorEntry = {
  id: string;
  label: Text;
  short: Text;
  explanation: Text;
  numerator: Count;
  denominator: Count;
  /** The data area that must have been entered for the figure to mean anything ("belum ada data" otherwise). */
  area: DataArea;
  /** Whether the district has any data for it; by default: the area has rows or is declared complete. */
  entered?: (facts: IndicatorFacts) => boolean;
  /** Coverage hook: for data entered piece by piece, how much of the district it covers (e.g. puskesmas whose roster is entered). */
  coverage?: { unit: Text; of: (facts: IndicatorFacts) => { covered: number; of: number } };
  /** Provenance hook: a total the Dinkes reported, used as the headline while the register is incomplete. */
  reported?: (facts: IndicatorFacts) => { numerator: number; denominator: number } | null;
  /** Provenance hook: how many of the rows counted are illustrative (default: the area's). */
  illustrative?: (facts: IndicatorFacts) => { illustrative: number; rows: number };
  /** Where it appears. Format: a share (percent) of the denominator; colour: higher is better. */
  show: { table: boolean; export: boolean; headline: boolean };
};

const areaRows = (area: DataArea) => (facts: IndicatorFacts) => ({
  illustrative: facts.areas[area].illustrative,
  rows: facts.areas[area].rows,
});

/** The registry: every indicator, defined once. */
export const INDICATOR_LIST = [
  {
    id: "targets",
    label: { id: "Capaian target", en: "Target attainment" },
    short: { id: "Target", en: "Targets" },
    numerator: {
      text: { id: "jumlah capaian (maks. target) tiap target", en: "achieved counts (up to each target)" },
      of: (facts) => facts.targets.achieved,
    },
    denominator: {
      text: { id: "jumlah target tahun target terakhir", en: "sum of the latest target year's targets" },
      of: (facts) => facts.targets.target,
    },
    explanation: {
      id: "Seberapa jauh target tahun target terakhir tercapai pada tanggal itu; status dari proyeksi laju 12 bulan terakhir, hanya bila data tahap masih baru.",
      en: "How far the latest target year's targets were reached on the date; status from the projected pace of the last 12 months, only while the stage data is current.",
    },
    area: "STAGES",
    entered: (facts) => facts.targets.count > 0,
    show: { table: true, export: true, headline: false },
  },
  {
    id: "puskesmasIlp",
    label: { id: "Puskesmas menerapkan ILP", en: "Puskesmas implementing ILP" },
    short: { id: "Puskesmas ILP", en: "Puskesmas ILP" },
    numerator: {
      text: { id: "puskesmas berstatus Menerapkan", en: "puskesmas at stage Implementing" },
      of: (facts) => facts.puskesmas.implementing,
    },
    denominator: { text: { id: "puskesmas yang buka", en: "open puskesmas" }, of: (facts) => facts.puskesmas.total },
    explanation: {
      id: "Bagian puskesmas yang sudah menerapkan ILP menurut riwayat tahapnya pada tanggal itu.",
      en: "Share of open puskesmas implementing ILP according to their stage history on the date.",
    },
    area: "STAGES",
    entered: (facts) => facts.puskesmas.total > 0 && (facts.areas.STAGES.rows > 0 || facts.areas.STAGES.declared > 0),
    show: { table: true, export: true, headline: true },
  },
  {
    id: "pustuCoverage",
    label: { id: "Cakupan pustu di desa", en: "Pustu coverage of desa" },
    short: { id: "Desa berpustu", en: "Desa with pustu" },
    numerator: {
      text: {
        id: "desa/kelurahan dengan minimal satu pustu yang buka",
        en: "desa/kelurahan with at least one open pustu",
      },
      of: (facts) => facts.desa.withPustu,
    },
    denominator: {
      text: { id: "semua desa dan kelurahan", en: "all desa and kelurahan" },
      of: (facts) => facts.desa.total,
    },
    explanation: {
      id: "Bagian desa/kelurahan yang punya pustu tercatat; ILP menargetkan satu pustu di setiap desa. Selama daftar pustu belum lengkap dan Dinkes melaporkan jumlahnya, angka utama memakai laporan itu (pustu per desa yang dilaporkan).",
      en: "Share of desa/kelurahan with a recorded pustu; ILP aims at a pustu in every desa. While the pustu register is incomplete and the Dinkes reported its count, the headline uses that report (pustu per desa reported).",
    },
    area: "PUSTU",
    // The register is known to be incomplete when the Dinkes reported more pustu than are entered.
    reported: (facts) =>
      facts.reported.pustu > facts.pustu.total
        ? { numerator: facts.reported.pustu, denominator: facts.reported.desa || facts.desa.total }
        : null,
    show: { table: true, export: true, headline: true },
  },
  {
    id: "pustuStaffed",
    label: { id: "Pustu dengan tenaga minimal", en: "Pustu with minimum staff" },
    short: { id: "Pustu bertenaga", en: "Staffed pustu" },
    numerator: {
      text: { id: "pustu dengan perawat dan bidan aktif", en: "pustu with an active perawat and bidan" },
      of: (facts) => facts.pustu.staffed,
    },
    denominator: { text: { id: "pustu yang buka", en: "open pustu" }, of: (facts) => facts.pustu.total },
    explanation: {
      id: "Bagian pustu yang memenuhi tenaga minimal ILP: satu perawat dan satu bidan (menetap atau terjadwal).",
      en: "Share of pustu meeting ILP's minimum staffing: a perawat and a bidan (posted or on a schedule).",
    },
    area: "ROSTERS",
    entered: (facts) => facts.pustu.total > 0 && (facts.puskesmas.withRoster > 0 || facts.areas.ROSTERS.declared > 0),
    coverage: {
      unit: { id: "puskesmas yang rosternya sudah diisi", en: "puskesmas with an entered roster" },
      of: (facts) => ({ covered: facts.puskesmas.withRoster, of: facts.puskesmas.total }),
    },
    illustrative: areaRows("PUSTU"),
    show: { table: true, export: true, headline: true },
  },
  {
    id: "posyanduIlp",
    label: { id: "Posyandu menerapkan ILP", en: "Posyandu implementing ILP" },
    short: { id: "Posyandu ILP", en: "Posyandu ILP" },
    numerator: {
      text: { id: "posyandu berstatus Menerapkan", en: "posyandu at stage Implementing" },
      of: (facts) => facts.posyandu.implementing,
    },
    denominator: { text: { id: "posyandu yang buka", en: "open posyandu" }, of: (facts) => facts.posyandu.total },
    explanation: {
      id: "Bagian posyandu yang sudah menerapkan ILP menurut riwayat tahapnya pada tanggal itu.",
      en: "Share of open posyandu implementing ILP according to their stage history on the date.",
    },
    area: "POSYANDU",
    show: { table: true, export: true, headline: true },
  },
  {
    id: "kaderAdvanced",
    label: { id: "Kader Madya dan Utama", en: "Kader at Madya and Utama" },
    short: { id: "Kader Madya+", en: "Kader Madya+" },
    numerator: {
      text: { id: "kader aktif tingkat Madya atau Utama", en: "active kader at level Madya or Utama" },
      of: (facts) => facts.kader.MADYA + facts.kader.UTAMA,
    },
    denominator: {
      text: { id: "semua kader aktif", en: "all active kader" },
      of: (facts) => facts.kader.PURWA + facts.kader.MADYA + facts.kader.UTAMA,
    },
    explanation: {
      id: "Bagian kader aktif yang sudah di atas tingkat Purwa (data kader saat ini).",
      en: "Share of active kader above level Purwa (kader as they are today).",
    },
    area: "KADER",
    show: { table: false, export: false, headline: true },
  },
  {
    id: "staffClustered",
    label: { id: "Tenaga terbagi ke klaster", en: "Staff assigned to clusters" },
    short: { id: "Tenaga berklaster", en: "Staff in clusters" },
    numerator: {
      text: {
        id: "tenaga aktif dengan penugasan klaster yang berlaku pada tanggal itu",
        en: "active staff with a cluster assignment in force on the date",
      },
      of: (facts) => facts.staff.clustered,
    },
    denominator: { text: { id: "tenaga aktif", en: "active staff" }, of: (facts) => facts.staff.active },
    explanation: {
      id: "Bagian tenaga kesehatan aktif yang sudah ditugaskan ke klaster ILP pada tanggal itu, di puskesmas yang rosternya sudah diisi.",
      en: "Share of active health workers assigned to an ILP cluster on the date, at the puskesmas whose roster is entered.",
    },
    area: "ROSTERS",
    coverage: {
      unit: { id: "puskesmas yang rosternya sudah diisi", en: "puskesmas with an entered roster" },
      of: (facts) => ({ covered: facts.puskesmas.withRoster, of: facts.puskesmas.total }),
    },
    show: { table: true, export: true, headline: true },
  },
] as const satisfies readonly IndicatorEntry[];

export type IndicatorId = (typeof INDICATOR_LIST)[number]["id"];
export const INDICATOR_IDS = INDICATOR_LIST.map((entry) => entry.id) as unknown as readonly [
  IndicatorId,
  ...IndicatorId[],
];
export const INDICATORS = Object.fromEntries(INDICATOR_LIST.map((entry) => [entry.id, entry])) as unknown as Record<
  IndicatorId,
  IndicatorEntry
>;
export type Registry = readonly IndicatorEntry[];

/** The registry's entries shown in a place, in registry order. */
export const shownIn = (place: keyof IndicatorEntry["show"], registry: Registry = INDICATOR_LIST): IndicatorEntry[] =>
  registry.filter((entry) => entry.show[place]);

function emptyFigure(): FigureFacts {
  return {
    numerator: 0,
    denominator: 0,
    recordedNumerator: 0,
    recordedDenominator: 0,
    recordedRows: 0,
    recordedIllustrative: 0,
    covered: 0,
    of: 0,
    noData: 0,
    partial: 0,
    complete: 0,
    RECORDED: 0,
    REPORTED: 0,
    ILLUSTRATIVE: 0,
    MIXED: 0,
  };
}

/** One district's figure for an indicator: no data, partial or complete; recorded, reported, illustrative or mixed. */
export function districtFigure(entry: IndicatorEntry, facts: IndicatorFacts): FigureFacts {
  const figure = emptyFigure();
  const area = facts.areas[entry.area];
  const declared = area.declared > 0;
  const recordedNumerator = entry.numerator.of(facts);
  const recordedDenominator = entry.denominator.of(facts);
  const reported = declared ? null : (entry.reported?.(facts) ?? null);
  const entered = entry.entered ? entry.entered(facts) : area.rows > 0 || declared;
  if (!reported && !entered) return { ...figure, noData: 1 };
  const coverage = entry.coverage?.of(facts) ?? null;
  const partial = !reported && !declared && coverage !== null && coverage.covered < coverage.of;
  const rows = (entry.illustrative ?? areaRows(entry.area))(facts);
  const provenance: Provenance = reported
    ? "REPORTED"
    : rows.illustrative === 0
      ? "RECORDED"
      : rows.illustrative >= rows.rows
        ? "ILLUSTRATIVE"
        : "MIXED";
  return {
    ...figure,
    numerator: reported?.numerator ?? recordedNumerator,
    denominator: reported?.denominator ?? recordedDenominator,
    recordedNumerator,
    recordedDenominator,
    recordedRows: rows.rows,
    recordedIllustrative: rows.illustrative,
    covered: coverage?.covered ?? 0,
    of: coverage?.of ?? 0,
    partial: partial ? 1 : 0,
    complete: partial ? 0 : 1,
    [provenance]: 1,
  };
}

/** A district's facts with every indicator's figure (call once per district, before summing). */
export function withFigures(facts: IndicatorFacts, registry: Registry = INDICATOR_LIST): IndicatorFacts {
  return {
    ...facts,
    allAreasEntered: missingAreas(facts).length === 0 ? 1 : 0,
    figures: Object.fromEntries(registry.map((entry) => [entry.id, districtFigure(entry, facts)])),
  };
}

export type FigureState = "NO_DATA" | "PARTIAL" | "COMPLETE";
export type IndicatorValue = {
  numerator: number;
  denominator: number;
  /** Null when there is no data, or nothing to measure (denominator 0). */
  share: number | null;
  state: FigureState;
  /** Null without data; MIXED when the districts summed differ. */
  provenance: Provenance | null;
  /** Districts (1 for a district) by where their figure comes from. */
  sources: Record<Provenance, number>;
  /** A district: the part of it the figure covers when that is partial. A total: districts with complete data, of all. */
  coverage: { covered: number; of: number } | null;
  /** The recorded figure beside a reported headline (districts only). */
  recorded: { numerator: number; denominator: number; share: number | null; provenance: Provenance } | null;
};

const ratio = (numerator: number, denominator: number) => (denominator > 0 ? numerator / denominator : null);

/** An indicator's value for a district or a sum of districts, from its summed figure. */
export function indicatorValue(id: string, facts: IndicatorFacts): IndicatorValue {
  const figure = facts.figures[id] ?? { ...emptyFigure(), noData: Math.max(1, facts.districts) };
  const districts = Math.max(1, facts.districts);
  const state: FigureState =
    figure.noData >= districts ? "NO_DATA" : figure.noData + figure.partial > 0 ? "PARTIAL" : "COMPLETE";
  const sources = Object.fromEntries(PROVENANCES.map((kind) => [kind, figure[kind]])) as Record<Provenance, number>;
  const kinds = PROVENANCES.filter((kind) => figure[kind] > 0);
  const provenance = kinds.length === 0 ? null : kinds.length === 1 ? kinds[0]! : "MIXED";
  const single = facts.districts <= 1;
  return {
    numerator: figure.numerator,
    denominator: figure.denominator,
    share: state === "NO_DATA" ? null : ratio(figure.numerator, figure.denominator),
    state,
    provenance,
    sources,
    coverage: single
      ? figure.partial > 0
        ? { covered: figure.covered, of: figure.of }
        : null
      : state === "COMPLETE"
        ? null
        : { covered: figure.complete, of: districts },
    recorded:
      single && figure.REPORTED > 0
        ? {
            numerator: figure.recordedNumerator,
            denominator: figure.recordedDenominator,
            share: ratio(figure.recordedNumerator, figure.recordedDenominator),
            provenance:
              figure.recordedIllustrative === 0
                ? "RECORDED"
                : figure.recordedIllustrative >= figure.recordedRows
                  ? "ILLUSTRATIVE"
                  : "MIXED",
          }
        : null,
  };
}

/** Whether a ranking may place the figure: complete data only (partial or missing data is shown apart, never ranked as a failure). */
export const rankable = (value: IndicatorValue) => value.state === "COMPLETE" && value.share !== null;

/** Areas of a district (or districts) with no data at all: nothing entered, nothing declared. */
export function missingAreas(facts: IndicatorFacts): DataArea[] {
  return DATA_AREAS.filter((area) => facts.areas[area].rows === 0 && facts.areas[area].declared === 0);
}

/** A registry entry by id (the throwaway entries of tests are looked up in their own registry). */
export function indicatorEntry(id: string, registry: Registry = INDICATOR_LIST): IndicatorEntry {
  const entry = registry.find((candidate) => candidate.id === id);
  if (!entry) throw new RangeError(`unknown indicator ${id}`);
  return entry;
}

export function indicatorText(text: Text, locale: string): string {
  return locale === "en" ? text.en : text.id;
}

import type { KaderLevel } from "@/lib/generated/prisma/enums";
import type { ProjectionStatus } from "@/lib/rollout/projection";
import { timeZoneOfRegionSql } from "@/lib/dates";
import { pustuStaffedSql, staffAtPustuSql } from "@/lib/rules/pustu-staffed";
import { reportExpectedSql } from "@/lib/rules/report-expected";

// The indicator registry: one entry is the whole indicator (numerator and
// denominator, the SQL of any counts of its own, format and colour rule, the
// data area it needs, its coverage and provenance hooks, where it is shown; its
// label and definition are in the message catalogue under its id). The
// comparison table, its export, the charts, the tooltips, the district headline
// and the printed report derive from it. The shared facts of open and
// ILP-implementing facilities are read from the figures the database maintains
// (lib/indicators/maintained.ts); an entry's own `counts` are SQL over the raw
// rows (count-sql.ts), for what is not maintained.

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
  pustu: { total: number; implementing: number };
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
  /** The indicators' own counts (an entry's `counts`), by name; a name missing counts 0. */
  counts: Record<string, number>;
  /** Each indicator's figure, computed per district by withFigures and summed like the rest. */
  figures: Record<string, FigureFacts>;
};

export const PROJECTION_STATUSES: readonly ProjectionStatus[] = ["MISSED", "OFF_TRACK", "AT_RISK", "ON_TRACK", "MET"];

const emptyArea = (): AreaFacts => ({ rows: 0, illustrative: 0, lastUpdated: null, declared: 0, declaredAsOf: null });

export function emptyFacts(): IndicatorFacts {
  return {
    districts: 0,
    puskesmas: { total: 0, implementing: 0, withRoster: 0 },
    pustu: { total: 0, implementing: 0 },
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
    counts: {},
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
    for (const [name, count] of Object.entries(row.counts)) total.counts[name] = (total.counts[name] ?? 0) + count;
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

/** An indicator's texts, each in the message catalogue at `indicators.<id>.<part>` (both languages). */
export const INDICATOR_TEXTS = ["label", "short", "definition", "numerator", "denominator"] as const;
export type IndicatorText = (typeof INDICATOR_TEXTS)[number] | "coverageUnit";
/** The catalogue key of one of an indicator's texts (`coverageUnit` for an entry with a coverage hook). */
export const indicatorKey = (id: string, part: IndicatorText) => `indicators.${id}.${part}`;

/**
 * SQL counting one fact per district: it selects `"districtId"` and `n`, one row
 * per district (districts without a row count 0). It is written with the
 * helpers, which the server turns into bound parameters and the shared rules.
 */
export type CountSql = (on: {
  /** The as-of date (a date parameter). */
  day: string;
  /** Whether `column` is one of the districts asked for (TRUE for a national read). */
  districts: (column: string) => string;
  /** Whether the facility `alias` is open on the date (lib/rollout/sql.ts). */
  openOn: (alias: string) => string;
}) => string;

/** How a figure is written: a share in percent, or a ratio (e.g. 2,5 posyandu per desa). */
export type IndicatorFormat = "percent" | "ratio";
/** Which way is better (the table's tint against the average), and the share boundaries of the map's five colour steps. */
export type ColourRule = { better: "higher" | "lower"; steps: readonly [number, number, number, number] };
/** The usual rule of a share: higher is better, steps of 20 %. */
export const SHARE_COLOURS: ColourRule = { better: "higher", steps: [0.2, 0.4, 0.6, 0.8] };

/** One whole indicator. Its texts are in the message catalogue under `indicators.<id>` (see indicatorKey). */
export type IndicatorEntry = {
  id: string;
  numerator: (facts: IndicatorFacts) => number;
  denominator: (facts: IndicatorFacts) => number;
  /** Counts of its own, beyond the shared facts: name → SQL; read back as `facts.counts[name]` (names are unique across the registry). */
  counts?: Readonly<Record<string, CountSql>>;
  format: IndicatorFormat;
  colour: ColourRule;
  /** The data area that must have been entered for the figure to mean anything ("belum ada data" otherwise). */
  area: DataArea;
  /** Whether the district has any data for it; by default: the area has rows or is declared complete. */
  entered?: (facts: IndicatorFacts) => boolean;
  /** Coverage hook: for data entered piece by piece, how much of the district it covers (e.g. puskesmas whose roster is entered); its unit is the `coverageUnit` message. */
  coverage?: (facts: IndicatorFacts) => { covered: number; of: number };
  /** Provenance hook: a total the Dinkes reported, used as the headline while the register is incomplete. */
  reported?: (facts: IndicatorFacts) => { numerator: number; denominator: number } | null;
  /** Provenance hook: how many of the rows counted are illustrative (default: the area's). */
  illustrative?: (facts: IndicatorFacts) => { illustrative: number; rows: number };
  /** Where it appears. */
  show: { table: boolean; export: boolean; headline: boolean };
};

const areaRows = (area: DataArea) => (facts: IndicatorFacts) => ({
  illustrative: facts.areas[area].illustrative,
  rows: facts.areas[area].rows,
});
const rosterCoverage = (facts: IndicatorFacts) => ({ covered: facts.puskesmas.withRoster, of: facts.puskesmas.total });

// Reporting completeness: the month is the last one over on the as-of day (the
// month before the day's own), the data set the one the districts report (the
// first defined). Expected: the puskesmas open during that month
// (lib/rules/report-expected.ts). Submitted: of those, the reports submitted or
// approved now (DHIS2's reporting rate; a returned report is not submitted) and
// first submitted on or before the as-of day in the district's own time zone.
const reportMonth = (on: Parameters<CountSql>[0]) => ({
  first: `(date_trunc('month', ${on.day}) - interval '1 month')::date`,
  last: `(date_trunc('month', ${on.day}) - interval '1 day')::date`,
  period: `to_char(date_trunc('month', ${on.day}) - interval '1 month', 'YYYY-MM')`,
});
const submittedReports = (on: Parameters<CountSql>[0], only: string) => {
  const month = reportMonth(on);
  return `
    SELECT r."districtId", count(*) AS n
    FROM "MonthlyReport" r
    JOIN "Facility" f ON f.id = r."puskesmasId" AND f."districtId" = r."districtId"
    JOIN "Region" d ON d.id = r."districtId"
    WHERE ${on.districts('r."districtId"')} AND r.period = ${month.period}
      AND r."dataSetId" = (SELECT s.id FROM "DataSet" s ORDER BY s."createdAt", s.id LIMIT 1)
      AND r.status IN ('SUBMITTED', 'APPROVED') AND ${reportExpectedSql("f", month.first, month.last)}
      AND (r."firstSubmittedAt" AT TIME ZONE ${timeZoneOfRegionSql("d.code")})::date <= ${on.day} AND ${only}
    GROUP BY r."districtId"`;
};

/** The registry: every indicator, defined once (its texts: messages/*.json, `indicators.<id>`). */
export const INDICATOR_LIST = [
  {
    id: "targets",
    numerator: (facts) => facts.targets.achieved,
    denominator: (facts) => facts.targets.target,
    format: "percent",
    colour: SHARE_COLOURS,
    area: "STAGES",
    entered: (facts) => facts.targets.count > 0,
    show: { table: true, export: true, headline: false },
  },
  {
    id: "puskesmasIlp",
    numerator: (facts) => facts.puskesmas.implementing,
    denominator: (facts) => facts.puskesmas.total,
    format: "percent",
    colour: SHARE_COLOURS,
    area: "STAGES",
    entered: (facts) => facts.puskesmas.total > 0 && (facts.areas.STAGES.rows > 0 || facts.areas.STAGES.declared > 0),
    show: { table: true, export: true, headline: true },
  },
  {
    id: "pustuCoverage",
    numerator: (facts) => facts.desa.withPustu,
    denominator: (facts) => facts.desa.total,
    format: "percent",
    colour: SHARE_COLOURS,
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
    numerator: (facts) => facts.counts.pustuStaffed ?? 0,
    denominator: (facts) => facts.pustu.total,
    // Open pustu with a perawat and a bidan (lib/rules/pustu-staffed.ts).
    counts: {
      // The staff filtered by district too: under row-level security the planner otherwise walks every posting.
      pustuStaffed: (on) => `
        SELECT q."districtId", count(*) AS n
        FROM (
          SELECT p."districtId" FROM "Facility" p
          JOIN "Staff" s ON ${staffAtPustuSql("s", "p")} AND ${on.districts('s."districtId"')}
          WHERE p.type = 'PUSTU' AND ${on.districts('p."districtId"')} AND ${on.openOn("p")}
          GROUP BY p.id HAVING ${pustuStaffedSql("s")}) q
        GROUP BY q."districtId"`,
    },
    format: "percent",
    colour: SHARE_COLOURS,
    area: "ROSTERS",
    entered: (facts) => facts.pustu.total > 0 && (facts.puskesmas.withRoster > 0 || facts.areas.ROSTERS.declared > 0),
    coverage: rosterCoverage,
    illustrative: areaRows("PUSTU"),
    show: { table: true, export: true, headline: true },
  },
  {
    id: "posyanduIlp",
    numerator: (facts) => facts.posyandu.implementing,
    denominator: (facts) => facts.posyandu.total,
    format: "percent",
    colour: SHARE_COLOURS,
    area: "POSYANDU",
    show: { table: true, export: true, headline: true },
  },
  {
    id: "kaderAdvanced",
    numerator: (facts) => facts.kader.MADYA + facts.kader.UTAMA,
    denominator: (facts) => facts.kader.PURWA + facts.kader.MADYA + facts.kader.UTAMA,
    format: "percent",
    colour: SHARE_COLOURS,
    area: "KADER",
    show: { table: false, export: false, headline: true },
  },
  {
    id: "staffClustered",
    numerator: (facts) => facts.staff.clustered,
    denominator: (facts) => facts.staff.active,
    format: "percent",
    colour: SHARE_COLOURS,
    area: "ROSTERS",
    coverage: rosterCoverage,
    show: { table: true, export: true, headline: true },
  },
  {
    id: "reportingCompleteness",
    numerator: (facts) => facts.counts.reportsSubmitted ?? 0,
    denominator: (facts) => facts.counts.reportsExpected ?? 0,
    counts: {
      reportsExpected: (on) => {
        const month = reportMonth(on);
        return `
          SELECT f."districtId", count(*) AS n
          FROM "Facility" f
          WHERE f.type = 'PUSKESMAS' AND ${on.districts('f."districtId"')} AND ${reportExpectedSql("f", month.first, month.last)}
          GROUP BY f."districtId"`;
      },
      reportsSubmitted: (on) => submittedReports(on, "TRUE"),
      reportsSynthetic: (on) => submittedReports(on, 'r."isSynthetic"'),
    },
    format: "percent",
    colour: SHARE_COLOURS,
    area: "PUSKESMAS",
    // No report expected (no puskesmas open in the month): no figure, never 0.
    entered: (facts) => (facts.counts.reportsExpected ?? 0) > 0,
    // Reports generated by the national dataset are illustrative, never recorded.
    illustrative: (facts) => ({
      illustrative: facts.counts.reportsSynthetic ?? 0,
      rows: facts.counts.reportsSubmitted ?? 0,
    }),
    show: { table: true, export: true, headline: false },
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

export function emptyFigure(): FigureFacts {
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
  const recordedNumerator = entry.numerator(facts);
  const recordedDenominator = entry.denominator(facts);
  const reported = declared ? null : (entry.reported?.(facts) ?? null);
  const entered = entry.entered ? entry.entered(facts) : area.rows > 0 || declared;
  if (!reported && !entered) return { ...figure, noData: 1 };
  const coverage = entry.coverage?.(facts) ?? null;
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

/** A figure's share written as its entry's format says (`digits`: the fraction digits of a percent). */
export function figureText(
  entry: Pick<IndicatorEntry, "format">,
  share: number,
  number: (
    value: number,
    options: { style?: "percent"; minimumFractionDigits?: number; maximumFractionDigits?: number },
  ) => string,
  digits = 0,
): string {
  return entry.format === "percent"
    ? number(share, { style: "percent", maximumFractionDigits: digits })
    : number(share, { minimumFractionDigits: 1, maximumFractionDigits: Math.max(1, digits + 1) });
}

/** A figure's share as a file or chart number: a percent to one decimal, a ratio to two. */
export function figureNumber(entry: Pick<IndicatorEntry, "format">, share: number | null): number | null {
  if (share === null) return null;
  return entry.format === "percent" ? Math.round(share * 1000) / 10 : Math.round(share * 100) / 100;
}

/** Above or below the average, read through the entry's colour rule: good, poor, or nothing to say. */
export function figureTint(
  entry: { colour: Pick<ColourRule, "better"> },
  place: "above" | "below" | "equal" | null,
): "good" | "poor" | null {
  if (place !== "above" && place !== "below") return null;
  return (place === "above") === (entry.colour.better === "higher") ? "good" : "poor";
}

/** The map's colour step of a share, 0 (worst) to 4 (best), by the entry's step boundaries; null without a share. */
export function figureStep(entry: Pick<IndicatorEntry, "colour">, share: number | null): number | null {
  if (share === null) return null;
  const step = entry.colour.steps.filter((boundary) => share >= boundary).length;
  return entry.colour.better === "higher" ? step : entry.colour.steps.length - step;
}

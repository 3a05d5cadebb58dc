/**
 * Completeness and timeliness of monthly reports, as DHIS2 counts them:
 * reporting rate = reports submitted / reports expected, on-time rate = reports
 * submitted by the due day / reports expected. A report returned to the
 * puskesmas is not submitted until it is sent again; its timeliness counts from
 * its first submission. With no report expected a rate is null ("no report
 * expected"), never 0 or 100.
 */

export type ReportCell = {
  /** Whether a report is expected: the puskesmas was open in the month and the month is over. */
  expected: boolean;
  status: "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED" | null;
  /** Local day of the first submission ("YYYY-MM-DD"), if any. */
  firstSubmittedOn: string | null;
  /** Local due day ("YYYY-MM-DD"). */
  dueOn: string;
};

export type CellState = "APPROVED" | "SUBMITTED" | "RETURNED" | "DRAFT" | "LATE" | "NOT_YET_DUE" | "NOT_EXPECTED";

export type Rates = {
  expected: number;
  submitted: number;
  onTime: number;
  approved: number;
  late: number;
  reportingRate: number | null;
  onTimeRate: number | null;
  approvedRate: number | null;
};

export const isSubmitted = (status: ReportCell["status"]) => status === "SUBMITTED" || status === "APPROVED";

/** What a grid cell shows; `today` is the district's local day. */
export function cellState(cell: ReportCell, today: string): CellState {
  if (cell.status === "APPROVED" || cell.status === "SUBMITTED" || cell.status === "RETURNED") return cell.status;
  if (!cell.expected) return cell.status === "DRAFT" ? "DRAFT" : "NOT_EXPECTED";
  if (today > cell.dueOn) return "LATE";
  return cell.status === "DRAFT" ? "DRAFT" : "NOT_YET_DUE";
}

const rate = (count: number, of: number) => (of === 0 ? null : Math.round((count / of) * 1000) / 10);

/** The rates over a set of cells (one puskesmas, one month, or a whole district); only expected cells count. */
export function reportingRates(cells: readonly ReportCell[], today: string): Rates {
  let expected = 0,
    submitted = 0,
    onTime = 0,
    approved = 0,
    late = 0;
  for (const cell of cells) {
    if (!cell.expected) continue;
    expected++;
    if (isSubmitted(cell.status)) {
      submitted++;
      if (cell.firstSubmittedOn !== null && cell.firstSubmittedOn <= cell.dueOn) onTime++;
      if (cell.status === "APPROVED") approved++;
    } else if (today > cell.dueOn) {
      late++;
    }
  }
  return {
    expected,
    submitted,
    onTime,
    approved,
    late,
    reportingRate: rate(submitted, expected),
    onTimeRate: rate(onTime, expected),
    approvedRate: rate(approved, expected),
  };
}

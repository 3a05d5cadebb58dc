import { dateFloor, formatIndonesianDate, toIsoDate } from "./index";

/** Why a record's date is refused, as a catalogue key with its values; null when the date is allowed. */
export type DateProblem = { messageKey: string; values: Record<string, string> };

const dayValues = (day: Date) => ({ date: formatIndonesianDate(day), iso: toIsoDate(day) });

/**
 * The one rule for the date of a stage change, an activity or a cluster
 * assignment: not before the floor (`DATE_FLOOR`, or `floor`), not before the
 * facility opened (where known), not after the district's today — unless
 * `allowFuture` (a planned activity).
 */
export function recordDateProblem(
  date: Date,
  rules: { today: Date; openedOn?: readonly (Date | null | undefined)[]; allowFuture?: boolean; floor?: Date },
): DateProblem | null {
  const floor = rules.floor ?? dateFloor();
  if (date < floor) return { messageKey: "errors.dateBeforeFloor", values: dayValues(floor) };
  const opened = (rules.openedOn ?? [])
    .filter((day): day is Date => day instanceof Date)
    .reduce<Date | null>((latest, day) => (!latest || day > latest ? day : latest), null);
  if (opened && date < opened) return { messageKey: "errors.dateBeforeOpened", values: dayValues(opened) };
  if (!rules.allowFuture && date > rules.today)
    return { messageKey: "errors.dateInFuture", values: dayValues(rules.today) };
  return null;
}

import { formatIndonesianDate, toIsoDate } from "@/lib/dates";

export type StageDateProblem = { messageKey: string; values?: Record<string, string> };

/**
 * Whether a stage change may carry `date`: not before the floor (DATE_FLOOR),
 * not before the facility opened, not after today in the district's own zone.
 * All days are midnight UTC of the calendar day.
 */
export function checkStageDate(input: { date: Date; floor: Date; openedOn: Date | null; today: Date }): StageDateProblem | null {
  if (input.date.getTime() > input.today.getTime()) return { messageKey: "errors.dateInFuture" };
  if (input.date.getTime() < input.floor.getTime()) return { messageKey: "errors.stageDateBeforeFloor", values: { date: formatIndonesianDate(input.floor), iso: toIsoDate(input.floor) } };
  if (input.openedOn && input.date.getTime() < input.openedOn.getTime()) {
    return { messageKey: "errors.stageDateBeforeOpened", values: { date: formatIndonesianDate(input.openedOn), iso: toIsoDate(input.openedOn) } };
  }
  return null;
}

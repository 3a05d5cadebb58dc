/** A health worker's columns that its form and its import edit, with its id and version. */
export const STAFF_EDITABLE = {
  id: true,
  version: true,
  name: true,
  nip: true,
  profession: true,
  employmentStatus: true,
  posting: true,
  pustuId: true,
  pustuSchedule: true,
  active: true,
} as const;

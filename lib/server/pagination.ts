export type Page<Row> = { rows: Row[]; total: number; page: number; pageCount: number };

/** Clamps a requested page to the pages `total` rows make, and gives the slice to fetch. */
export function pageWindow(
  total: number,
  requested: number,
  size: number,
): { page: number; pageCount: number; skip: number; take: number } {
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, requested), pageCount);
  return { page, pageCount, skip: (page - 1) * size, take: size };
}

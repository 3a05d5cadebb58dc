import { NotFoundError } from "@/lib/server/errors";
import { facilitiesImport } from "./kinds/facilities";
import { kaderImport } from "./kinds/kader";
import { monthlyValuesImport } from "./kinds/monthly-values";
import { regionsImport } from "./kinds/regions";
import { stagesImport } from "./kinds/stages";
import { staffImport } from "./kinds/staff";
import type { ImportKindDef } from "./types";

/**
 * Every import kind, in the order the import page lists them: parents first
 * (a desa before its posyandu, a facility before its staff), so undo deletes
 * the rows of a batch in the reverse order.
 */
export const IMPORT_KIND_LIST: readonly ImportKindDef<unknown>[] = [
  regionsImport,
  facilitiesImport,
  staffImport,
  kaderImport,
  stagesImport,
  monthlyValuesImport,
];

/** Every import kind by its URL slug. */
export const IMPORT_KINDS: Record<string, ImportKindDef<unknown>> = Object.fromEntries(
  IMPORT_KIND_LIST.map((def) => [def.slug, def]),
);

export function importKind(slug: string): ImportKindDef<unknown> {
  const def = IMPORT_KINDS[slug];
  if (!def) throw new NotFoundError("import kind");
  return def;
}

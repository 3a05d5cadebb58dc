import { NotFoundError } from "@/lib/server/errors";
import { facilitiesImport } from "./kinds/facilities";
import { kaderImport } from "./kinds/kader";
import { regionsImport } from "./kinds/regions";
import { stagesImport } from "./kinds/stages";
import { staffImport } from "./kinds/staff";
import type { ImportKindDef } from "./types";

/** Every import kind by its URL slug, in the order the import page lists them. */
export const IMPORT_KINDS: Record<string, ImportKindDef<unknown>> = Object.fromEntries(
  [regionsImport, facilitiesImport, staffImport, kaderImport, stagesImport].map((def) => [def.slug, def as unknown as ImportKindDef<unknown>]),
);

export function importKind(slug: string): ImportKindDef<unknown> {
  const def = IMPORT_KINDS[slug];
  if (!def) throw new NotFoundError("import kind");
  return def;
}

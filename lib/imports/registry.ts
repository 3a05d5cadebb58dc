import { NotFoundError } from "@/lib/server/errors";
import { regionsImport } from "./kinds/regions";
import type { ImportKindDef } from "./types";

/** Every import kind by its URL slug, in the order the import page lists them. */
export const IMPORT_KINDS: Record<string, ImportKindDef<unknown>> = {
  [regionsImport.slug]: regionsImport as unknown as ImportKindDef<unknown>,
};

export function importKind(slug: string): ImportKindDef<unknown> {
  const def = IMPORT_KINDS[slug];
  if (!def) throw new NotFoundError("import kind");
  return def;
}

import "server-only";
import type { Scope } from "@/lib/auth/scope";
import { withScope, type Ctx } from "@/lib/server/scoped-db";
import { assertMayImport, commitImport, previewImport, type ImportCounts, type ImportPreview } from "./pipeline";
import type { TColumnMapping } from "./mapping";
import { readImportRows } from "./read-rows";
import { importKind } from "./registry";
import { districtImportTarget, puskesmasImportTarget } from "./targets";
import type { ImportDistrict, ImportKindDef } from "./types";

export type ImportMode = "dryRun" | "all" | "validOnly";
export type ImportOutcome =
  { mode: "dryRun"; preview: ImportPreview } | { mode: "all" | "validOnly"; batchId: string; counts: ImportCounts };
/** Where an upload goes, as named in the URL: a whole district (planners) or one puskesmas (its head's roster). */
export type ImportPlace = { districtCode: string } | { puskesmasId: string };

/** Commits of 100,000 rows take a while; the dry run and commit share this limit. */
const IMPORT_TRANSACTION_MS = 300_000;

async function targetOf(ctx: Ctx, place: ImportPlace): Promise<ImportDistrict> {
  return "puskesmasId" in place
    ? (await puskesmasImportTarget(ctx, place.puskesmasId)).target
    : districtImportTarget(ctx, place.districtCode);
}

/** The place named in the URL, if the user may import this kind into it (else NotFound/Forbidden). The file never names it. */
export async function importableTarget(
  scope: Scope,
  place: ImportPlace,
  def: ImportKindDef<unknown>,
): Promise<ImportDistrict> {
  return withScope(scope, async (ctx) => {
    const target = await targetOf(ctx, place);
    assertMayImport(ctx.scope, target, def.kind);
    return target;
  });
}

/**
 * Runs an upload: the scope is checked before the file is read, the file is
 * parsed and validated outside any transaction, then the dry run or the commit
 * runs in one transaction (the commit all-or-nothing). `mapping` is the
 * column-mapping step's choice (already checked by zod; checked against the
 * kind and the file's header as the file is read).
 */
export async function importFile(
  scope: Scope,
  place: ImportPlace,
  slug: string,
  file: Blob,
  fileName: string,
  mode: ImportMode,
  mapping: TColumnMapping | null = null,
): Promise<ImportOutcome> {
  const def = importKind(slug);
  const district = await importableTarget(scope, place, def);
  const read = await readImportRows(def, file, mapping);
  return withScope(
    scope,
    async (ctx): Promise<ImportOutcome> => {
      if (mode === "dryRun") return { mode, preview: await previewImport(ctx, def, district, fileName, read) };
      return { mode, ...(await commitImport(ctx, def, district, fileName, read, mode)) };
    },
    { timeout: IMPORT_TRANSACTION_MS },
  );
}

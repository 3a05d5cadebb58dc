import "server-only";
import type { Scope } from "@/lib/auth/scope";
import { getDistrictByCode } from "@/lib/rollout/queries";
import { withScope } from "@/lib/server/scoped-db";
import { assertMayImport, commitImport, previewImport, type ImportCounts, type ImportPreview } from "./pipeline";
import { readImportRows } from "./read-rows";
import { importKind } from "./registry";
import type { ImportDistrict } from "./types";

export type ImportMode = "dryRun" | "all" | "validOnly";
export type ImportOutcome = { mode: "dryRun"; preview: ImportPreview } | { mode: "all" | "validOnly"; batchId: string; counts: ImportCounts };

/** Commits of 100,000 rows take a while; the dry run and commit share this limit. */
const IMPORT_TRANSACTION_MS = 300_000;

/** The district named in the URL, if the user may import into it (else NotFound/Forbidden). The file never names it. */
export async function importableDistrict(scope: Scope, districtCode: string): Promise<ImportDistrict> {
  return withScope(scope, async (ctx) => {
    const found = await getDistrictByCode(ctx, districtCode);
    const district = { id: found.id, code: found.code, provinceId: found.province.id };
    assertMayImport(ctx, district);
    return district;
  });
}

/**
 * Runs an upload: the scope is checked before the file is read, the file is
 * parsed and validated outside any transaction, then the dry run or the commit
 * runs in one transaction (the commit all-or-nothing).
 */
export async function importFile(scope: Scope, districtCode: string, slug: string, file: Blob, fileName: string, mode: ImportMode): Promise<ImportOutcome> {
  const def = importKind(slug);
  const district = await importableDistrict(scope, districtCode);
  const read = await readImportRows(def, file);
  return withScope(
    scope,
    async (ctx): Promise<ImportOutcome> => {
      if (mode === "dryRun") return { mode, preview: await previewImport(ctx, def, district, fileName, read) };
      return { mode, ...(await commitImport(ctx, def, district, fileName, read, mode)) };
    },
    { timeout: IMPORT_TRANSACTION_MS },
  );
}

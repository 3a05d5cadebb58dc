import "server-only";
import { exportFormat, tableFile } from "@/lib/export/table-file";
import { NotFoundError } from "@/lib/server/errors";
import { failureOf, failureResponse, UNAUTHENTICATED } from "@/lib/server/failures";
import type { Ctx } from "@/lib/server/scoped-db";
import { paramsAreSane } from "@/lib/server/request-hygiene";
import { getCurrentUser } from "@/lib/server/session";
import { hasControlCharacters } from "@/lib/validation/characters";
import { IMPORT_LIMITS } from "./limits";
import { EXAMPLE_MARK, FileRejected } from "./read-table";
import { parseMappingField } from "./mapping";
import { MissingColumns } from "./read-rows";
import { importFile, type ImportMode, type ImportPlace } from "./service";
import type { ImportDistrict, ImportKindDef } from "./types";

/**
 * A kind's template (?isi=templat: the header and one example row marked
 * "[CONTOH]", which the importer skips) or the target's current data in that
 * template (default), as CSV (?format=csv or csv-id) or XLSX. A target
 * restricted to a puskesmas exports only that puskesmas' rows.
 */
export async function templateOrExport<Row>(
  ctx: Ctx,
  request: Request,
  def: ImportKindDef<Row>,
  district: ImportDistrict,
): Promise<Response> {
  const template = new URL(request.url).searchParams.get("isi") === "templat";
  const rows = template ? [exampleRow(def)] : await def.exportRows(ctx, district);
  const place = (district.puskesmas?.code ?? district.code).replaceAll(/[^\w.-]+/g, "-");
  return tableFile(
    exportFormat(request),
    `${template ? "templat" : "data"}-${def.slug}-${place}`,
    Object.keys(def.columns),
    rows,
    { keepHeader: true },
  );
}

/** The template's one example row, its first cell marked so that the importer skips it. */
function exampleRow<Row>(def: ImportKindDef<Row>): string[] {
  return Object.keys(def.columns).map((column, index) => {
    const value = def.example[column] ?? "";
    return index === 0 ? `${EXAMPLE_MARK} ${value}` : value;
  });
}

const MODES: ImportMode[] = ["dryRun", "all", "validOnly"];
const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "cache-control": "no-store" } });

/**
 * An upload handler (multipart: `file`, `mode` = dryRun | all | validOnly, and the optional `mapping`
 * of the column-mapping step, JSON: template column → file header) for
 * the place and kind `target` reads from the URL. The session is checked on
 * every request, and the place is checked against the user's scope before the
 * file is read; nothing in the file or the form can widen it. Answers JSON:
 * the preview or the batch, or the failure table's answer (400/401/403/404/409), or 413. A file
 * missing a required column is answered 400 with `mapping` (its headers, the required columns and
 * those already recognised), so the page can offer to map them.
 */
export function importUploadRoute<Params>(target: (params: Params) => { place: ImportPlace; slug: string }) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    const user = await getCurrentUser();
    if (!user || user.mustChangePassword) return failureResponse(UNAUTHENTICATED);
    const params = await context.params;
    if (!paramsAreSane(params)) return failureResponse(failureOf(new NotFoundError("route")));
    const { place, slug } = target(params);
    // Refuse an oversized body before reading it (multipart adds a little around the file).
    if (Number(request.headers.get("content-length") ?? 0) > IMPORT_LIMITS.maxBytes + 64 * 1024) {
      return json(
        { ok: false, messageKey: "imports.file.tooLarge", values: { max: IMPORT_LIMITS.maxBytes / (1024 * 1024) } },
        413,
      );
    }
    try {
      const form = await request.formData().catch(() => null);
      const file = form?.get("file");
      const mode = String(form?.get("mode") ?? "dryRun") as ImportMode;
      if (!(file instanceof Blob) || !MODES.includes(mode)) throw new FileRejected("imports.file.missing");
      const fileName = file instanceof File ? file.name : "berkas";
      if (hasControlCharacters(fileName)) return json({ ok: false, messageKey: "imports.file.controlCharacters" }, 400);
      const mapping = parseMappingField(form?.get("mapping"));
      return json({ ok: true, ...(await importFile(user.scope, place, slug, file, fileName, mode, mapping)) });
    } catch (error) {
      const failure = failureOf(error, "Import failed");
      if (!(error instanceof MissingColumns)) return failureResponse(failure);
      // The refusal also offers the column-mapping step: the file's headers and the columns to map.
      const { status, ...body } = failure;
      return json({ ok: false, ...body, mapping: error.mapping }, status);
    }
  };
}

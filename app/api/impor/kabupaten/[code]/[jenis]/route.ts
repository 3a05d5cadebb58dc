import { exportFormat, tableFile } from "@/lib/export/table-file";
import { IMPORT_LIMITS } from "@/lib/imports/limits";
import { FileRejected } from "@/lib/imports/read-table";
import { importKind } from "@/lib/imports/registry";
import { importFile, type ImportMode } from "@/lib/imports/service";
import { getDistrictByCode } from "@/lib/rollout/queries";
import { scopedRoute } from "@/lib/server/route-handler";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/server/errors";
import { getCurrentUser } from "@/lib/server/session";

type Params = { code: string; jenis: string };

/** The kind's template (?isi=templat: the header only) or the district's data in that template (default), as CSV or XLSX. */
export const GET = scopedRoute<Params>(async (ctx, request, params) => {
  const def = importKind(params.jenis);
  const found = await getDistrictByCode(ctx, decodeURIComponent(params.code));
  const district = { id: found.id, code: found.code, provinceId: found.province.id };
  const template = new URL(request.url).searchParams.get("isi") === "templat";
  const rows = template ? [] : await def.exportRows(ctx, district);
  return tableFile(exportFormat(request), `${template ? "templat" : "data"}-${def.slug}-${district.code}`, Object.keys(def.columns), rows);
});

const MODES: ImportMode[] = ["dryRun", "all", "validOnly"];
const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "cache-control": "no-store" } });

/**
 * An upload (multipart: `file`, `mode` = dryRun | all | validOnly). The session
 * is checked here and the district comes from the user's scope; nothing in the
 * file or the form can widen it. Answers JSON: the preview, or the batch.
 */
export async function POST(request: Request, context: { params: Promise<Params> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user || user.mustChangePassword) return json({ ok: false, messageKey: "errors.signInAgain" }, 401);
  const params = await context.params;
  // Refuse an oversized body before reading it (multipart adds a little around the file).
  if (Number(request.headers.get("content-length") ?? 0) > IMPORT_LIMITS.maxBytes + 64 * 1024) {
    return json({ ok: false, messageKey: "imports.file.tooLarge", values: { max: IMPORT_LIMITS.maxBytes / (1024 * 1024) } }, 413);
  }
  try {
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    const mode = String(form?.get("mode") ?? "dryRun") as ImportMode;
    if (!(file instanceof Blob) || !MODES.includes(mode)) return json({ ok: false, messageKey: "imports.file.missing" }, 400);
    const fileName = file instanceof File ? file.name : "berkas";
    const outcome = await importFile(user.scope, decodeURIComponent(params.code), params.jenis, file, fileName, mode);
    return json({ ok: true, ...outcome });
  } catch (error) {
    if (error instanceof NotFoundError) return json({ ok: false, messageKey: "errors.notFound" }, 404);
    if (error instanceof ForbiddenError) return json({ ok: false, messageKey: error.messageKey }, 403);
    if (error instanceof FileRejected || error instanceof ValidationError) return json({ ok: false, messageKey: error.messageKey, values: error.values }, 400);
    console.error("Import failed", error);
    return json({ ok: false, messageKey: "common.error" }, 500);
  }
}

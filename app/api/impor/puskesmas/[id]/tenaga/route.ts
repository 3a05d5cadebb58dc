import { staffImport } from "@/lib/imports/kinds/staff";
import { importUploadRoute, templateOrExport } from "@/lib/imports/route-handlers";
import { puskesmasImportTarget } from "@/lib/imports/targets";
import { scopedRoute } from "@/lib/server/route-handler";

type Params = { id: string };

/** The roster template (?isi=templat) or the puskesmas' own staff in that template, as CSV or XLSX, for whoever reads the puskesmas. */
export const GET = scopedRoute<Params>(async (ctx, request, params) =>
  templateOrExport(ctx, request, staffImport, (await puskesmasImportTarget(ctx, params.id)).target),
);

/**
 * The head's upload of their puskesmas' roster: out of scope answers 404, a
 * reader who is not its head 403; rows of another puskesmas are rejected.
 */
export const POST = importUploadRoute<Params>((params) => ({
  place: { puskesmasId: params.id },
  slug: staffImport.slug,
}));

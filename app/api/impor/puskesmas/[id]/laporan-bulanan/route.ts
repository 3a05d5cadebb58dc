import { monthlyValuesImport } from "@/lib/imports/kinds/monthly-values";
import { importUploadRoute, templateOrExport } from "@/lib/imports/route-handlers";
import { puskesmasImportTarget } from "@/lib/imports/targets";
import { scopedRoute } from "@/lib/server/route-handler";

type Params = { id: string };

/** The monthly values template (?isi=templat) or the puskesmas' own reported values in it, as CSV or XLSX, for whoever reads the puskesmas. */
export const GET = scopedRoute<Params>(async (ctx, request, params) =>
  templateOrExport(ctx, request, monthlyValuesImport, (await puskesmasImportTarget(ctx, params.id)).target),
);

/**
 * The head's or petugas data's upload of their puskesmas' monthly report values:
 * out of scope answers 404, a reader who may not enter reports 403; rows of
 * another puskesmas are rejected.
 */
export const POST = importUploadRoute<Params>((params) => ({
  place: { puskesmasId: params.id },
  slug: monthlyValuesImport.slug,
}));

import { importKind } from "@/lib/imports/registry";
import { importUploadRoute, templateOrExport } from "@/lib/imports/route-handlers";
import { districtImportTarget } from "@/lib/imports/targets";
import { scopedRoute } from "@/lib/server/route-handler";

type Params = { code: string; jenis: string };

/** The kind's template (?isi=templat) or the district's data in that template, as CSV or XLSX, for whoever reads the district. */
export const GET = scopedRoute<Params>(async (ctx, request, params) =>
  templateOrExport(
    ctx,
    request,
    importKind(params.jenis),
    await districtImportTarget(ctx, decodeURIComponent(params.code)),
  ),
);

/** A planner's upload into their district (any kind); see importUploadRoute. */
export const POST = importUploadRoute<Params>((params) => ({
  place: { districtCode: decodeURIComponent(params.code) },
  slug: params.jenis,
}));

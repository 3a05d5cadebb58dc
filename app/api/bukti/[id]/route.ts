import { getEvidenceFile } from "@/lib/facilities/queries";
import { fileDownload } from "@/lib/server/file-download";
import { scopedRoute } from "@/lib/server/route-handler";

/** Serves a stage change's evidence file to those who may read the facility. */
export const GET = scopedRoute<{ id: string }>(async (ctx, _request, params) =>
  fileDownload(await getEvidenceFile(ctx, params.id)),
);

import { getActivityAttachment } from "@/lib/activities/queries";
import { fileDownload } from "@/lib/server/file-download";
import { scopedRoute } from "@/lib/server/route-handler";

/** Serves an activity's attachment (undangan, daftar hadir, foto) to those who may read its district. */
export const GET = scopedRoute<{ id: string }>(async (ctx, _request, params) =>
  fileDownload(await getActivityAttachment(ctx, params.id)),
);

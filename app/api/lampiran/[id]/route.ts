import { getActivityAttachment } from "@/lib/activities/queries";
import { scopedRoute } from "@/lib/server/route-handler";

/** Serves an activity's attachment (undangan, daftar hadir, foto) to those who may read its district. */
export const GET = scopedRoute<{ id: string }>(async (ctx, _request, params) => {
  const file = await getActivityAttachment(ctx, params.id);
  return new Response(Buffer.from(file.content), {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
});

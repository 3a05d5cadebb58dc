import { getEvidenceFile } from "@/lib/facilities/queries";
import { scopedRoute } from "@/lib/server/route-handler";

/** Serves a stage change's evidence file to those who may read the facility. */
export const GET = scopedRoute<{ id: string }>(async (ctx, _request, params) => {
  const file = await getEvidenceFile(ctx, params.id);
  return new Response(Buffer.from(file.content), {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
});

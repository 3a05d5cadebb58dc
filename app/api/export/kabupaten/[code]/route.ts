import { getTranslations } from "next-intl/server";
import { toCsv } from "@/lib/export/csv";
import { getDistrictByCode, listDistrictPuskesmas } from "@/lib/rollout/queries";
import { ZPuskesmasFilters } from "@/lib/rollout/schemas";
import { NotFoundError } from "@/lib/server/errors";
import { getCurrentUser } from "@/lib/server/session";

/** The district's puskesmas list as CSV, with the same filters and order as the screen. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  const filters = ZPuskesmasFilters.parse(Object.fromEntries(new URL(request.url).searchParams));
  try {
    const district = await getDistrictByCode(user.scope, decodeURIComponent((await params).code));
    const { rows } = await listDistrictPuskesmas(user.scope, district, filters, { all: true });
    const t = await getTranslations();
    const csv = toCsv(
      ["kode", t("list.name"), t("list.kecamatan"), t("list.stage"), t("list.since"), t("list.placement"), t("list.illustrative")],
      rows.map((row) => [
        row.code,
        row.name,
        row.kecamatan?.name ?? "",
        t(`stage.${row.currentStage}`),
        row.stageSince?.toISOString().slice(0, 10) ?? "",
        row.placementVerified ? "" : (row.placementNote ?? t("list.unverified")),
        row.isIllustrative ? "ya" : "",
      ]),
    );
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="puskesmas-${district.code}.csv"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Not found", { status: 404 });
    throw error;
  }
}

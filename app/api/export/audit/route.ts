import { listAuditLog } from "@/lib/audit/queries";
import { ZAuditFilters } from "@/lib/audit/schemas";
import { exportFormat, tableFile } from "@/lib/export/table-file";
import { routeTranslator } from "@/lib/i18n/translator";
import { scopedRoute } from "@/lib/server/route-handler";
import { isoLocalDateTime } from "@/lib/dates/instants";

/** The audit log as CSV, with the screen's filters (Dinkes admins: their district; national admins: all). */
export const GET = scopedRoute<Record<string, never>>(async (ctx, request) => {
  const filters = ZAuditFilters.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { rows, timeZone } = await listAuditLog(ctx, filters, { all: true });
  const t = await routeTranslator();
  return tableFile(
    exportFormat(request),
    "audit-log",
    [
      t("audit.at"),
      t("audit.actor"),
      t("audit.action"),
      t("audit.entity"),
      t("audit.entityId"),
      t("audit.before"),
      t("audit.after"),
      "IP",
    ],
    rows.map((row) => [
      isoLocalDateTime(row.at, timeZone),
      row.actor,
      row.action,
      row.entity,
      row.entityId,
      JSON.stringify(row.before ?? null),
      JSON.stringify(row.after ?? null),
      row.ip,
    ]),
  );
});

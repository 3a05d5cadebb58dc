import { actionKey, entityKey } from "@/lib/audit/labels";
import { listAuditLog } from "@/lib/audit/queries";
import type { AuditValue } from "@/lib/audit/readable";
import { ZAuditFilters } from "@/lib/audit/schemas";
import { exportFormat, tableFile } from "@/lib/export/table-file";
import { routeTranslator } from "@/lib/i18n/translator";
import { scopedRoute } from "@/lib/server/route-handler";
import { isoLocalDateTime } from "@/lib/dates/instants";

const plain = (value: AuditValue | undefined): string =>
  value === undefined || value === null
    ? "–"
    : typeof value === "object" && !Array.isArray(value)
      ? value.name
      : String(value);

/** The audit log as CSV or XLSX, with the screen's tab and filters, in words (labels and names). */
export const GET = scopedRoute<Record<string, never>>(async (ctx, request) => {
  const filters = ZAuditFilters.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { rows, timeZone } = await listAuditLog(ctx, filters, { all: true });
  const t = await routeTranslator();
  // Keys built from the log's own strings (lib/audit/labels.ts lists them; a test checks both catalogues).
  const say = t as unknown as { (key: string): string; has(key: string): boolean };
  const field = (name: string) => (say.has(`audit.fields.${name}`) ? say(`audit.fields.${name}`) : name);
  return tableFile(
    exportFormat(request),
    "audit-log",
    [
      t("audit.at"),
      t("audit.actor"),
      t("audit.action"),
      t("audit.entity"),
      t("audit.objectName"),
      t("audit.changes"),
      "IP",
    ],
    rows.map((row) => {
      const action = actionKey(row.action);
      const entity = entityKey(row.entity);
      return [
        isoLocalDateTime(row.at, timeZone),
        row.actor ?? (row.byPerson ? t("audit.unknownActor") : t("audit.system")),
        action ? say(`audit.actions.${action}`) : row.action,
        entity ? say(`audit.entities.${entity}`) : row.entity,
        row.objectName,
        row.changes
          .map((change) =>
            change.before === undefined
              ? `${field(change.field)}: ${plain(change.after)}`
              : change.after === undefined
                ? `${field(change.field)}: ${plain(change.before)} → –`
                : `${field(change.field)}: ${plain(change.before)} → ${plain(change.after)}`,
          )
          .join("; "),
        row.ip,
      ];
    }),
  );
});

import { getTranslations } from "next-intl/server";
import { ExportLinks } from "@/components/ui/export-links";
import { FilterField } from "@/components/ui/filter-field";
import { listAuditLog } from "@/lib/audit/queries";
import { ZAuditFilters, type TAuditFilters } from "@/lib/audit/schemas";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";
import { formatIndonesianDateTime, zoneAbbreviation } from "@/lib/dates";
import { queryString } from "@/lib/server/url-params";
import { ListPager } from "@/components/ui/list-pager";
import { ListTable } from "@/components/ui/list-table";

const ENTITIES = [
  "Facility",
  "FacilityStageChange",
  "Staff",
  "ClusterAssignment",
  "RolloutTarget",
  "Activity",
  "RecordCorrection",
  "Kader",
  "user",
  "auth",
];

function query({ aksi, entitas, pelaku, dari, sampai }: TAuditFilters, page?: number): string {
  return queryString({ aksi, entitas, pelaku, dari, sampai, hal: page }, { hal: 1 });
}

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const filters = ZAuditFilters.parse(await searchParams);
  const log = await orNotFound(withScope(user.scope, (ctx) => listAuditLog(ctx, filters)));
  const t = await getTranslations();

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("audit.title")}</h1>
      <p className="text-sm text-slate-600">{t("audit.timeZoneNote", { zone: zoneAbbreviation(log.timeZone) })}</p>
      <form method="get" action="/audit" className="flex flex-wrap items-end gap-2" role="search">
        <FilterField id="audit-action" label={t("audit.filterAction")}>
          <input id="audit-action" name="aksi" defaultValue={filters.aksi} />
        </FilterField>
        <FilterField id="audit-entity" label={t("audit.filterEntity")}>
          <select id="audit-entity" name="entitas" defaultValue={filters.entitas ?? ""}>
            <option value="">{t("audit.allEntities")}</option>
            {ENTITIES.map((entity) => (
              <option key={entity}>{entity}</option>
            ))}
          </select>
        </FilterField>
        <FilterField id="audit-actor" label={t("audit.filterActor")}>
          <input id="audit-actor" name="pelaku" defaultValue={filters.pelaku} />
        </FilterField>
        <FilterField id="audit-from" label={t("audit.from")}>
          <input id="audit-from" name="dari" type="date" defaultValue={filters.dari} />
        </FilterField>
        <FilterField id="audit-to" label={t("audit.to")}>
          <input id="audit-to" name="sampai" type="date" defaultValue={filters.sampai} />
        </FilterField>
        <button type="submit" className="rounded bg-brand-700 px-3 py-1 text-sm font-semibold text-white">
          {t("list.apply")}
        </button>
        <a href="/audit" className="px-2 py-1 text-sm underline">
          {t("list.reset")}
        </a>
        <span className="ml-auto">
          <ExportLinks
            href={`/api/export/audit${query(filters)}`}
            csvLabel={t("list.export")}
            xlsxLabel={t("list.exportXlsx")}
          />
        </span>
      </form>
      <ListTable
        columns={[t("audit.at"), t("audit.actor"), t("audit.action"), t("audit.entity"), t("audit.details")]}
        empty={t("audit.empty")}
        rowCount={log.rows.length}
      >
        {log.rows.map((row) => (
          <tr key={row.id} className="border-t border-slate-100 align-top">
            <td className="whitespace-nowrap px-3 py-2">{formatIndonesianDateTime(row.at, log.timeZone)}</td>
            <td className="px-3 py-2">{row.actor ?? t("audit.system")}</td>
            <td className="px-3 py-2">{row.action}</td>
            <td className="px-3 py-2">
              {row.entity}
              {row.entityId && <span className="block text-xs text-slate-500">{row.entityId}</span>}
            </td>
            <td className="px-3 py-2">
              {(row.before !== null || row.after !== null) && (
                <details>
                  <summary className="cursor-pointer text-brand-700">{t("audit.details")}</summary>
                  <pre className="max-w-xl overflow-x-auto whitespace-pre-wrap text-xs">
                    {t("audit.before")}: {JSON.stringify(row.before, null, 1)}
                    {"\n"}
                    {t("audit.after")}: {JSON.stringify(row.after, null, 1)}
                  </pre>
                </details>
              )}
            </td>
          </tr>
        ))}
      </ListTable>
      <ListPager page={log.page} pageCount={log.pageCount} href={(page) => `/audit${query(filters, page)}`} />
    </div>
  );
}

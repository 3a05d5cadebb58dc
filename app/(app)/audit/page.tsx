import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ExportLinks } from "@/components/ui/export-links";
import { FilterField } from "@/components/ui/filter-field";
import { Pager } from "@/components/ui/pager";
import { AuditChanges } from "@/lib/audit/components/audit-changes";
import { actionKey, AUDIT_ACTIONS, AUDIT_ENTITIES, entityKey, SIGN_IN_ENTITY } from "@/lib/audit/labels";
import { listAuditLog } from "@/lib/audit/queries";
import { AUDIT_TABS, ZAuditFilters, type TAuditFilters } from "@/lib/audit/schemas";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";
import { formatIndonesianDateTime, zoneAbbreviation } from "@/lib/dates";

function query(filters: TAuditFilters, page?: number): string {
  const params = new URLSearchParams();
  if (filters.tampil !== "perubahan") params.set("tampil", filters.tampil);
  for (const key of ["aksi", "entitas", "pelaku", "objek", "dari", "sampai"] as const)
    if (filters[key]) params.set(key, filters[key]!);
  if (page && page > 1) params.set("hal", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The audit log: data changes and sign-ins in two tabs, in words (labels, names, before → after). */
export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const filters = ZAuditFilters.parse(await searchParams);
  const log = await orNotFound(withScope(user.scope, (ctx) => listAuditLog(ctx, filters)));
  const t = await getTranslations();
  const signIns = filters.tampil === "masuk";
  const actionLabel = (action: string) => {
    const key = actionKey(action);
    return key ? t(`audit.actions.${key}`) : action;
  };
  const entityLabel = (entity: string) => {
    const key = entityKey(entity);
    return key ? t(`audit.entities.${key}`) : entity;
  };
  const actions = AUDIT_ACTIONS.filter((action) => action.startsWith("auth.") === signIns);
  const entities = AUDIT_ENTITIES.filter((entity) => entity !== SIGN_IN_ENTITY);

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("audit.title")}</h1>
      <nav aria-label={t("audit.tabsLabel")} className="flex gap-1 border-b border-slate-200">
        {AUDIT_TABS.map((tab) => (
          <Link
            key={tab}
            href={tab === "perubahan" ? "/audit" : `/audit?tampil=${tab}`}
            aria-current={filters.tampil === tab ? "page" : undefined}
            className={`rounded-t px-3 py-2 text-sm ${filters.tampil === tab ? "border border-b-white border-slate-200 bg-white font-semibold" : "text-brand-700 underline"}`}
          >
            {t(`audit.tabs.${tab}`)}
          </Link>
        ))}
      </nav>
      <p className="text-sm text-slate-600">{t("audit.timeZoneNote", { zone: zoneAbbreviation(log.timeZone) })}</p>
      <form method="get" action="/audit" className="flex flex-wrap items-end gap-2" role="search">
        {signIns && <input type="hidden" name="tampil" value="masuk" />}
        <FilterField id="audit-actor" label={t("audit.filterActor")}>
          <input id="audit-actor" name="pelaku" defaultValue={filters.pelaku} />
        </FilterField>
        {!signIns && (
          <FilterField id="audit-object" label={t("audit.filterObject")}>
            <input id="audit-object" name="objek" defaultValue={filters.objek} />
          </FilterField>
        )}
        <FilterField id="audit-action" label={t("audit.filterAction")}>
          <select id="audit-action" name="aksi" defaultValue={filters.aksi ?? ""}>
            <option value="">{t("audit.allActions")}</option>
            {actions.map((action) => (
              <option key={action} value={action}>
                {actionLabel(action)}
              </option>
            ))}
          </select>
        </FilterField>
        {!signIns && (
          <FilterField id="audit-entity" label={t("audit.filterEntity")}>
            <select id="audit-entity" name="entitas" defaultValue={filters.entitas ?? ""}>
              <option value="">{t("audit.allEntities")}</option>
              {entities.map((entity) => (
                <option key={entity} value={entity}>
                  {entityLabel(entity)}
                </option>
              ))}
            </select>
          </FilterField>
        )}
        <FilterField id="audit-from" label={t("audit.from")}>
          <input id="audit-from" name="dari" type="date" defaultValue={filters.dari} />
        </FilterField>
        <FilterField id="audit-to" label={t("audit.to")}>
          <input id="audit-to" name="sampai" type="date" defaultValue={filters.sampai} />
        </FilterField>
        <button type="submit" className="rounded bg-brand-700 px-3 py-1 text-sm font-semibold text-white">
          {t("list.apply")}
        </button>
        <a href={signIns ? "/audit?tampil=masuk" : "/audit"} className="px-2 py-1 text-sm underline">
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
      {log.rows.length === 0 ? (
        <p className="rounded border border-dashed p-6 text-center text-slate-600">{t("audit.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <thead className="bg-slate-100 text-left text-xs uppercase text-slate-600">
              <tr>
                <th className="px-3 py-2">{t("audit.at")}</th>
                <th className="px-3 py-2">{t("audit.actor")}</th>
                <th className="px-3 py-2">{t("audit.action")}</th>
                <th className="px-3 py-2">{signIns ? t("audit.username") : t("audit.entity")}</th>
                <th className="px-3 py-2">{signIns ? "IP" : t("audit.changes")}</th>
              </tr>
            </thead>
            <tbody>
              {log.rows.map((row) => (
                <tr key={row.id} className="border-t border-slate-100 align-top" data-testid="audit-row">
                  <td className="whitespace-nowrap px-3 py-2">{formatIndonesianDateTime(row.at, log.timeZone)}</td>
                  <td className="px-3 py-2">
                    {row.actor ?? (row.byPerson ? t("audit.unknownActor") : t("audit.system"))}
                  </td>
                  <td className="px-3 py-2">{actionLabel(row.action)}</td>
                  <td className="px-3 py-2">
                    {signIns ? (
                      (row.objectName ?? "–")
                    ) : (
                      <>
                        <span className="block text-xs text-slate-500">{entityLabel(row.entity)}</span>
                        {row.objectName ?? "–"}
                      </>
                    )}
                  </td>
                  <td className="px-3 py-2">
                    {signIns ? (row.ip ?? "–") : <AuditChanges entity={row.entity} changes={row.changes} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        page={log.page}
        pageCount={log.pageCount}
        href={(page) => `/audit${query(filters, page)}`}
        labels={{
          previous: t("list.previous"),
          next: t("list.next"),
          page: t("list.page", { page: log.page, pageCount: log.pageCount }),
        }}
      />
    </div>
  );
}

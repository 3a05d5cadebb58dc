import { DistrictPageHeading } from "@/components/ui/district-page-heading";
import { getFormatter, getTranslations } from "next-intl/server";
import { FilterField } from "@/components/ui/filter-field";
import { Pager } from "@/components/ui/pager";
import { CreateActivityForm } from "@/lib/activities/components/create-activity-form";
import { listActivities, ZActivityFilters, type TActivityFilters } from "@/lib/activities/queries";
import { ACTIVITY_TYPES } from "@/lib/activities/schemas";
import { can } from "@/lib/auth/permissions";
import { getDistrictByCode, listParentOptions } from "@/lib/rollout/queries";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";

function query(filters: TActivityFilters, page: number): string {
  const params = new URLSearchParams();
  if (filters.type) params.set("type", filters.type);
  if (filters.year) params.set("year", String(filters.year));
  if (page > 1) params.set("page", String(page));
  return params.size ? `?${params}` : "";
}

/** The district's activities (sosialisasi, pelatihan, kaji banding, penyuluhan) and the planner's form to log one. */
export default async function ActivitiesPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const { code } = await params;
  const filters = ZActivityFilters.parse(await searchParams);
  const { district, list, facilities } = await orNotFound(
    withScope(user.scope, async (ctx) => {
      const district = await getDistrictByCode(ctx, decodeURIComponent(code));
      return { district, list: await listActivities(ctx, district, filters), facilities: await listParentOptions(ctx, district) };
    }),
  );
  const t = await getTranslations();
  const format = await getFormatter();
  const basePath = `/kabupaten/${district.code}/kegiatan`;
  return (
    <div className="flex flex-col gap-4">
      <DistrictPageHeading district={district} title={t("activityForm.pageTitle")} />
      <form method="get" action={basePath} className="flex flex-wrap items-end gap-2" role="search">
        <FilterField id="activity-filter-type" label={t("activityForm.type")}>
          <select id="activity-filter-type" name="type" defaultValue={filters.type ?? ""}>
            <option value="">{t("activityForm.allTypes")}</option>
            {ACTIVITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`activityType.${type}`)}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="activity-filter-year" label={t("activityForm.year")}>
          <input id="activity-filter-year" name="year" type="number" min={2000} max={2100} defaultValue={filters.year} />
        </FilterField>
        <button type="submit" className="rounded bg-brand-700 px-3 py-1 text-sm font-semibold text-white">
          {t("list.apply")}
        </button>
        <a href={basePath} className="px-2 py-1 text-sm underline">
          {t("list.reset")}
        </a>
      </form>
      <p className="text-sm text-slate-600">{t("activityForm.totals", { count: list.total, participants: list.participants })}</p>
      {list.rows.length === 0 ? (
        <p className="rounded border border-dashed p-6 text-center text-slate-600">{t("district.noActivities")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {list.rows.map((activity) => (
            <li key={activity.id} className="rounded border border-slate-200 bg-white p-3 text-sm">
              <p className="font-medium">
                {format.dateTime(activity.date, { dateStyle: "medium", timeZone: "UTC" })} · {t(`activityType.${activity.type}`)} · {activity.title}
              </p>
              <p className="text-slate-600">
                {activity.place ?? "–"} ·{" "}
                {activity.participantCount === null ? t("district.participantsUnknown") : t("district.participants", { count: activity.participantCount })} ·{" "}
                {t("district.facilitiesInvolved", { count: activity.facilities.length })}
              </p>
              {activity.note && <p>{activity.note}</p>}
              {activity.source && <p className="text-xs text-slate-500">{t("district.source", { source: activity.source })}</p>}
            </li>
          ))}
        </ul>
      )}
      <Pager
        page={list.page}
        pageCount={list.pageCount}
        href={(page) => basePath + query(filters, page)}
        labels={{ previous: t("list.previous"), next: t("list.next"), page: t("list.page", { page: list.page, pageCount: list.pageCount }) }}
      />
      {can(user.scope, "activity.write", { districtId: district.id }) && (
        <CreateActivityForm districtCode={district.code} facilities={facilities} today={new Date().toISOString().slice(0, 10)} />
      )}
    </div>
  );
}

import { DistrictPageHeading } from "@/components/ui/district-page-heading";
import { getFormatter, getTranslations } from "next-intl/server";
import { FilterField } from "@/components/ui/filter-field";
import { ActivityAttachments } from "@/lib/activities/components/activity-attachments";
import { DeleteActivityButton } from "@/lib/activities/components/delete-activity-button";
import { EditActivityForm } from "@/lib/activities/components/edit-activity-form";
import { CreateActivityForm } from "@/lib/activities/components/create-activity-form";
import { listActivities, ZActivityFilters, type TActivityFilters } from "@/lib/activities/queries";
import { ACTIVITY_STATUSES, ACTIVITY_TYPES } from "@/lib/activities/schemas";
import { can } from "@/lib/auth/permissions";
import { CorrectionHistory } from "@/lib/corrections/components/correction-history";
import { timeZoneOfRegion, todayIn, toIsoDate } from "@/lib/dates";
import { getDistrictByCode, listParentOptions } from "@/lib/rollout/queries";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";
import { queryString } from "@/lib/server/url-params";
import { ListPager } from "@/components/ui/list-pager";

function query(filters: TActivityFilters, page: number): string {
  return queryString({ jenis: filters.jenis, status: filters.status, tahun: filters.tahun, hal: page }, { hal: 1 });
}

/**
 * The district's activities, done and planned, the planner's form to log one and, on
 * each, to edit it (planned → done), delete it (after a confirmation) and attach its
 * undangan, daftar hadir and foto; corrected and voided ones show their history.
 */
export default async function ActivitiesPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const { code } = await params;
  const filters = ZActivityFilters.parse(await searchParams);
  const { district, list, facilities } = await orNotFound(
    withScope(user.scope, async (ctx) => {
      const district = await getDistrictByCode(ctx, decodeURIComponent(code));
      return {
        district,
        list: await listActivities(ctx, district, filters),
        facilities: await listParentOptions(ctx, district),
      };
    }),
  );
  const t = await getTranslations();
  const format = await getFormatter();
  const basePath = `/kabupaten/${district.code}/kegiatan`;
  const timeZone = timeZoneOfRegion(district.code);
  const today = todayIn(timeZone);
  const mayEdit = can(user.scope, "activity.write", { districtId: district.id });
  const describe = (previous: Record<string, unknown>) =>
    [
      previous.date,
      previous.type ? t(`activityType.${previous.type as "PELATIHAN"}`) : null,
      previous.title,
      previous.place,
      previous.participantCount === null || previous.participantCount === undefined
        ? null
        : t("district.participants", { count: Number(previous.participantCount) }),
    ]
      .filter((part) => part !== null && part !== undefined && part !== "")
      .join(" · ");
  return (
    <div className="flex flex-col gap-4">
      <DistrictPageHeading district={district} title={t("activityForm.pageTitle")} />
      <form method="get" action={basePath} className="flex flex-wrap items-end gap-2" role="search">
        <FilterField id="activity-filter-type" label={t("activityForm.type")}>
          <select id="activity-filter-type" name="jenis" defaultValue={filters.jenis ?? ""}>
            <option value="">{t("activityForm.allTypes")}</option>
            {ACTIVITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`activityType.${type}`)}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="activity-filter-status" label={t("activityForm.status")}>
          <select id="activity-filter-status" name="status" defaultValue={filters.status ?? ""}>
            <option value="">{t("activityForm.allStatuses")}</option>
            {ACTIVITY_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`activityStatus.${status}`)}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="activity-filter-year" label={t("activityForm.year")}>
          <input
            id="activity-filter-year"
            name="tahun"
            type="number"
            min={2000}
            max={2100}
            defaultValue={filters.tahun}
          />
        </FilterField>
        <button type="submit" className="rounded bg-brand-700 px-3 py-1 text-sm font-semibold text-white">
          {t("list.apply")}
        </button>
        <a href={basePath} className="px-2 py-1 text-sm underline">
          {t("list.reset")}
        </a>
      </form>
      <p className="text-sm text-slate-600">
        {t("activityForm.totals", {
          done: list.totals.done,
          participants: list.totals.participants,
          unknown: list.totals.participantsUnknown,
          planned: list.totals.planned,
        })}
      </p>
      {list.rows.length === 0 ? (
        <p className="rounded border border-dashed p-6 text-center text-slate-600">{t("district.noActivities")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {list.rows.map((activity) => (
            <li
              key={activity.id}
              data-testid="activity"
              className={`flex flex-col gap-1 rounded border border-slate-200 p-3 text-sm ${activity.voidedAt ? "bg-slate-50 text-slate-500" : "bg-white"}`}
            >
              <p className="font-medium">
                <span className={activity.voidedAt ? "line-through" : undefined}>
                  {format.dateTime(activity.date, { dateStyle: "medium", timeZone: "UTC" })} ·{" "}
                  {t(`activityType.${activity.type}`)}
                  {activity.typeNote ? ` (${activity.typeNote})` : ""} · {activity.title}
                </span>
                {activity.status === "PLANNED" && (
                  <span className="ml-2 rounded bg-sky-50 px-1 text-xs text-sky-800">
                    {t("activityStatus.PLANNED")}
                  </span>
                )}
                {activity.voidedAt && (
                  <span className="ml-2 rounded bg-red-50 px-1 text-xs text-red-700">{t("corrections.voided")}</span>
                )}
              </p>
              <p className="text-slate-600">
                {activity.place ?? "–"} ·{" "}
                {activity.participantCount === null
                  ? t("district.participantsUnknown")
                  : t("district.participants", { count: activity.participantCount })}{" "}
                · {t("district.facilitiesInvolved", { count: activity.facilities.length })}
              </p>
              {activity.note && <p>{activity.note}</p>}
              {activity.source && (
                <p className="text-xs text-slate-500">{t("district.source", { source: activity.source })}</p>
              )}
              <CorrectionHistory corrections={activity.corrections} timeZone={timeZone} describe={describe} />
              <ActivityAttachments
                activityId={activity.id}
                attachments={activity.attachments}
                mayEdit={mayEdit && !activity.voidedAt}
              />
              {mayEdit && <DeleteActivityButton id={activity.id} version={activity.version} label={activity.title} />}
              {mayEdit && !activity.voidedAt && (
                <details>
                  <summary className="cursor-pointer text-brand-700">{t("activityForm.edit")}</summary>
                  {/* Keyed by version: after any save the form starts again from the saved values, never stale ones. */}
                  <EditActivityForm
                    key={`${activity.id}:${activity.version}`}
                    facilities={[
                      ...facilities,
                      // Facilities the activity names that the picker does not offer (a posyandu, a closed pustu) stay ticked.
                      ...activity.facilityIds
                        .filter((id) => !facilities.some((option) => option.id === id))
                        .map((id) => ({ id, name: activity.facilities[activity.facilityIds.indexOf(id)]! })),
                    ]}
                    mayComplete={activity.status === "PLANNED" && activity.date <= today}
                    activity={{
                      id: activity.id,
                      version: activity.version,
                      type: activity.type,
                      typeNote: activity.typeNote ?? "",
                      title: activity.title,
                      date: toIsoDate(activity.date),
                      status: activity.status,
                      place: activity.place ?? "",
                      participantCount: activity.participantCount === null ? "" : String(activity.participantCount),
                      note: activity.note ?? "",
                      facilityIds: activity.facilityIds,
                    }}
                  />
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
      <ListPager page={list.page} pageCount={list.pageCount} href={(page) => basePath + query(filters, page)} />
      {mayEdit && <CreateActivityForm districtCode={district.code} facilities={facilities} today={toIsoDate(today)} />}
    </div>
  );
}

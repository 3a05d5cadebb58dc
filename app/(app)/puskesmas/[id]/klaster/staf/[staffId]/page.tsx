import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { KlasterNav } from "@/lib/staffing/components/klaster-nav";
import { StaffActiveForm } from "@/lib/staffing/components/staff-active-form";
import { StaffForm } from "@/lib/staffing/components/staff-form";
import { getStaffDetail } from "@/lib/staffing/queries";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";
import { toIsoDate } from "@/lib/dates";
import { districtClock } from "@/lib/dates/district";

const day = toIsoDate;

/** One health worker: their details (editable by the head) and the whole history of their cluster assignments. */
export default async function StaffDetailPage({ params }: { params: Promise<{ id: string; staffId: string }> }) {
  const user = await requireUser();
  const { id, staffId } = await params;
  const { puskesmas, staff, history, pustu, today } = await orNotFound(
    withScope(user.scope, async (ctx) => {
      const detail = await getStaffDetail(ctx, id, staffId);
      return { ...detail, today: (await districtClock(ctx, detail.puskesmas.districtId)).today };
    }),
  );
  const t = await getTranslations();

  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-col gap-2">
        <KlasterNav puskesmas={puskesmas} current="staff" />
        <h1 className="text-2xl font-bold">
          {staff.name} {staff.isIllustrative && <Badge tone="violet">{t("staffing.illustrative")}</Badge>}{" "}
          {!staff.active && <Badge tone="amber">{t("staffing.staff.inactive")}</Badge>}
        </h1>
        <p className="text-sm text-slate-600">
          {t(`profession.${staff.profession}`)} · {t(`staffing.employment.${staff.employmentStatus}`)}
          {staff.nip ? ` · NIP ${staff.nip}` : ""}
        </p>
      </header>
      <section
        aria-labelledby="riwayat"
        className="flex flex-col gap-2 rounded border border-slate-200 bg-white p-4 text-sm"
      >
        <h2 id="riwayat" className="font-semibold">
          {t("staffing.staff.history")}
        </h2>
        {history.length === 0 ? (
          <p className="text-slate-600">{t("staffing.staff.historyEmpty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left" data-testid="assignment-history">
              <thead className="text-xs text-slate-600">
                <tr>
                  <th scope="col" className="py-1 pr-3">
                    {t("staffing.staff.from")}
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    {t("staffing.staff.to")}
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    {t("staffing.structure.cluster")}
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    {t("staffing.staff.role")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {history.map((row) => (
                  <tr key={row.id} className="border-t border-slate-100">
                    <td className="py-1 pr-3">{day(row.effectiveFrom)}</td>
                    <td className="py-1 pr-3">
                      {row.effectiveTo ? day(row.effectiveTo) : t("staffing.staff.untilNow")}
                    </td>
                    <td className="py-1 pr-3">
                      {row.cluster.name}
                      {row.unit ? `: ${row.unit.name}` : ""}
                    </td>
                    <td className="py-1 pr-3">
                      {row.supporting
                        ? t("staffing.structure.supporting")
                        : row.role === "PENANGGUNG_JAWAB"
                          ? t("staffing.structure.coordinator")
                          : t("staffing.structure.member")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {puskesmas.mayEdit && (
        <section aria-labelledby="ubah" className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-4">
          <h2 id="ubah" className="font-semibold">
            {t("staffing.staff.editTitle")}
          </h2>
          <StaffForm puskesmasId={puskesmas.id} pustu={pustu} staff={staff} />
          <StaffActiveForm staff={staff} today={day(today)} />
        </section>
      )}
    </div>
  );
}

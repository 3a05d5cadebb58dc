import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { StageBadge } from "@/components/ui/stage-badge";
import { EditFacilityForm } from "@/lib/facilities/components/edit-facility-form";
import { StagePanel } from "@/lib/facilities/components/stage-panel";
import { getFacilityDetail } from "@/lib/facilities/queries";
import { listChecklistItems } from "@/lib/facilities/stage-queries";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";
import { timeZoneOfRegion, todayIn, toIsoDate } from "@/lib/dates";

const isoDate = (date: Date | null) => (date ? toIsoDate(date) : null);

/** Any facility: its stage and history, and for planners its details to edit or close. */
export default async function FacilityPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const { facility, checklist } = await orNotFound(
    withScope(user.scope, async (ctx) => ({
      facility: await getFacilityDetail(ctx, id),
      checklist: await listChecklistItems(ctx),
    })),
  );
  const t = await getTranslations();
  const today = toIsoDate(todayIn(timeZoneOfRegion(facility.district.code)));
  return (
    <div className="flex flex-col gap-4">
      <nav className="flex gap-2 text-sm text-slate-500">
        <Link href={`/kabupaten/${facility.district.code}`} className="hover:underline">
          {facility.district.name}
        </Link>
        {facility.puskesmas && (
          <>
            ›
            <Link href={`/puskesmas/${facility.puskesmas.id}`} className="hover:underline">
              {facility.puskesmas.name}
            </Link>
          </>
        )}
      </nav>
      <h1 className="text-2xl font-bold">
        {facility.name}{" "}
        <span className="text-base font-normal text-slate-500">
          {t(`facilityType.${facility.type}`)} · {facility.code}
        </span>
      </h1>
      <p className="flex flex-wrap gap-2">
        <StageBadge
          stage={facility.currentStage}
          label={t("puskesmas.stageNow", { stage: t(`stage.${facility.currentStage}`) })}
        />
        {facility.isIllustrative && <Badge tone="violet">{t("list.illustrative")}</Badge>}
        {!facility.placementVerified && <Badge tone="amber">{t("list.unverified")}</Badge>}
        {facility.closedAt && (
          <Badge tone="amber">
            {t("facilityForm.closedOn")}: {isoDate(facility.closedAt)}
          </Badge>
        )}
        {facility.desa && <span className="text-sm text-slate-600">{facility.desa.name}</span>}
      </p>
      <section className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-4">
        <h2 className="font-semibold">{t("puskesmas.history")}</h2>
        <StagePanel
          facility={facility}
          history={facility.history}
          abilities={facility.stage}
          checklist={checklist}
          districtCode={facility.district.code}
        />
      </section>
      {facility.may.edit && !facility.closedAt && (
        <EditFacilityForm
          today={today}
          facility={{
            id: facility.id,
            type: facility.type,
            name: facility.name,
            aliases: facility.aliases,
            version: facility.version,
            desaCode: facility.desa?.code ?? null,
            hasInpatient: facility.hasInpatient,
            openedOn: isoDate(facility.openedOn),
            accompaniedSince: isoDate(facility.accompaniedSince),
            placementVerified: facility.placementVerified,
          }}
        />
      )}
    </div>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { StageBadge } from "@/components/ui/stage-badge";
import { StagePanel } from "@/lib/facilities/components/stage-panel";
import { getPuskesmasDetail } from "@/lib/facilities/queries";
import { listChecklistItems } from "@/lib/facilities/stage-queries";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";

export default async function PuskesmasPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const { puskesmas, checklist } = await orNotFound(
    withScope(user.scope, async (ctx) => ({
      puskesmas: await getPuskesmasDetail(ctx, id),
      checklist: await listChecklistItems(ctx),
    })),
  );
  const t = await getTranslations();

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <nav className="text-sm text-slate-500">
          <Link href={`/kabupaten/${puskesmas.district.code}`} className="hover:underline">
            {puskesmas.district.name}
          </Link>
        </nav>
        <h1 className="text-2xl font-bold">{puskesmas.name}</h1>
        <p className="text-sm text-slate-600">
          {t("puskesmas.location", { kecamatan: puskesmas.kecamatan?.name ?? "–", desa: puskesmas.desa?.name ?? "–" })}{" "}
          {!puskesmas.placementVerified && (
            <Badge tone="amber" title={puskesmas.placementNote ?? undefined}>
              {t("list.unverified")}
            </Badge>
          )}
        </p>
        {puskesmas.aliases.length > 0 && (
          <p className="text-sm text-slate-600">{t("puskesmas.aliases", { aliases: puskesmas.aliases.join(", ") })}</p>
        )}
        <p>
          <StageBadge
            stage={puskesmas.currentStage}
            label={t("puskesmas.stageNow", { stage: t(`stage.${puskesmas.currentStage}`) })}
          />
        </p>
      </header>

      <section className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-4">
        <h2 className="font-semibold">{t("puskesmas.history")}</h2>
        <StagePanel
          facility={{
            id: puskesmas.id,
            type: "PUSKESMAS",
            currentStage: puskesmas.currentStage,
            version: puskesmas.version,
            openedOn: puskesmas.openedOn,
          }}
          history={puskesmas.history}
          abilities={puskesmas.stage}
          checklist={checklist}
          districtCode={puskesmas.district.code}
        />
      </section>

      <section className="flex flex-col gap-2">
        <div className="flex flex-wrap items-baseline gap-3">
          <h2 className="font-semibold">{t("puskesmas.roster")}</h2>
          <Link href={`/puskesmas/${puskesmas.id}/klaster`} className="text-sm text-brand-700 underline">
            {t("staffing.nav.board")}
          </Link>
          <Link href={`/puskesmas/${puskesmas.id}/klaster/struktur`} className="text-sm text-brand-700 underline">
            {t("staffing.nav.structure")}
          </Link>
          <Link href={`/puskesmas/${puskesmas.id}/laporan-bulanan`} className="text-sm text-brand-700 underline">
            {t("monthly.link")}
          </Link>
        </div>
        <div className="grid gap-3 md:grid-cols-5">
          {puskesmas.staffByCluster.map((cluster) => (
            <div key={cluster.clusterId} className="rounded border border-slate-200 bg-white p-3 text-sm">
              <h3 className="mb-1 font-semibold">{cluster.clusterName}</h3>
              {cluster.members.length === 0 ? (
                <p className="text-slate-500">{t("puskesmas.noMembers")}</p>
              ) : (
                <ul className="flex flex-col gap-1">
                  {cluster.members.map((member) => (
                    <li key={member.id}>
                      {member.name}{" "}
                      <span className="text-xs text-slate-500">
                        {t(`profession.${member.profession as "BIDAN"}`)}
                        {member.unit ? ` · ${member.unit}` : ""}
                      </span>{" "}
                      {member.role === "PENANGGUNG_JAWAB" && <Badge>{t("puskesmas.coordinator")}</Badge>}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </div>
      </section>

      <section className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-4 text-sm">
        <h2 className="font-semibold">{t("puskesmas.network")}</h2>
        {puskesmas.network.length === 0 ? (
          <p className="text-slate-600">{t("puskesmas.noNetwork")}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {puskesmas.network.map((facility) => (
              <li key={facility.id} className="flex flex-col gap-2 border-t border-slate-100 pt-2">
                <p>
                  <Link href={`/fasilitas/${facility.id}`} className="font-medium text-brand-700 hover:underline">
                    {facility.name}
                  </Link>{" "}
                  <span className="text-xs text-slate-500">{t(`facilityType.${facility.type}`)}</span>{" "}
                  {facility.isIllustrative && <Badge tone="violet">{t("list.illustrative")}</Badge>}{" "}
                  <StageBadge stage={facility.currentStage} label={t(`stage.${facility.currentStage}`)} />
                </p>
                <StagePanel
                  facility={facility}
                  history={facility.history}
                  abilities={facility.stage}
                  checklist={checklist}
                  districtCode={puskesmas.district.code}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

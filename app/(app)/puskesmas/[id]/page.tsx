import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { StageBadge } from "@/components/ui/stage-badge";
import { getPuskesmasDetail } from "@/lib/facilities/queries";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";

export default async function PuskesmasPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const puskesmas = await orNotFound(withScope(user.scope, (ctx) => getPuskesmasDetail(ctx, id)));
  const t = await getTranslations();
  const format = await getFormatter();
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeZone: "UTC" });

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
        {puskesmas.aliases.length > 0 && <p className="text-sm text-slate-600">{t("puskesmas.aliases", { aliases: puskesmas.aliases.join(", ") })}</p>}
        <p>
          <StageBadge stage={puskesmas.currentStage} label={t("puskesmas.stageNow", { stage: t(`stage.${puskesmas.currentStage}`) })} />
        </p>
      </header>

      <section className="rounded border border-slate-200 bg-white p-4">
        <h2 className="mb-2 font-semibold">{t("puskesmas.history")}</h2>
        {puskesmas.history.length === 0 ? (
          <p className="text-sm text-slate-600">{t("puskesmas.noHistory")}</p>
        ) : (
          <ol className="flex flex-col gap-2 text-sm">
            {puskesmas.history.map((change) => (
              <li key={change.id}>
                <span className="font-medium">{date(change.effectiveDate)}</span> · {change.fromStage ? t(`stage.${change.fromStage}`) : "–"} →{" "}
                {t(`stage.${change.toStage}`)} · {change.note}
                {change.source && <span className="block text-xs text-slate-500">{t("district.source", { source: change.source })}</span>}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="flex flex-col gap-2">
        <h2 className="font-semibold">{t("puskesmas.roster")}</h2>
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
                      {member.name} <span className="text-xs text-slate-500">{member.profession}{member.unit ? ` · ${member.unit}` : ""}</span>{" "}
                      {member.role === "PENANGGUNG_JAWAB" && <Badge>{t("puskesmas.coordinator")}</Badge>}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </div>
      </section>

      <section className="rounded border border-slate-200 bg-white p-4 text-sm">
        <h2 className="mb-2 font-semibold">{t("puskesmas.pustu")}</h2>
        {puskesmas.pustu.length === 0 ? (
          <p className="text-slate-600">{t("puskesmas.noPustu")}</p>
        ) : (
          <ul>
            {puskesmas.pustu.map((pustu) => (
              <li key={pustu.id}>
                {pustu.name} {pustu.isIllustrative && <Badge tone="violet">{t("list.illustrative")}</Badge>}{" "}
                <StageBadge stage={pustu.currentStage} label={t(`stage.${pustu.currentStage}`)} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

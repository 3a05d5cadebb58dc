import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { ExportLinks } from "@/components/ui/export-links";
import { PrintButton } from "@/components/ui/print-button";
import { ZAsOf } from "@/lib/dashboard/schemas";
import { KlasterNav } from "@/lib/staffing/components/klaster-nav";
import { getBoard, structureSigning } from "@/lib/staffing/queries";
import { SignatureBlock } from "@/lib/dashboard/components/report-parts";
import { structureOf } from "@/lib/staffing/structure";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { can } from "@/lib/auth/permissions";
import { PuskesmasHeadForm } from "@/lib/signers/components/puskesmas-head-form";
import { requireUser } from "@/lib/server/session";
import { formatIndonesianDate, toIsoDate } from "@/lib/dates";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The struktur organisasi by cluster, laid out to print (or save as PDF) and attach to the head's decree. */
export default async function StructurePage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { id } = await params;
  const date = ZAsOf.parse((await searchParams).tanggal) ?? null;
  const { board, signing } = await orNotFound(
    withScope(user.scope, async (ctx) => {
      const board = await getBoard(ctx, id, date);
      return { board, signing: await structureSigning(ctx, board) };
    }),
  );
  const t = await getTranslations();
  const dateText = toIsoDate(board.date);
  const clusters = structureOf(board);
  const illustrative = board.staff.some((staff) => staff.isIllustrative);
  const mayChooseHead =
    board.isToday &&
    can(user.scope, "puskesmas.head.write", {
      districtId: board.puskesmas.districtId,
      puskesmasId: board.puskesmas.id,
    });

  return (
    <div className="flex flex-col gap-4">
      <KlasterNav puskesmas={board.puskesmas} current="structure" />
      <div className="flex flex-wrap items-center gap-3 print:hidden">
        <PrintButton label={t("staffing.structure.print")} />
        <ExportLinks
          href={`/api/export/puskesmas/${board.puskesmas.id}/klaster?tabel=struktur&tanggal=${dateText}`}
          csvLabel={t("list.export")}
          xlsxLabel={t("list.exportXlsx")}
        />
      </div>
      <p className="text-xs text-slate-600 print:hidden">{t("staffing.structure.pdfNote")}</p>
      {mayChooseHead && (
        <PuskesmasHeadForm
          puskesmasId={board.puskesmas.id}
          storedHeadId={signing.storedHeadId}
          currentHeadId={signing.head?.id ?? null}
          staff={board.staff
            .filter((staff) => staff.active)
            .map((staff) => ({
              value: staff.id,
              label: `${staff.name} · ${t(`profession.${staff.profession}`)}${staff.nip ? ` · NIP ${staff.nip}` : ""}`,
            }))}
        />
      )}
      <article
        className="flex flex-col gap-4 rounded border border-slate-200 bg-white p-6 print:border-0 print:p-0"
        data-testid="structure"
      >
        <header className="text-center">
          <h1 className="text-xl font-bold">{t("staffing.structure.title")}</h1>
          <p className="text-lg">{board.puskesmas.name}</p>
          <p className="text-sm text-slate-600">
            {t("staffing.structure.asOf", { date: formatIndonesianDate(board.date) })}
          </p>
          {illustrative && (
            <p className="mt-1">
              <Badge tone="violet">{t("staffing.structure.illustrative")}</Badge>
            </p>
          )}
        </header>
        <section className="mx-auto w-full max-w-xs rounded border-2 border-slate-800 p-3 text-center break-inside-avoid">
          <h2 className="text-xs font-semibold uppercase tracking-wide text-slate-600">
            {t("staffing.structure.head")}
          </h2>
          <p className="font-semibold" data-testid="structure-head">
            {signing.head?.name ?? t("signers.nameMissing")}
          </p>
          {signing.head?.nip && <p className="text-xs">NIP {signing.head.nip}</p>}
        </section>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5 print:grid-cols-5">
          {clusters.map((cluster) => (
            <section
              key={cluster.id}
              aria-labelledby={`struktur-${cluster.id}`}
              className="flex flex-col gap-2 rounded border border-slate-400 p-2 text-sm break-inside-avoid"
            >
              <h2 id={`struktur-${cluster.id}`} className="font-semibold">
                {cluster.name}
              </h2>
              <div className="rounded bg-slate-100 p-2 print:bg-white">
                <p className="text-xs text-slate-600">{t("staffing.structure.coordinator")}</p>
                <p className="font-medium">{cluster.coordinator?.name ?? t("staffing.structure.vacant")}</p>
                {cluster.coordinator?.nip && <p className="text-xs">NIP {cluster.coordinator.nip}</p>}
              </div>
              <ul className="flex flex-col gap-1">
                {cluster.members.map((member) => (
                  <li key={`${member.id}-${member.supporting}`}>
                    {member.name}
                    <span className="block text-xs text-slate-600">
                      {t(`profession.${member.profession}`)}
                      {member.unit ? ` · ${member.unit}` : ""}
                      {member.supporting ? ` · ${t("staffing.structure.supporting")}` : ""}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
        <SignatureBlock
          placeAndDate={t("report.signaturePlace", { place: signing.place, date: formatIndonesianDate(signing.date) })}
          title={t("staffing.structure.signedBy", { puskesmas: board.puskesmas.name })}
          name={signing.head?.name ?? null}
          nip={signing.head?.nip ?? null}
          nipLabel={t("report.nip")}
          missingName={t("signers.nameMissing")}
          note={t("staffing.structure.unnamedHead")}
        />
      </article>
    </div>
  );
}

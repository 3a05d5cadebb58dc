import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { ExportLinks } from "@/components/ui/export-links";
import { ProvenanceBadge } from "@/lib/indicators/components/figure-parts";
import { indicatorValue, type IndicatorFacts } from "@/lib/indicators/definitions";
import type { DistrictDashboard } from "../queries";
import { DataTable } from "./chart-frame";

/** Per kecamatan; the pustu columns read "belum ada data" while no pustu is entered and the register is not declared complete. */
export async function KecamatanTable({
  rows,
  districtCode,
  pustuEntered = true,
}: {
  rows: DistrictDashboard["byKecamatan"];
  districtCode: string;
  pustuEntered?: boolean;
}) {
  const t = await getTranslations("dashboard");
  const noData = (await getTranslations("figures"))("noData");
  return (
    <section className="flex flex-col gap-2 rounded border border-slate-200 bg-white p-4">
      <h2 className="font-semibold">{t("byKecamatan")}</h2>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead className="bg-slate-100 text-left text-xs uppercase text-slate-600">
            <tr>
              <th className="px-2 py-1">{t("kecamatan")}</th>
              <th className="px-2 py-1">{t("puskesmasImplementing")}</th>
              <th className="px-2 py-1">{t("pustu")}</th>
              <th className="px-2 py-1">{t("desaWithPustu")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.code} className="border-t border-slate-100">
                <td className="px-2 py-1">
                  <Link
                    href={`/kabupaten/${districtCode}?kecamatan=${row.code}#daftar`}
                    className="text-brand-700 hover:underline"
                  >
                    {row.name}
                  </Link>
                </td>
                <td className="px-2 py-1">
                  {row.implementing} / {row.puskesmas}
                </td>
                <td className="px-2 py-1">
                  {pustuEntered ? row.pustu : <span className="italic text-slate-500">{noData}</span>}
                </td>
                <td className="px-2 py-1">
                  {pustuEntered ? (
                    `${row.desaWithPustu} / ${row.desa}`
                  ) : (
                    <span className="italic text-slate-500">
                      {noData} / {row.desa}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/**
 * Pustu coverage of desa: the recorded figure and, where the Dinkes reported a
 * count, the reported one beside it, saying which the headline uses and why,
 * and over which denominator. Lists built on an incomplete register say so.
 */
export async function PustuCoverage({
  coverage,
  facts,
  districtCode,
  asOf,
}: {
  coverage: DistrictDashboard["coverage"];
  facts: IndicatorFacts;
  districtCode: string;
  asOf?: string;
}) {
  const t = await getTranslations();
  const asOfQuery = asOf ? `?per=${asOf}` : "";
  const format = await getFormatter();
  const percent = (numerator: number, denominator: number) =>
    denominator ? format.number(numerator / denominator, { style: "percent", maximumFractionDigits: 1 }) : "–";
  const value = indicatorValue("pustuCoverage", facts);
  const registerDeclared = facts.areas.PUSTU.declared > 0;
  const recordedProvenance = value.recorded?.provenance ?? value.provenance;
  const reportedDesa = coverage.reported.desa ?? coverage.desaTotal;
  return (
    <section className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-4 text-sm">
      <h2 className="font-semibold">{t("dashboard.pustuCoverage")}</h2>
      {value.state === "NO_DATA" ? (
        <p className="text-base" data-testid="pustu-coverage" data-state="NO_DATA">
          <span className="italic text-slate-500">{t("figures.noData")}</span>
          <span className="block text-xs text-slate-500">{t("figures.noDataHint")}</span>
        </p>
      ) : (
        <p className="text-base" data-testid="pustu-coverage">
          {t("dashboard.coverageRecorded", {
            withPustu: coverage.desaWithPustu,
            total: coverage.desaTotal,
            share: percent(coverage.desaWithPustu, coverage.desaTotal),
          })}{" "}
          {recordedProvenance && <ProvenanceBadge value={{ provenance: recordedProvenance, sources: value.sources }} />}
        </p>
      )}
      {coverage.reported.pustu !== null && (
        <div title={coverage.reported.source ?? undefined} data-testid="pustu-coverage-reported">
          <p className="text-base">
            {t("figures.reportedPustu", {
              pustu: coverage.reported.pustu,
              desa: reportedDesa,
              share: percent(coverage.reported.pustu, reportedDesa),
            })}{" "}
            <ProvenanceBadge value={{ provenance: "REPORTED", sources: value.sources }} />
          </p>
          {coverage.reported.desa !== null && coverage.reported.desa !== coverage.desaTotal && (
            <p className="text-xs text-slate-600">
              {t("figures.reportedPustuDenominator", { desa: coverage.reported.desa, total: coverage.desaTotal })}
            </p>
          )}
          {coverage.reported.source && (
            <span className="block text-xs text-slate-500">
              {t("district.source", { source: coverage.reported.source })}
            </span>
          )}
          <p className="mt-1 text-xs font-medium text-slate-700" data-testid="pustu-headline-choice">
            {value.provenance === "REPORTED"
              ? t("figures.headlineUsesReported", { recorded: facts.pustu.total, reported: coverage.reported.pustu })
              : t("figures.headlineUsesRecorded")}
          </p>
        </div>
      )}
      <details>
        <summary className="cursor-pointer text-brand-700">
          {t("dashboard.desaWithoutPustu", { count: coverage.desaWithoutPustuCount })}
        </summary>
        {!registerDeclared && (
          <p className="my-2 rounded bg-amber-50 px-2 py-1 text-xs text-amber-900" data-testid="desa-list-incomplete">
            {t("figures.listIncomplete")}
            {facts.areas.PUSTU.illustrative > 0 && ` ${t("figures.listIllustrative")}`}
          </p>
        )}
        <p className="my-2">
          <ExportLinks
            href={`/api/export/kabupaten/${districtCode}/desa-tanpa-pustu${asOfQuery}`}
            csvLabel={t("list.export")}
            xlsxLabel={t("list.exportXlsx")}
          />
        </p>
        {coverage.desaWithoutPustuCount > coverage.desaWithoutPustu.length && (
          <p className="mb-2 text-xs text-slate-500">
            {t("dashboard.listPreview", {
              shown: coverage.desaWithoutPustu.length,
              total: coverage.desaWithoutPustuCount,
            })}
          </p>
        )}
        <DataTable
          head={[t("dashboard.code"), t("dashboard.desa"), t("dashboard.kecamatan")]}
          rows={coverage.desaWithoutPustu.map((desa) => [desa.code, desa.name, desa.kecamatan])}
        />
      </details>
      {(facts.areas.PUSTU.rows > 0 || facts.areas.PUSTU.declared > 0) && (
        <div>
          <h3 className="font-medium">{t("dashboard.understaffed", { count: coverage.understaffedPustuCount })}</h3>
          {coverage.understaffedPustuCount > coverage.understaffedPustu.length && (
            <p className="text-xs text-slate-500">
              {t("dashboard.listPreview", {
                shown: coverage.understaffedPustu.length,
                total: coverage.understaffedPustuCount,
              })}{" "}
              <ExportLinks
                href={`/api/export/kabupaten/${districtCode}/dasbor?tabel=pustu-kurang-tenaga${asOfQuery.replace("?", "&")}`}
                csvLabel={t("list.export")}
                xlsxLabel={t("list.exportXlsx")}
              />
            </p>
          )}
          {coverage.understaffedPustu.length === 0 ? (
            <p className="text-slate-600">{t("dashboard.noUnderstaffed")}</p>
          ) : (
            <ul className="mt-1 flex flex-col gap-1">
              {coverage.understaffedPustu.map((unit) => (
                <li key={unit.id}>
                  {unit.name} {unit.isIllustrative && <Badge tone="violet">{t("list.illustrative")}</Badge>} ·{" "}
                  {t("dashboard.staffCount", { count: unit.staff })}
                  {unit.missing.length > 0 &&
                    ` · ${t("dashboard.missing", { professions: unit.missing.map((profession) => t(`profession.${profession}`)).join(", ") })}`}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

/** Posyandu and kader; an area nothing is entered in reads "belum ada data", never 0. */
export async function PosyanduKader({
  posyandu,
  posyanduEntered = true,
  kaderEntered = true,
}: {
  posyandu: DistrictDashboard["posyandu"];
  posyanduEntered?: boolean;
  kaderEntered?: boolean;
}) {
  const t = await getTranslations("dashboard");
  const noData = (await getTranslations("figures"))("noData");
  return (
    <section className="flex flex-col gap-2 rounded border border-slate-200 bg-white p-4 text-sm">
      <h2 className="font-semibold">{t("posyanduKader")}</h2>
      <p>
        {posyanduEntered ? (
          t("posyanduImplementing", { implementing: posyandu.implementing, total: posyandu.total })
        ) : (
          <span className="italic text-slate-500">{noData}</span>
        )}
      </p>
      <p className="text-xs text-slate-500">{t("currentOnly")}</p>
      <DataTable
        head={[t("kaderLevel"), t("kaderCount")]}
        rows={(["PURWA", "MADYA", "UTAMA"] as const).map((level) => [
          t(`kader.${level}`),
          kaderEntered ? posyandu.kaderByLevel[level] : noData,
        ])}
      />
    </section>
  );
}

import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { ExportLinks } from "@/components/ui/export-links";
import type { DistrictDashboard } from "../queries";
import { DataTable } from "./chart-frame";

export async function KecamatanTable({ rows, districtCode }: { rows: DistrictDashboard["byKecamatan"]; districtCode: string }) {
  const t = await getTranslations("dashboard");
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
                  <Link href={`/kabupaten/${districtCode}?kecamatan=${row.code}#daftar`} className="text-brand-700 hover:underline">
                    {row.name}
                  </Link>
                </td>
                <td className="px-2 py-1">
                  {row.implementing} / {row.puskesmas}
                </td>
                <td className="px-2 py-1">{row.pustu}</td>
                <td className="px-2 py-1">
                  {row.desaWithPustu} / {row.desa}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export async function PustuCoverage({ coverage, districtCode, asOf }: { coverage: DistrictDashboard["coverage"]; districtCode: string; asOf?: string }) {
  const t = await getTranslations();
  const asOfQuery = asOf ? `?per=${asOf}` : "";
  const format = await getFormatter();
  const share = coverage.desaTotal ? format.number(coverage.desaWithPustu / coverage.desaTotal, { style: "percent", maximumFractionDigits: 1 }) : "–";
  return (
    <section className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-4 text-sm">
      <h2 className="font-semibold">{t("dashboard.pustuCoverage")}</h2>
      <p className="text-base" data-testid="pustu-coverage">
        {t("dashboard.coverageRecorded", { withPustu: coverage.desaWithPustu, total: coverage.desaTotal, share })}
      </p>
      {coverage.reported.pustu !== null && (
        <p title={coverage.reported.source ?? undefined}>
          {t("dashboard.coverageReported", { pustu: coverage.reported.pustu, desa: coverage.reported.desa ?? coverage.desaTotal })}
          {coverage.reported.source && <span className="block text-xs text-slate-500">{t("district.source", { source: coverage.reported.source })}</span>}
        </p>
      )}
      <details>
        <summary className="cursor-pointer text-brand-700">{t("dashboard.desaWithoutPustu", { count: coverage.desaWithoutPustuCount })}</summary>
        <p className="my-2">
          <ExportLinks href={`/api/export/kabupaten/${districtCode}/desa-tanpa-pustu${asOfQuery}`} csvLabel={t("list.export")} xlsxLabel={t("list.exportXlsx")} />
        </p>
        {coverage.desaWithoutPustuCount > coverage.desaWithoutPustu.length && (
          <p className="mb-2 text-xs text-slate-500">{t("dashboard.listPreview", { shown: coverage.desaWithoutPustu.length, total: coverage.desaWithoutPustuCount })}</p>
        )}
        <DataTable head={[t("dashboard.code"), t("dashboard.desa"), t("dashboard.kecamatan")]} rows={coverage.desaWithoutPustu.map((desa) => [desa.code, desa.name, desa.kecamatan])} />
      </details>
      <div>
        <h3 className="font-medium">{t("dashboard.understaffed", { count: coverage.understaffedPustuCount })}</h3>
        {coverage.understaffedPustuCount > coverage.understaffedPustu.length && (
          <p className="text-xs text-slate-500">
            {t("dashboard.listPreview", { shown: coverage.understaffedPustu.length, total: coverage.understaffedPustuCount })}{" "}
            <ExportLinks href={`/api/export/kabupaten/${districtCode}/dasbor?tabel=pustu-kurang-tenaga${asOfQuery.replace("?", "&")}`} csvLabel={t("list.export")} xlsxLabel={t("list.exportXlsx")} />
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
                {unit.missing.length > 0 && ` · ${t("dashboard.missing", { professions: unit.missing.map((profession) => t(`profession.${profession}`)).join(", ") })}`}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

export async function PosyanduKader({ posyandu }: { posyandu: DistrictDashboard["posyandu"] }) {
  const t = await getTranslations("dashboard");
  return (
    <section className="flex flex-col gap-2 rounded border border-slate-200 bg-white p-4 text-sm">
      <h2 className="font-semibold">{t("posyanduKader")}</h2>
      <p>{t("posyanduImplementing", { implementing: posyandu.implementing, total: posyandu.total })}</p>
      <p className="text-xs text-slate-500">{t("currentOnly")}</p>
      <DataTable head={[t("kaderLevel"), t("kaderCount")]} rows={(["PURWA", "MADYA", "UTAMA"] as const).map((level) => [t(`kader.${level}`), posyandu.kaderByLevel[level]])} />
    </section>
  );
}

import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { DistrictPageHeading } from "@/components/ui/district-page-heading";
import { getTranslations } from "next-intl/server";
import { ExportLinks } from "@/components/ui/export-links";
import { FilterField } from "@/components/ui/filter-field";
import { listDistrictDesa } from "@/lib/imports/queries";
import { wholeDistrict } from "@/lib/imports/targets";
import { getDistrictByCode } from "@/lib/rollout/queries";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";
import { queryString } from "@/lib/server/url-params";
import { ListPager } from "@/components/ui/list-pager";
import { ListTable } from "@/components/ui/list-table";

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The district's desa and kelurahan with their Kemendagri codes, by kecamatan. */
export default async function RegionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const { code } = await params;
  const query = await searchParams;
  const kecamatan = one(query.kecamatan)?.match(/^\d{2}\.\d{2}\.\d{2}$/) ? one(query.kecamatan) : undefined;
  const page = Math.max(1, Number(one(query.hal)) || 1);
  const { district, list } = await orNotFound(
    withScope(user.scope, async (ctx) => {
      const district = await getDistrictByCode(ctx, decodeURIComponent(code));
      return { district, list: await listDistrictDesa(ctx, wholeDistrict(district), { kecamatan, page }) };
    }),
  );
  const t = await getTranslations();
  const basePath = `/kabupaten/${district.code}/wilayah`;
  const href = (target: number) => basePath + queryString({ kecamatan, hal: target }, { hal: 1 });
  return (
    <div className="flex flex-col gap-4">
      <DistrictPageHeading district={district} title={t("imports.regionsPage.title")} />
      <p className="text-lg" data-testid="desa-count">
        {t("imports.regionsPage.counts", {
          desa: list.counts.desa,
          kelurahan: list.counts.kelurahan,
          adat: list.counts.desaAdat,
        })}
      </p>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <form method="get" action={basePath} className="flex flex-wrap items-end gap-2" role="search">
          <FilterField id="region-filter-kecamatan" label={t("imports.regionsPage.kecamatan")}>
            <select id="region-filter-kecamatan" name="kecamatan" defaultValue={kecamatan ?? ""}>
              <option value="">{t("imports.regionsPage.allKecamatan")}</option>
              {list.kecamatan.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.name} ({option.code})
                </option>
              ))}
            </select>
          </FilterField>
          <button type="submit" className="rounded bg-brand-700 px-3 py-1 text-sm font-semibold text-white">
            {t("list.apply")}
          </button>
          <a href={basePath} className="px-2 py-1 text-sm underline">
            {t("list.reset")}
          </a>
        </form>
        <div className="flex items-center gap-3 text-sm">
          <ExportLinks
            href={`/api/impor/kabupaten/${district.code}/wilayah`}
            csvLabel={t("list.export")}
            xlsxLabel={t("list.exportXlsx")}
          />
          <Link href={`/kabupaten/${district.code}/impor`} className="text-brand-700 underline">
            {can(user.scope, "facility.write", { districtId: district.id }) ? t("imports.link") : t("imports.viewLink")}
          </Link>
        </div>
      </div>
      <ListTable
        columns={[
          t("imports.regionsPage.code"),
          t("imports.regionsPage.name"),
          t("imports.regionsPage.kind"),
          t("imports.regionsPage.kecamatan"),
        ]}
        empty={t("imports.regionsPage.empty")}
        rowCount={list.rows.length}
      >
        {list.rows.map((row) => (
          <tr key={row.code} className="border-t border-slate-100">
            <td className="pr-3 font-mono">{row.code}</td>
            <td className="pr-3">{row.name}</td>
            <td className="pr-3">{t(`imports.regionsPage.kinds.${row.kind}` as "imports.link")}</td>
            <td>{row.kecamatan}</td>
          </tr>
        ))}
      </ListTable>
      <ListPager page={list.page} pageCount={list.pageCount} href={href} />
    </div>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { CreateFacilityForm } from "@/lib/facilities/components/create-facility-form";
import { PuskesmasFilters } from "@/lib/rollout/components/puskesmas-filters";
import { PuskesmasTable } from "@/lib/rollout/components/puskesmas-table";
import { getDistrictByCode, listDistrictPuskesmas, listKecamatan, listParentOptions } from "@/lib/rollout/queries";
import { ZPuskesmasFilters } from "@/lib/rollout/schemas";
import { LIST_ANCHOR, puskesmasListQuery } from "@/lib/rollout/url";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Every facility of the district by type, with the planner's form to add one. */
export default async function FacilitiesPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { code } = await params;
  const filters = ZPuskesmasFilters.parse(await searchParams);
  const data = await orNotFound(
    withScope(user.scope, async (ctx) => {
      const district = await getDistrictByCode(ctx, decodeURIComponent(code));
      return {
        district,
        list: await listDistrictPuskesmas(ctx, district, filters),
        kecamatan: await listKecamatan(ctx, district),
        parents: await listParentOptions(ctx, district),
      };
    }),
  );
  const t = await getTranslations();
  const basePath = `/kabupaten/${data.district.code}/fasilitas`;
  const mayEdit = can(user.scope, "facility.write", { districtId: data.district.id });

  return (
    <div className="flex flex-col gap-4">
      <nav className="text-sm text-slate-500">
        <Link href={`/kabupaten/${data.district.code}`} className="hover:underline">
          {data.district.name}
        </Link>
      </nav>
      <h1 className="text-2xl font-bold">{t("facilityForm.pageTitle")}</h1>
      <nav className="flex gap-2" aria-label={t("facilityForm.typeTabs")}>
        {(["PUSKESMAS", "PUSTU", "POSYANDU"] as const).map((type) => (
          <Link
            key={type}
            href={basePath + puskesmasListQuery({ ...filters, jenis: type, hal: 1, tahap: undefined })}
            aria-current={filters.jenis === type ? "page" : undefined}
            className="rounded border border-slate-300 px-3 py-1 text-sm aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
          >
            {t(`facilityType.${type}`)}
          </Link>
        ))}
      </nav>
      <div id={LIST_ANCHOR} className="flex scroll-mt-4 flex-col gap-4">
        <PuskesmasFilters
          filters={filters}
          kecamatan={data.kecamatan}
          action={basePath}
          exportHref={`/api/export/kabupaten/${data.district.code}${puskesmasListQuery(filters, { hal: 1 })}`}
        />
        <PuskesmasTable {...data.list} filters={filters} basePath={basePath} />
      </div>
      {mayEdit && (
        <CreateFacilityForm districtCode={data.district.code} kecamatan={data.kecamatan} parents={data.parents} />
      )}
    </div>
  );
}

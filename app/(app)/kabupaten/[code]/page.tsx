import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DistrictFacts } from "@/lib/rollout/components/district-facts";
import { PuskesmasFilters } from "@/lib/rollout/components/puskesmas-filters";
import { PuskesmasTable } from "@/lib/rollout/components/puskesmas-table";
import { TargetCards } from "@/lib/rollout/components/target-cards";
import { getDistrictByCode, getDistrictOverview, listDistrictPuskesmas } from "@/lib/rollout/queries";
import { ZPuskesmasFilters } from "@/lib/rollout/schemas";
import { puskesmasListQuery } from "@/lib/rollout/url";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DistrictPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { code } = await params;
  const filters = ZPuskesmasFilters.parse(await searchParams);
  const { district, overview, list } = await orNotFound(
    withScope(user.scope, async (ctx) => {
      const district = await getDistrictByCode(ctx, decodeURIComponent(code));
      return {
        district,
        overview: await getDistrictOverview(ctx, district, new Date()),
        list: await listDistrictPuskesmas(ctx, district, filters),
      };
    }),
  );
  const t = await getTranslations("district");
  const basePath = `/kabupaten/${district.code}`;

  return (
    <div className="flex flex-col gap-6">
      <header>
        <nav className="text-sm text-slate-500">
          <Link href="/" className="hover:underline">
            {t("breadcrumbProvince", { name: district.province.name })}
          </Link>
        </nav>
        <h1 className="text-2xl font-bold">
          {district.name} <span className="text-base font-normal text-slate-500">{district.code}</span>
        </h1>
      </header>
      <section className="flex flex-col gap-2">
        <h2 className="text-lg font-semibold">{t("targets")}</h2>
        <TargetCards targets={overview.targets} />
      </section>
      <DistrictFacts overview={overview} />
      <section className="flex flex-col gap-3">
        <h2 className="text-lg font-semibold">{t("puskesmasList")}</h2>
        <PuskesmasFilters
          filters={filters}
          kecamatan={overview.kecamatan}
          action={basePath}
          exportHref={`/api/export/kabupaten/${district.code}${puskesmasListQuery(filters, { page: 1 })}`}
        />
        <PuskesmasTable {...list} filters={filters} basePath={basePath} />
      </section>
    </div>
  );
}

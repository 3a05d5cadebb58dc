import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ComparisonPage } from "@/lib/comparison/components/comparison-page";
import { getProvinceComparison } from "@/lib/comparison/queries";
import { asOfOrToday } from "@/lib/dashboard/schemas";
import { orNotFound } from "@/lib/server/or-not-found";
import { withReadScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";
import { timeZoneOfRegion } from "@/lib/dates";
import { currentPeriod, shiftPeriod } from "@/lib/dates/periods";
import { Dhis2ExportForm } from "@/lib/monthly-reports/components/dhis2-export-form";

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ProvinceComparisonPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const code = decodeURIComponent((await params).code);
  const asOf = asOfOrToday((await searchParams).per, timeZoneOfRegion(code));
  const comparison = await orNotFound(withReadScope(user.scope, (ctx) => getProvinceComparison(ctx, code, asOf.date)));
  const t = await getTranslations("comparison");
  const lastMonth = shiftPeriod(currentPeriod(timeZoneOfRegion(code)), -1);
  return (
    <div className="flex flex-col gap-6">
      <ComparisonPage
        comparison={comparison}
        basePath={`/provinsi/${code}`}
        exportPath={`/api/export/provinsi/${code}`}
        isToday={asOf.isToday}
        title={t("titleProvince", { name: comparison.place!.name })}
        breadcrumb={
          user.scope.national ? (
            <Link href={`/nasional${asOf.isToday ? "" : `?per=${comparison.asOf}`}`} className="hover:underline">
              {t("breadcrumbNational")}
            </Link>
          ) : null
        }
      />
      <Dhis2ExportForm base={`/api/export/provinsi/${comparison.place!.code}/dhis2`} period={lastMonth} />
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import { ComparisonPage } from "@/lib/comparison/components/comparison-page";
import { getNationalComparison } from "@/lib/comparison/queries";
import { asOfOrToday } from "@/lib/dashboard/schemas";
import { orNotFound } from "@/lib/server/or-not-found";
import { withReadScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";
import { DEFAULT_TIME_ZONE } from "@/lib/dates";
import { currentPeriod, shiftPeriod } from "@/lib/dates/periods";
import { Dhis2ExportForm } from "@/lib/monthly-reports/components/dhis2-export-form";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NationalComparisonPage({ searchParams }: Props) {
  const user = await requireUser();
  const asOf = asOfOrToday((await searchParams).per);
  const comparison = await orNotFound(withReadScope(user.scope, (ctx) => getNationalComparison(ctx, asOf.date)));
  const t = await getTranslations("comparison");
  const lastMonth = shiftPeriod(currentPeriod(DEFAULT_TIME_ZONE), -1);
  return (
    <div className="flex flex-col gap-6">
      <ComparisonPage
        comparison={comparison}
        basePath="/nasional"
        exportPath="/api/export/nasional"
        isToday={asOf.isToday}
        title={t("titleNational")}
        breadcrumb={null}
      />
      <Dhis2ExportForm base="/api/export/nasional/dhis2" period={lastMonth} />
    </div>
  );
}

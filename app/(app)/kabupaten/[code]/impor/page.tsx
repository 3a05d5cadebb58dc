import { DistrictPageHeading } from "@/components/ui/district-page-heading";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { ImportPanel } from "@/lib/imports/components/import-panel";
import { BatchHistory } from "@/lib/imports/components/batch-history";
import { ImportKindCard, ImportTemplatesSection } from "@/lib/imports/components/kind-card";
import { listImportBatches } from "@/lib/imports/queries";
import { ZImportHistoryQuery } from "@/lib/imports/schemas";
import { IMPORT_KINDS } from "@/lib/imports/registry";
import { wholeDistrict } from "@/lib/imports/targets";
import { getDistrictByCode } from "@/lib/rollout/queries";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";
import { timeZoneOfRegion } from "@/lib/dates";

/** Templates, exports and imports of the district's master data, with the history of import batches. */
export default async function ImportPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const { code } = await params;
  const { hal } = ZImportHistoryQuery.parse(await searchParams);
  const { district, batches } = await orNotFound(
    withScope(user.scope, async (ctx) => {
      const district = await getDistrictByCode(ctx, decodeURIComponent(code));
      return { district, batches: await listImportBatches(ctx, wholeDistrict(district), hal) };
    }),
  );
  const t = await getTranslations();
  const mayImport = can(user.scope, "facility.write", { districtId: district.id });
  const kinds = Object.values(IMPORT_KINDS);
  const api = `/api/impor/kabupaten/${district.code}`;
  return (
    <div className="flex flex-col gap-5">
      <DistrictPageHeading district={district} title={t("imports.pageTitle")} />
      <p className="text-sm text-slate-700">{t("imports.intro")}</p>
      <ImportTemplatesSection>
        <ul className="grid gap-3 md:grid-cols-2">
          {kinds.map((def) => (
            <li key={def.slug}>
              <ImportKindCard slug={def.slug} columns={Object.keys(def.columns)} href={`${api}/${def.slug}`} />
            </li>
          ))}
        </ul>
      </ImportTemplatesSection>
      {mayImport ? (
        <ImportPanel
          kinds={kinds.map((def) => ({
            slug: def.slug,
            label: t(`imports.kinds.${def.slug}.label` as "imports.pageTitle"),
            uploadUrl: `${api}/${def.slug}`,
          }))}
        />
      ) : (
        <p className="text-sm text-slate-600">{t("imports.readOnly")}</p>
      )}
      <BatchHistory
        history={batches}
        pageHref={(page) => `/kabupaten/${district.code}/impor?hal=${page}#import-history`}
        mayUndo={mayImport}
        emptyText={t("imports.noBatches")}
        showPuskesmas
        timeZone={timeZoneOfRegion(district.code)}
      />
    </div>
  );
}

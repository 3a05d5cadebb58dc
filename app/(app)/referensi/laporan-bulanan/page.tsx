import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import {
  DataSetForm,
  ElementForm,
  NewDataSetForm,
  NewElementForm,
} from "@/lib/monthly-reports/components/definition-forms";
import { listDefinitions } from "@/lib/monthly-reports/queries";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";

/**
 * The monthly report definitions as reference data: a national admin manages data
 * sets (names, default due day) and their elements (names, value type, limits,
 * required, cluster, definition, source). A change to an element values already
 * use writes its next version, so every value keeps the definition it was entered under.
 */
export default async function MonthlyDefinitionsPage() {
  const user = await requireUser();
  if (!can(user.scope, "reference.write")) notFound();
  const { dataSets, clusters } = await withScope(user.scope, (ctx) => listDefinitions(ctx));
  const t = await getTranslations();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("monthly.admin.title")}</h1>
      <p className="max-w-3xl text-sm text-slate-600">{t("monthly.admin.intro")}</p>
      {dataSets.map((dataSet) => (
        <section
          key={dataSet.id}
          className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-3"
          aria-labelledby={`set-${dataSet.id}`}
          data-testid={`data-set-${dataSet.code}`}
        >
          <h2 id={`set-${dataSet.id}`} className="text-lg font-semibold">
            {dataSet.code} · {dataSet.nameId}
          </h2>
          {dataSet.isExample && <p className="text-sm text-amber-900">{t("monthly.exampleNote")}</p>}
          <DataSetForm dataSet={dataSet} />
          <ul className="flex flex-col gap-3">
            {dataSet.elements.map((element) => (
              <li key={element.id} className="rounded border border-slate-100 p-2">
                <p className="mb-2 text-sm font-medium">
                  {element.code} · {t("monthly.admin.version", { version: element.version })}
                  {element.used && ` · ${t("monthly.admin.used")}`}
                </p>
                <ElementForm element={element} clusters={clusters} />
              </li>
            ))}
          </ul>
          <h3 className="font-semibold">{t("monthly.admin.addElement")}</h3>
          <NewElementForm dataSetId={dataSet.id} clusters={clusters} />
        </section>
      ))}
      <section className="rounded border border-slate-200 bg-white p-3">
        <h2 className="mb-2 font-semibold">{t("monthly.admin.addDataSet")}</h2>
        <NewDataSetForm />
      </section>
    </div>
  );
}

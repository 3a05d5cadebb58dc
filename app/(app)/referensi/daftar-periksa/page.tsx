import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { ChecklistItemForm, NewChecklistItemForm } from "@/lib/facilities/components/checklist-admin-forms";
import { listChecklistItems } from "@/lib/facilities/stage-queries";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";

/** The stage checklist as reference data: a national admin edits labels, sources, order and whether an item is used. */
export default async function ChecklistAdminPage() {
  const user = await requireUser();
  if (!can(user.scope, "reference.write")) notFound();
  const items = await withScope(user.scope, (ctx) => listChecklistItems(ctx, { includeInactive: true }));
  const t = await getTranslations();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("stageChecklist.title")}</h1>
      <p className="max-w-3xl text-sm text-slate-600">{t("stageChecklist.intro")}</p>
      <ul className="flex flex-col gap-3">
        {items.map((item) => (
          <li key={item.id} className="rounded border border-slate-200 bg-white p-3">
            <p className="mb-2 text-sm font-medium">
              {item.code} · {t(`facilityType.${item.facilityType}`)} · {t(`stage.${item.stage}`)}
            </p>
            <ChecklistItemForm item={item} />
          </li>
        ))}
      </ul>
      <section className="rounded border border-slate-200 bg-white p-3">
        <h2 className="mb-2 font-semibold">{t("stageChecklist.add")}</h2>
        <NewChecklistItemForm />
      </section>
    </div>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { ExportLinks } from "@/components/ui/export-links";
import { FilterField } from "@/components/ui/filter-field";
import { KlasterNav } from "@/lib/staffing/components/klaster-nav";
import { StaffForm } from "@/lib/staffing/components/staff-form";
import { postingText } from "@/lib/staffing/posting-text";
import { listStaff } from "@/lib/staffing/queries";
import { PROFESSIONS, ZStaffFilters } from "@/lib/staffing/schemas";
import { staffListQuery } from "@/lib/staffing/url";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";
import { ListPager } from "@/components/ui/list-pager";
import { ListTable } from "@/components/ui/list-table";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StaffListPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { id } = await params;
  const filters = ZStaffFilters.parse(await searchParams);
  const { puskesmas, page, pustu } = await orNotFound(withScope(user.scope, (ctx) => listStaff(ctx, id, filters)));
  const t = await getTranslations();
  const base = `/puskesmas/${puskesmas.id}/klaster/staf`;
  const query = staffListQuery(filters, { hal: 1 });

  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-col gap-2">
        <KlasterNav puskesmas={puskesmas} current="staff" />
        <h1 className="text-2xl font-bold">{t("staffing.staff.title", { name: puskesmas.name })}</h1>
        {puskesmas.mayEdit && (
          <p className="text-sm">
            <Link href={`/puskesmas/${puskesmas.id}/klaster/impor`} className="font-medium text-brand-700 underline">
              {t("staffing.staff.importLink")}
            </Link>
          </p>
        )}
      </header>
      {puskesmas.mayEdit && (
        <details className="rounded border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-medium text-brand-700">{t("staffing.staff.add")}</summary>
          <div className="mt-3 flex flex-col gap-2">
            {pustu.length === 0 && <p className="text-sm text-slate-600">{t("staffing.staff.noPustu")}</p>}
            <StaffForm puskesmasId={puskesmas.id} pustu={pustu} />
          </div>
        </details>
      )}
      <form method="get" action={base} className="flex flex-wrap items-end gap-2 text-sm">
        <FilterField id="staf-q" label={t("staffing.staff.search")}>
          <input id="staf-q" name="cari" type="search" defaultValue={filters.cari ?? ""} />
        </FilterField>
        <FilterField id="staf-profesi" label={t("staffing.staff.profession")}>
          <select id="staf-profesi" name="profesi" defaultValue={filters.profesi ?? ""}>
            <option value="">{t("staffing.staff.allProfessions")}</option>
            {PROFESSIONS.map((profession) => (
              <option key={profession} value={profession}>
                {t(`profession.${profession}`)}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="staf-status" label={t("staffing.staff.status")}>
          <select id="staf-status" name="status" defaultValue={filters.status}>
            <option value="aktif">{t("staffing.staff.active")}</option>
            <option value="nonaktif">{t("staffing.staff.inactive")}</option>
            <option value="semua">{t("staffing.staff.statusAll")}</option>
          </select>
        </FilterField>
        <FilterField id="staf-urut" label={t("staffing.staff.sort")}>
          <select id="staf-urut" name="urut" defaultValue={filters.urut}>
            {(["nama", "profesi", "penempatan"] as const).map((sort) => (
              <option key={sort} value={sort}>
                {t(`staffing.staff.sortBy.${sort}`)}
              </option>
            ))}
          </select>
        </FilterField>
        <button type="submit" className="rounded bg-brand-700 px-3 py-1 font-semibold text-white">
          {t("list.apply")}
        </button>
        <Link href={base} className="underline">
          {t("list.reset")}
        </Link>
        <ExportLinks
          href={`/api/export/puskesmas/${puskesmas.id}/klaster${query ? `${query}&` : "?"}tabel=staf`}
          csvLabel={t("list.export")}
          xlsxLabel={t("list.exportXlsx")}
        />
      </form>
      <ListTable
        columns={[
          t("staffing.staff.name"),
          t("staffing.staff.nip"),
          t("staffing.staff.profession"),
          t("staffing.staff.employmentStatus"),
          t("staffing.staff.posting"),
          t("staffing.staff.status"),
        ]}
        empty={t("staffing.staff.empty")}
        rowCount={page.rows.length}
      >
        {page.rows.map((row) => (
          <tr key={row.id} className="border-t border-slate-100">
            <td className="px-3 py-2">
              <Link href={`${base}/${row.id}`} className="text-brand-700 underline">
                {row.name}
              </Link>{" "}
              {row.isIllustrative && <Badge tone="violet">{t("staffing.illustrative")}</Badge>}
            </td>
            <td className="px-3 py-2 font-mono text-xs">{row.nip ?? "–"}</td>
            <td className="px-3 py-2">{t(`profession.${row.profession}`)}</td>
            <td className="px-3 py-2">{t(`staffing.employment.${row.employmentStatus}`)}</td>
            <td className="px-3 py-2">
              {postingText((key, values) => t(`staffing.${key}`, values), row) ?? t("staffing.staff.atPuskesmas")}
            </td>
            <td className="px-3 py-2">{row.active ? t("staffing.staff.active") : t("staffing.staff.inactive")}</td>
          </tr>
        ))}
      </ListTable>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <span>
          {t("list.showing", {
            from: page.total ? (page.page - 1) * 25 + 1 : 0,
            to: (page.page - 1) * 25 + page.rows.length,
            total: page.total,
          })}
        </span>
        <ListPager
          page={page.page}
          pageCount={page.pageCount}
          href={(next) => `${base}${staffListQuery(filters, { hal: next })}`}
        />
      </div>
    </div>
  );
}

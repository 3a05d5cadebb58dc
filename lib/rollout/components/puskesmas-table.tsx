import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { ListPager } from "@/components/ui/list-pager";
import { StageBadge } from "@/components/ui/stage-badge";
import type { PuskesmasRow } from "../queries";
import { PAGE_SIZE, type TPuskesmasFilters } from "../schemas";
import { LIST_ANCHOR, puskesmasListQuery } from "../url";

type Column = "name" | "kecamatan" | "stage";

export async function PuskesmasTable({
  rows,
  total,
  page,
  pageCount,
  filters,
  basePath,
}: {
  rows: PuskesmasRow[];
  total: number;
  page: number;
  pageCount: number;
  filters: TPuskesmasFilters;
  basePath: string;
}) {
  const t = await getTranslations();
  const format = await getFormatter();
  if (rows.length === 0)
    return (
      <p className="rounded border border-dashed border-slate-300 p-6 text-center text-slate-600">{t("list.empty")}</p>
    );

  const sortLink = (column: Column) => {
    const dir = filters.urut === column && filters.arah === "asc" ? "desc" : "asc";
    return basePath + puskesmasListQuery(filters, { urut: column, arah: dir, hal: 1 });
  };
  const header = (column: Column, label: string) => (
    <th
      scope="col"
      className="px-3 py-2 text-left"
      aria-sort={filters.urut === column ? (filters.arah === "asc" ? "ascending" : "descending") : "none"}
    >
      <Link
        href={sortLink(column)}
        scroll={false}
        title={t("list.sortBy", { column: label })}
        className="hover:underline"
      >
        {label}
        {filters.urut === column ? (filters.arah === "asc" ? " ▲" : " ▼") : ""}
      </Link>
    </th>
  );
  const from = (page - 1) * PAGE_SIZE + 1;

  return (
    <div className="flex flex-col gap-2">
      <div className="overflow-x-auto rounded border border-slate-200 bg-white">
        <table className="w-full text-sm" aria-label={t("district.puskesmasList")}>
          <thead className="bg-slate-100 text-xs uppercase text-slate-600">
            <tr>
              {header("name", t("list.name"))}
              {header("kecamatan", t("list.kecamatan"))}
              {header("stage", t("list.stage"))}
              <th scope="col" className="px-3 py-2 text-left">
                {t("list.since")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-t border-slate-100">
                <td className="px-3 py-2">
                  <Link
                    href={row.type === "PUSKESMAS" ? `/puskesmas/${row.id}` : `/fasilitas/${row.id}`}
                    className="font-medium text-brand-700 hover:underline"
                  >
                    {row.name}
                  </Link>{" "}
                  {row.parent && <span className="block text-xs text-slate-500">{row.parent.name}</span>}
                  {row.isIllustrative && <Badge tone="violet">{t("list.illustrative")}</Badge>}
                </td>
                <td className="px-3 py-2">
                  {row.kecamatan?.name ?? t("list.kecamatanUnknown")}{" "}
                  {!row.placementVerified && (
                    <Badge tone="amber" title={row.placementNote ?? undefined}>
                      {t("list.unverified")}
                    </Badge>
                  )}
                </td>
                <td className="px-3 py-2">
                  <StageBadge stage={row.currentStage} label={t(`stage.${row.currentStage}`)} />
                </td>
                <td className="px-3 py-2 text-slate-600">
                  {row.stageSince ? format.dateTime(row.stageSince, { dateStyle: "medium", timeZone: "UTC" }) : "–"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex items-center gap-3 text-sm">
        <span className="text-slate-600">{t("list.showing", { from, to: from + rows.length - 1, total })}</span>
        <ListPager
          page={page}
          pageCount={pageCount}
          href={(target) => `${basePath}${puskesmasListQuery(filters, { hal: target })}#${LIST_ANCHOR}`}
        />
      </div>
    </div>
  );
}

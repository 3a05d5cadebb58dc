import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { Badge } from "@/components/ui/badge";
import type { Role } from "@/lib/generated/prisma/enums";
import { CreateUserForm } from "@/lib/users/components/create-user-form";
import { listUsers, loadGrantOptions } from "@/lib/users/queries";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";
import { queryString } from "@/lib/server/url-params";
import { ListPager } from "@/components/ui/list-pager";
import { ListTable } from "@/components/ui/list-table";

const ZUserFilters = z.object({
  cari: z
    .preprocess((value) => (Array.isArray(value) ? value[0] : value), z.string().trim().max(100).catch(""))
    .default(""),
  hal: z
    .preprocess((value) => (Array.isArray(value) ? value[0] : value), z.coerce.number().int().min(1).catch(1))
    .default(1),
});

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const filters = ZUserFilters.parse(await searchParams);
  const { kabupaten } = await searchParams;
  const { list, options } = await orNotFound(
    withScope(user.scope, async (ctx) => ({
      list: await listUsers(ctx, { q: filters.cari, page: filters.hal }),
      options: await loadGrantOptions(ctx, kabupaten),
    })),
  );
  const t = await getTranslations();
  const pageLink = (page: number) => `/pengguna${queryString({ cari: filters.cari, hal: page }, { hal: 1 })}`;

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("users.title")}</h1>
      <form method="get" action="/pengguna" role="search" className="flex gap-2">
        <label htmlFor="user-search" className="sr-only">
          {t("users.search")}
        </label>
        <input
          id="user-search"
          name="cari"
          defaultValue={filters.cari}
          placeholder={t("users.search")}
          className="rounded border border-slate-300 px-2 py-1 text-sm"
        />
        <button type="submit" className="rounded bg-brand-700 px-3 py-1 text-sm font-semibold text-white">
          {t("list.apply")}
        </button>
      </form>
      <ListTable
        columns={[t("users.username"), t("users.name"), t("users.roles"), t("users.status")]}
        empty={t("users.empty")}
        rowCount={list.rows.length}
      >
        {list.rows.map((row) => (
          <tr key={row.id} className="border-t border-slate-100">
            <td className="px-3 py-2">
              <Link href={`/pengguna/${row.id}`} className="text-brand-700 hover:underline">
                {row.username}
              </Link>
            </td>
            <td className="px-3 py-2">{row.name}</td>
            <td className="px-3 py-2">{row.roles.map((role) => t(`role.${role as Role}`)).join(", ")}</td>
            <td className="px-3 py-2">
              {row.active ? t("users.active") : <Badge tone="amber">{t("users.inactive")}</Badge>}{" "}
              {row.mustChangePassword && <Badge>{t("users.mustChange")}</Badge>}
            </td>
          </tr>
        ))}
      </ListTable>
      <ListPager page={list.page} pageCount={list.pageCount} href={pageLink} />
      <CreateUserForm options={options} />
    </div>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { Badge } from "@/components/ui/badge";
import { Pager } from "@/components/ui/pager";
import type { Role } from "@/lib/generated/prisma/enums";
import { CreateUserForm } from "@/lib/users/components/create-user-form";
import { listUsers, loadGrantOptions } from "@/lib/users/queries";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";

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
  const pageLink = (page: number) =>
    `/pengguna?${new URLSearchParams({ ...(filters.cari ? { cari: filters.cari } : {}), hal: String(page) })}`;

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
      {list.rows.length === 0 ? (
        <p className="rounded border border-dashed p-6 text-center text-slate-600">{t("users.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <thead className="bg-slate-100 text-left text-xs uppercase text-slate-600">
              <tr>
                <th className="px-3 py-2">{t("users.username")}</th>
                <th className="px-3 py-2">{t("users.name")}</th>
                <th className="px-3 py-2">{t("users.roles")}</th>
                <th className="px-3 py-2">{t("users.status")}</th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </div>
      )}
      <Pager
        page={list.page}
        pageCount={list.pageCount}
        href={pageLink}
        labels={{
          previous: t("list.previous"),
          next: t("list.next"),
          page: t("list.page", { page: list.page, pageCount: list.pageCount }),
        }}
      />
      <CreateUserForm options={options} />
    </div>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { UserAdminPanel } from "@/lib/users/components/user-admin-panel";
import { getManagedUser, loadGrantOptions } from "@/lib/users/queries";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";

export default async function UserPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const { id } = await params;
  const { kabupaten } = await searchParams;
  const { managed, options } = await orNotFound(
    withScope(user.scope, async (ctx) => ({
      managed: await getManagedUser(ctx, id),
      options: await loadGrantOptions(ctx, kabupaten),
    })),
  );
  const t = await getTranslations();
  return (
    <div className="flex flex-col gap-4">
      <nav className="text-sm text-slate-500">
        <Link href="/pengguna" className="hover:underline">
          {t("users.title")}
        </Link>
      </nav>
      <h1 className="text-2xl font-bold">
        {managed.name} <span className="text-base font-normal text-slate-500">{managed.username}</span>
      </h1>
      <p className="flex gap-2">
        {managed.active ? <Badge>{t("users.active")}</Badge> : <Badge tone="amber">{t("users.inactive")}</Badge>}
        {managed.mustChangePassword && <Badge>{t("users.mustChange")}</Badge>}
      </p>
      <UserAdminPanel
        user={{ id: managed.id, name: managed.name, active: managed.active }}
        grants={managed.grants}
        options={options}
      />
    </div>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HeaderMenu } from "@/components/ui/header-menu";
import { LanguageSwitch } from "@/components/ui/language-switch";
import { SignOutButton } from "@/components/ui/sign-out-button";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/server/session";
import { isUserAdministrator } from "@/lib/users/grants";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const t = await getTranslations();
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white print:hidden">
        <nav className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
          <Link href="/" className="font-bold text-brand-700">
            {t("app.name")}
          </Link>
          <HeaderMenu label={t("nav.menu")}>
            <Link href="/" className="text-sm hover:underline">
              {t("nav.home")}
            </Link>
            {user.scope.national && (
              <Link href="/nasional" className="text-sm hover:underline">
                {t("comparison.navNational")}
              </Link>
            )}
            {!user.scope.national && user.scope.provinceIds.size > 0 && (
              <Link href="/" className="text-sm hover:underline">
                {t("comparison.navProvince")}
              </Link>
            )}
            {can(user.scope, "reference.write") && (
              <>
                <Link href="/referensi/daftar-periksa" className="text-sm hover:underline">
                  {t("nav.checklist")}
                </Link>
                <Link href="/referensi/laporan-bulanan" className="text-sm hover:underline">
                  {t("monthly.admin.link")}
                </Link>
              </>
            )}
            {can(user.scope, "system.backups") && (
              <Link href="/cadangan" className="text-sm hover:underline">
                {t("nav.backups")}
              </Link>
            )}
            {isUserAdministrator(user.scope) && (
              <>
                <Link href="/pengguna" className="text-sm hover:underline">
                  {t("nav.users")}
                </Link>
                <Link href="/audit" className="text-sm hover:underline">
                  {t("nav.audit")}
                </Link>
              </>
            )}
            <Link href="/akun" className="text-sm text-slate-600 hover:underline md:ml-auto">
              {t("nav.signedInAs", { name: user.name })}
            </Link>
            <LanguageSwitch />
            <SignOutButton label={t("nav.signOut")} />
          </HeaderMenu>
        </nav>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </div>
  );
}

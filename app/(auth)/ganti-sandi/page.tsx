import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/lib/users/components/account-forms";
import { requireUser } from "@/lib/server/session";

/** Where a user whose password was reset must go before anything else. */
export default async function ForcedPasswordChangePage() {
  const user = await requireUser({ allowPasswordChange: true });
  if (!user.mustChangePassword) redirect("/akun");
  const t = await getTranslations("account");
  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center gap-4 px-4">
      <h1 className="text-2xl font-bold">{t("changePassword")}</h1>
      <p role="status" className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
        {t("mustChange")}
      </p>
      <ChangePasswordForm />
    </main>
  );
}

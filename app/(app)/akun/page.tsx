import { getTranslations } from "next-intl/server";
import { ChangePasswordForm, SignOutEverywhereButton } from "@/lib/users/components/account-forms";
import { requireUser } from "@/lib/server/session";

export default async function AccountPage() {
  const user = await requireUser();
  const t = await getTranslations("account");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-600">
        {user.name} · {user.username}
      </p>
      <ChangePasswordForm />
      <SignOutEverywhereButton />
    </div>
  );
}

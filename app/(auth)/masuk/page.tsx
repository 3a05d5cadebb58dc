import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/lib/auth/components/sign-in-form";
import { LanguageSwitch } from "@/components/ui/language-switch";
import { getCurrentUser } from "@/lib/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function SignInPage() {
  if (await getCurrentUser()) redirect("/");
  const t = await getTranslations();
  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center gap-6 px-4">
      <div>
        <p className="text-sm font-semibold text-brand-700">{t("app.name")}</p>
        <h1 className="text-2xl font-bold">{t("signIn.title")}</h1>
        <p className="text-sm text-slate-600">{t("app.tagline")}</p>
      </div>
      <SignInForm />
      <LanguageSwitch />
    </main>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <section className="flex flex-col gap-3">
      <h1 className="text-2xl font-bold">{t("notFound")}</h1>
      <p className="text-slate-600">{t("notFoundBody")}</p>
      <Link href="/" className="text-brand-700 underline">
        {t("back")}
      </Link>
    </section>
  );
}

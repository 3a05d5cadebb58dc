import { useTranslations } from "next-intl";

export function PageLoading() {
  const t = useTranslations("common");
  return (
    <p role="status" className="animate-pulse text-slate-500">
      {t("loading")}
    </p>
  );
}

import { useTranslations } from "next-intl";

export default function Loading() {
  const t = useTranslations("common");
  return (
    <p role="status" className="animate-pulse text-slate-500">
      {t("loading")}
    </p>
  );
}

import { useTranslations } from "next-intl";

/** "sumber: …" for an item a source backs; "praktik daerah" for the district's own practice, never presented as a Kemenkes rule. */
export function ChecklistSourceLabel({ source }: { source: string | null }) {
  const t = useTranslations();
  return (
    <span className="text-xs text-slate-500">
      ({source ? t("stageForm.sourceLabel", { source }) : t("stageForm.sourcePractice")})
    </span>
  );
}

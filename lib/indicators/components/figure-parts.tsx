import { useTranslations } from "next-intl";
import type { IndicatorValue, Provenance } from "../definitions";

// Pieces every figure shows, on the dashboards, comparison tables and printed
// report alike (no hooks beyond the translator: usable in server and client components).

const PROVENANCE_TONE: Record<Provenance, string> = {
  RECORDED: "bg-slate-100 text-slate-700 ring-slate-200",
  REPORTED: "bg-sky-50 text-sky-800 ring-sky-200",
  ILLUSTRATIVE: "bg-violet-50 text-violet-800 ring-violet-200",
  MIXED: "bg-amber-50 text-amber-900 ring-amber-200",
};

/** Where a figure comes from: tercatat, dilaporkan, ilustratif or campuran (with the count by source for a total). */
export function ProvenanceBadge({
  value,
  detailed = false,
}: {
  value: Pick<IndicatorValue, "provenance" | "sources">;
  detailed?: boolean;
}) {
  const t = useTranslations("figures");
  if (!value.provenance) return null;
  const breakdown =
    value.provenance === "MIXED" && Object.values(value.sources).reduce((sum, count) => sum + count, 0) > 1
      ? (["RECORDED", "REPORTED", "ILLUSTRATIVE", "MIXED"] as const)
          .filter((kind) => value.sources[kind] > 0)
          .map((kind) => `${t(`provenance.${kind}`).toLowerCase()} ${value.sources[kind]}`)
          .join(" · ")
      : null;
  return (
    <span
      title={
        breakdown
          ? `${t(`provenanceHint.${value.provenance}`)} ${t("sourcesOf", { list: breakdown })}`
          : t(`provenanceHint.${value.provenance}`)
      }
      className={`inline-block rounded px-1.5 text-[11px] font-normal ring-1 ${PROVENANCE_TONE[value.provenance]}`}
      data-provenance={value.provenance}
    >
      {t(`provenance.${value.provenance}`)}
      {breakdown && (
        <span className={detailed ? "block" : "sr-only print:not-sr-only"}>{t("sourcesOf", { list: breakdown })}</span>
      )}
    </span>
  );
}

/** "belum ada data": neutral, never 0, never red. */
export function NoData() {
  const t = useTranslations("figures");
  return (
    <span className="italic text-slate-500" title={t("noDataHint")} data-state="NO_DATA">
      {t("noData")}
    </span>
  );
}

/** What the figure was computed over, when that is only part of the place. */
export function CoverageNote({
  value,
  unit,
  isTotal,
}: {
  value: Pick<IndicatorValue, "coverage" | "state">;
  unit?: string;
  isTotal?: boolean;
}) {
  const t = useTranslations("figures");
  if (!value.coverage || value.state !== "PARTIAL") return null;
  const { covered, of } = value.coverage;
  return (
    <span className="block text-[11px] text-amber-900" data-state="PARTIAL">
      {isTotal
        ? t("partialTotal", { covered, of })
        : unit
          ? t("partialOf", { covered, unit, missing: of - covered })
          : t("incomplete")}
    </span>
  );
}

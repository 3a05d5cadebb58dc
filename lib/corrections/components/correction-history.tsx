import { getTranslations } from "next-intl/server";
import { formatIndonesianDateTime, type IndonesianTimeZone } from "@/lib/dates";
import type { CorrectionRow } from "../queries";

/**
 * A record's corrections and void, oldest first: each says "dikoreksi" or
 * "dibatalkan", who, when (in the district's zone) and why, and the values the
 * record had before.
 */
export async function CorrectionHistory({
  corrections,
  timeZone,
  describe,
}: {
  corrections: CorrectionRow[];
  timeZone: IndonesianTimeZone;
  describe: (previous: Record<string, unknown>) => string;
}) {
  if (corrections.length === 0) return null;
  const t = await getTranslations("corrections");
  return (
    <ul
      className="flex flex-col gap-1 border-l-2 border-amber-300 pl-3 text-xs text-slate-700"
      aria-label={t("history")}
    >
      {corrections.map((correction, index) => (
        <li key={index}>
          <span
            className={`mr-1 rounded px-1 font-semibold ${correction.kind === "VOIDED" ? "bg-red-50 text-red-700" : "bg-amber-50 text-amber-800"}`}
          >
            {t(correction.kind === "VOIDED" ? "voided" : "corrected")}
          </span>
          {t("byAt", { by: correction.by ?? t("system"), at: formatIndonesianDateTime(correction.at, timeZone) })} ·{" "}
          {t("reasonIs", { reason: correction.reason })}
          <br />
          <span className="text-slate-500">{t("before", { values: describe(correction.previous) })}</span>
        </li>
      ))}
    </ul>
  );
}

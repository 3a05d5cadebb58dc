import { useFormatter } from "next-intl";
import { figureText, type IndicatorEntry } from "@/lib/indicators/definitions";

/** A figure as its indicator's format writes it ("–" without one). */
export function useShareText(entry: Pick<IndicatorEntry, "format">) {
  const format = useFormatter();
  return (share: number | null) => (share === null ? "–" : figureText(entry, share, format.number, 1));
}

import "server-only";
import { exportFormat, tableFile } from "@/lib/export/table-file";
import type { IndicatorFacts } from "@/lib/indicators/definitions";
import { routeTranslator } from "@/lib/i18n/translator";
import { comparisonExportTable } from "./export-table";
import { arrangeRows, parseComparisonView, type ComparisonRow } from "./table";

/**
 * A comparison table as CSV or XLSX: the rows the user sees (same filter,
 * sort and rank as the page, from the request's query), then the total row;
 * the columns come from the indicator registry (./export-table.ts).
 */
export async function comparisonFile(
  request: Request,
  name: string,
  rows: ComparisonRow[],
  total: IndicatorFacts,
  totalLabel: string,
  showParent: boolean,
): Promise<Response> {
  const t = await routeTranslator();
  const view = parseComparisonView(new URL(request.url).searchParams);
  const { header, body } = comparisonExportTable({
    rows: arrangeRows(rows, view),
    total,
    totalLabel,
    showParent,
    t: t as unknown as (key: string, values?: Record<string, string | number>) => string,
  });
  return tableFile(exportFormat(request), name, header, body);
}

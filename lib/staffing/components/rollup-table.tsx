import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { StaffingRollupRow } from "../rollup";

/** The district roll-up table: one row per puskesmas. */
export async function RollupTable({ rows }: { rows: StaffingRollupRow[] }) {
  const t = await getTranslations("staffing.rollup");
  const profession = await getTranslations("profession");
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm" data-testid="staffing-rollup">
        <thead className="bg-slate-50 text-xs text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("puskesmas")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("staff")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("assigned")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("share")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("noCoordinator")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("pustuBelow")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-slate-100 align-top">
              <th scope="row" className="px-3 py-2 font-normal">
                <Link href={`/puskesmas/${row.id}/klaster`} className="text-brand-700 underline">
                  {row.name}
                </Link>
              </th>
              <td className="px-3 py-2 text-right">{row.staff}</td>
              <td className="px-3 py-2 text-right">{row.assigned}</td>
              <td className="px-3 py-2 text-right">
                {row.assignedPercent === null ? t("noRoster") : `${row.assignedPercent}%`}
              </td>
              <td className="px-3 py-2">
                {row.staff === 0
                  ? t("noRoster")
                  : row.clustersWithoutCoordinator.length
                    ? row.clustersWithoutCoordinator.map((cluster) => `K${cluster}`).join(", ")
                    : t("none")}
              </td>
              <td className="px-3 py-2">
                {row.staff === 0
                  ? t("noRoster")
                  : row.pustuBelowMinimum.length
                    ? row.pustuBelowMinimum
                        .map((pustu) =>
                          t("pustuMissing", {
                            pustu: pustu.name,
                            count: pustu.staff,
                            missing: pustu.missing.map((code) => profession(code as "BIDAN")).join(", ") || "-",
                          }),
                        )
                        .join("; ")
                    : t("none")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

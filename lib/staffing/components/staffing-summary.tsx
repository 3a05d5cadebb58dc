import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { StaffingRollup } from "../rollup";

/** The planner dashboard's cluster-assignment box: the district totals and the puskesmas needing attention. */
export async function StaffingSummary({ rollup, href }: { rollup: StaffingRollup; href: string }) {
  const t = await getTranslations("staffing.rollup");
  const { totals } = rollup;
  const needing = rollup.rows.filter(
    (row) =>
      row.staff > 0 &&
      (row.assignedPercent !== 100 || row.clustersWithoutCoordinator.length > 0 || row.pustuBelowMinimum.length > 0),
  );
  return (
    <section
      aria-labelledby="dashboard-staffing"
      className="flex flex-col gap-2 rounded border border-slate-200 bg-white p-4 text-sm"
      data-testid="dashboard-staffing"
    >
      <h2 id="dashboard-staffing" className="text-lg font-semibold">
        {t("dashboardTitle")}
      </h2>
      <p>
        {t("summary", {
          withRoster: totals.withRoster,
          puskesmas: totals.puskesmas,
          missing: totals.puskesmas - totals.withRoster,
          assigned: totals.assigned,
          staff: totals.staff,
          clusters: totals.clustersWithoutCoordinator,
          pustu: totals.pustuBelowMinimum,
        })}
      </p>
      {needing.length > 0 && (
        <ul className="flex flex-col gap-1">
          {needing.slice(0, 5).map((row) => (
            <li key={row.id}>
              <Link href={`/puskesmas/${row.id}/klaster`} className="text-brand-700 underline">
                {row.name}
              </Link>
              {`: ${row.assigned}/${row.staff} (${row.assignedPercent}%)`}
              {row.clustersWithoutCoordinator.length > 0 &&
                ` · ${t("noCoordinator")}: ${row.clustersWithoutCoordinator.map((cluster) => `K${cluster}`).join(", ")}`}
              {row.pustuBelowMinimum.length > 0 &&
                ` · ${t("pustuBelow")}: ${row.pustuBelowMinimum.map((pustu) => pustu.name).join(", ")}`}
            </li>
          ))}
        </ul>
      )}
      <Link href={href} className="w-fit text-brand-700 underline">
        {t("link")}
      </Link>
    </section>
  );
}

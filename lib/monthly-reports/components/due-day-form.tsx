"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { useServerAction } from "@/components/ui/use-server-action";
import { setDueDayAction } from "../actions";

/** The planner sets the district's own due day (day of the following month). */
export function DueDayForm({
  districtCode,
  dataSetId,
  dueDay,
}: {
  districtCode: string;
  dataSetId: string;
  dueDay: number;
}) {
  const t = useTranslations();
  const router = useRouter();
  const save = useServerAction(setDueDayAction);
  const [day, setDay] = useState(String(dueDay));
  return (
    <div className="flex flex-wrap items-end gap-2 text-sm">
      <label className="flex flex-col text-xs text-slate-600">
        {t("monthly.grid.dueDayLabel")}
        <input
          type="number"
          min={1}
          max={28}
          value={day}
          onChange={(event) => setDay(event.target.value)}
          className="w-24 rounded border border-slate-300 px-2 py-1 text-sm text-slate-900"
        />
      </label>
      <button
        type="button"
        disabled={save.pending}
        onClick={() =>
          save.run(
            { districtCode, dataSetId, dueDay: Number(day) },
            { successMessage: t("monthly.grid.dueDaySaved"), onSuccess: () => router.refresh() },
          )
        }
        className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-50 disabled:opacity-50"
      >
        {t("monthly.grid.setDueDay")}
      </button>
      <FormMessage message={save.message} />
    </div>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { useServerAction } from "@/components/ui/use-server-action";
import { updateBoardSettingsAction } from "../actions";

/** The puskesmas' choice whether staff may support a second cluster. */
export function BoardSettings({
  puskesmasId,
  boardVersion,
  allowSecondCluster,
}: {
  puskesmasId: string;
  boardVersion: number;
  allowSecondCluster: boolean;
}) {
  const t = useTranslations("staffing");
  const router = useRouter();
  const { run, pending, message } = useServerAction(updateBoardSettingsAction);
  return (
    <details className="rounded border border-slate-200 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-medium text-brand-700">{t("settings.title")}</summary>
      <p className="mt-2 text-slate-700">{t("settings.explain")}</p>
      <p className="mt-1">{allowSecondCluster ? t("settings.on") : t("settings.off")}</p>
      <FormMessage message={message} />
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          run(
            { puskesmasId, boardVersion, allowSecondCluster: !allowSecondCluster },
            { onSuccess: () => router.refresh() },
          )
        }
        className="mt-2 rounded border border-slate-300 px-3 py-1 hover:bg-slate-50 disabled:opacity-60"
      >
        {allowSecondCluster ? t("settings.turnOff") : t("settings.turnOn")}
      </button>
    </details>
  );
}

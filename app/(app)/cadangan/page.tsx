import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { backupSchedule, latestBackup } from "@/lib/backup/status";
import { formatIndonesianDateTime } from "@/lib/dates";
import { requireUser } from "@/lib/server/session";

/** The scheduled backups (BACKUP_DIR): where they go, how often, and the last one's time and size. National admins only. */
export default async function BackupStatusPage() {
  const user = await requireUser();
  if (!can(user.scope, "system.backups")) notFound();
  const t = await getTranslations();
  const schedule = backupSchedule();
  const latest = schedule ? latestBackup(schedule.dir) : null;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("backups.title")}</h1>
      <p className="max-w-3xl text-sm text-slate-600">{t("backups.intro")}</p>
      {schedule ? (
        <dl className="grid max-w-3xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded border border-slate-200 bg-white p-3 text-sm">
          <dt className="font-medium">{t("backups.folder")}</dt>
          <dd className="font-mono break-all">{schedule.dir}</dd>
          <dt className="font-medium">{t("backups.interval")}</dt>
          <dd>{t("backups.intervalValue", { hours: schedule.intervalHours })}</dd>
          <dt className="font-medium">{t("backups.keep")}</dt>
          <dd>{t("backups.keepValue", { count: schedule.keep })}</dd>
          <dt className="font-medium">{t("backups.last")}</dt>
          <dd>{latest ? formatIndonesianDateTime(latest.createdAt) : t("backups.none")}</dd>
          {latest && (
            <>
              <dt className="font-medium">{t("backups.size")}</dt>
              <dd>{t("backups.sizeValue", { mb: (latest.bytes / 1024 / 1024).toFixed(1) })}</dd>
            </>
          )}
        </dl>
      ) : (
        <p className="rounded border border-slate-200 bg-white p-3 text-sm">{t("backups.off")}</p>
      )}
    </div>
  );
}

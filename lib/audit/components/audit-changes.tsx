import { getTranslations } from "next-intl/server";
import type { AuditChange, AuditValue } from "../readable";

/** Enum-valued fields and the catalogue namespace of their labels, by entity where the name is shared. */
const ENUM_FIELDS: Record<string, string | Record<string, string>> = {
  toStage: "stage",
  fromStage: "stage",
  currentStage: "stage",
  profession: "profession",
  role: "role",
  employmentStatus: "staffing.employment",
  posting: "staffing.postingLabel",
  level: "dashboard.kader",
  metric: "figureMetric",
  type: { Activity: "activityType", Facility: "facilityType" },
  status: { Activity: "activityStatus" },
  kind: { ActivityAttachment: "activityAttachment", RolloutTarget: "targetKind" },
};

/** A row's changes as "field: before → after", in the reader's language, ids shown as names. */
export async function AuditChanges({ entity, changes }: { entity: string; changes: AuditChange[] }) {
  const t = await getTranslations();
  if (changes.length === 0) return null;
  const label = (field: string) => (t.has(`audit.fields.${field}`) ? t(`audit.fields.${field}`) : field);
  const show = (field: string, value: AuditValue | undefined): string => {
    if (value === undefined || value === null || value === "") return t("audit.emptyValue");
    if (typeof value === "boolean") return value ? t("audit.yes") : t("audit.no");
    if (typeof value === "number") return String(value);
    if (Array.isArray(value)) return value.join(", ") || t("audit.emptyValue");
    if (typeof value === "object") return value.name;
    const rule = ENUM_FIELDS[field];
    const namespace = typeof rule === "string" ? rule : rule?.[entity];
    return namespace && t.has(`${namespace}.${value}`) ? t(`${namespace}.${value}`) : value;
  };
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs">
      {changes.map((change) => (
        <div key={change.field} className="contents">
          <dt className="font-medium text-slate-700">{label(change.field)}</dt>
          <dd className="break-words">
            {change.before === undefined ? (
              show(change.field, change.after)
            ) : change.after === undefined ? (
              <span className="line-through">{show(change.field, change.before)}</span>
            ) : (
              <>
                {show(change.field, change.before)} <span aria-label={t("audit.becomes")}>→</span>{" "}
                {show(change.field, change.after)}
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

// Option lists and zod enums derive from the Prisma enums (prisma/schema.prisma),
// never typed by hand: a value added to the schema appears here, and the unit
// test tests/unit/enums.test.ts fails until both catalogues label it.
import {
  ActivityAttachmentKind,
  ActivityStatus,
  ActivityType,
  ClusterRole,
  CorrectionKind,
  EmploymentStatus,
  FacilityType,
  FigureMetric,
  KaderLevel,
  Posting,
  Profession,
  ReportStatus,
  Role,
  TargetKind,
} from "@/lib/generated/prisma/enums";

/** Every value of a Prisma enum, in schema order, as the non-empty tuple `z.enum` takes. */
export function enumValues<const E extends Record<string, string>>(
  prismaEnum: E,
): readonly [E[keyof E], ...E[keyof E][]] {
  return Object.values(prismaEnum) as unknown as readonly [E[keyof E], ...E[keyof E][]];
}

export const PROFESSIONS = enumValues(Profession);
export const EMPLOYMENT_STATUSES = enumValues(EmploymentStatus);
export const POSTINGS = enumValues(Posting);
export const CLUSTER_ROLES = enumValues(ClusterRole);
export const ACTIVITY_TYPES = enumValues(ActivityType);
export const ACTIVITY_STATUSES = enumValues(ActivityStatus);
export const ACTIVITY_ATTACHMENT_KINDS = enumValues(ActivityAttachmentKind);
export const TARGET_KINDS = enumValues(TargetKind);
export const FACILITY_TYPES = enumValues(FacilityType);
export const FIGURE_METRICS = enumValues(FigureMetric);
export const KADER_LEVELS = enumValues(KaderLevel);
export const CORRECTION_KINDS = enumValues(CorrectionKind);
export const ROLES = enumValues(Role);
export const REPORT_STATUSES = enumValues(ReportStatus);

/** The role picker's order: the roles granted most often first (tests/unit/enums.test.ts checks it lists every role once). */
export const ROLE_OPTIONS = [
  "DINKES_PLANNER",
  "PUSKESMAS_HEAD",
  "DATA_OFFICER",
  "VIEWER",
  "DINKES_ADMIN",
  "PROVINCE_OFFICIAL",
  "NATIONAL_ADMIN",
] as const satisfies readonly Role[];

/**
 * Where each enum's labels live in messages/{id,en}.json (`<namespace>.<VALUE>`).
 * Ordered lists kept elsewhere (stages in lib/rollout/stages.ts) are checked by the same test.
 */
export const ENUM_LABEL_NAMESPACES = {
  profession: PROFESSIONS,
  "staffing.employment": EMPLOYMENT_STATUSES,
  "staffing.postingLabel": POSTINGS,
  activityType: ACTIVITY_TYPES,
  activityStatus: ACTIVITY_STATUSES,
  activityAttachment: ACTIVITY_ATTACHMENT_KINDS,
  targetKind: TARGET_KINDS,
  facilityType: FACILITY_TYPES,
  figureMetric: FIGURE_METRICS,
  "dashboard.kader": KADER_LEVELS,
  role: ROLES,
  "monthly.status": REPORT_STATUSES,
} as const;

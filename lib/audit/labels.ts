// What the audit log shows for its raw action and entity strings: catalogue keys
// (messages/*.json `audit.actions.*`, `audit.entities.*`, `audit.fields.*`), so the
// log reads in Bahasa Indonesia. tests/integration/audit-labels.test.ts fails for an
// action or entity written anywhere that has no label here.

/** Actions written by the audit trigger (insert/update/delete) and by the services. */
export const AUDIT_ACTIONS = [
  "insert",
  "update",
  "delete",
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_in_refused_locked",
  "auth.locked_out",
  "auth.sign_out",
  "auth.sign_out_everywhere",
  "user.create",
  "user.grant_role",
  "user.revoke_role",
  "user.reset_password",
  "user.change_password",
  "user.activate",
  "user.deactivate",
  "staff.nip_lookup_foreign",
] as const;

/** The sign-in events, shown in their own tab (entity "auth"). */
export const SIGN_IN_ENTITY = "auth";

/** Tables with the audit trigger, and the entities the services name. */
export const AUDIT_ENTITIES = [
  "Facility",
  "PuskesmasDesa",
  "FacilityStageChange",
  "EvidenceFile",
  "StageChecklistItem",
  "Staff",
  "ClusterAssignment",
  "RolloutTarget",
  "ReportedFigure",
  "Activity",
  "ActivityFacility",
  "ActivityAttachment",
  "Kader",
  "RecordCorrection",
  "DataCompleteness",
  "ImportBatch",
  "ReportDueDay",
  "DataSet",
  "DataElement",
  "MonthlyReport",
  "ReportValue",
  "DistrictOffice",
  "PuskesmasHead",
  "staff",
  "user",
  "auth",
] as const;

/** Row fields a reader does not need: ids, bookkeeping and derived columns. */
export const HIDDEN_FIELDS = new Set([
  "id",
  "districtId",
  "version",
  "createdAt",
  "updatedAt",
  "searchText",
  "isSynthetic",
  "staffBoardVersion",
  "sha256",
  "storageKey",
]);

/** Fields that name another record by id; the log shows that record's name. */
export const REFERENCE_FIELDS = [
  "facilityId",
  "puskesmasId",
  "pustuId",
  "posyanduId",
  "parentId",
  "kecamatanId",
  "desaId",
  "regionId",
  "staffId",
  "activityId",
  "userId",
  "changedById",
  "reviewedById",
  "retractedById",
  "uploadedById",
  "declaredById",
  "createdById",
  "undoneById",
  "actorId",
] as const;

/** The catalogue key of an action, e.g. "auth.sign_in" → "auth_sign_in"; null when unknown. */
export function actionKey(action: string): string | null {
  return (AUDIT_ACTIONS as readonly string[]).includes(action) ? action.replaceAll(".", "_") : null;
}

export function entityKey(entity: string): string | null {
  return (AUDIT_ENTITIES as readonly string[]).includes(entity) ? entity : null;
}

// The authorization matrix, kept as data: every server action and route handler,
// who may call it, on which records, and what they get. authorization.test.ts
// fails when an exported action or handler is missing here, and runs every cell.
//
// Records are named relative to the Rejang Lebong (17.02) actors:
//   own           – Rejang Lebong's; for facilities, Puskesmas Sumber Urip's posyandu
//   sameDistrict  – another puskesmas of Rejang Lebong (Curup)
//   sibling       – Bengkulu Selatan's (17.01), same province as Rejang Lebong
//   otherProvince – Kudus' (33.19, Jawa Tengah)
//   self          – the caller's own account
//   scope         – whatever the caller's scope covers (no record named)
//
// The officer is Sumber Urip's petugas data (DATA_OFFICER): it reads what the head reads and writes
// only the puskesmas' monthly reports (report.enter).

export const ACTORS = [
  "national",
  "province",
  "districtAdmin",
  "planner",
  "head",
  "officer",
  "viewer",
  "anonymous",
] as const;
export type Actor = (typeof ACTORS)[number];
export type Target = "own" | "sameDistrict" | "sibling" | "otherProvince" | "self" | "scope";
export type Outcome = "ok" | "forbidden" | "not_found" | "unauthenticated";

export type MatrixEntry = {
  /** "lib/x/actions.ts#nameAction" or "app/api/…/route.ts#GET". */
  id: string;
  scopeRule: string;
  expect: Record<Actor, Partial<Record<Target, Outcome>>>;
};

const ok = "ok",
  F = "forbidden",
  NF = "not_found",
  U = "unauthenticated";
const everyTarget = (outcome: Outcome, targets: Target[]) =>
  Object.fromEntries(targets.map((target) => [target, outcome]));
const facilityTargets: Target[] = ["own", "sameDistrict", "sibling", "otherProvince"];
const districtTargets: Target[] = ["own", "sibling", "otherProvince"];

/** Managing another user: national admins anywhere; a Dinkes admin inside their district; nobody else even sees them. */
const userManagement = (scopeRule: string, id: string): MatrixEntry => ({
  id,
  scopeRule,
  expect: {
    national: { own: ok, sibling: ok, otherProvince: ok },
    province: everyTarget(NF, districtTargets),
    districtAdmin: { own: ok, sibling: NF, otherProvince: NF },
    planner: everyTarget(NF, districtTargets),
    head: everyTarget(NF, districtTargets),
    officer: everyTarget(NF, districtTargets),
    viewer: everyTarget(NF, districtTargets),
    anonymous: everyTarget(U, districtTargets),
  },
});

const selfService = (scopeRule: string, id: string): MatrixEntry => ({
  id,
  scopeRule,
  expect: {
    national: { self: ok },
    province: { self: ok },
    districtAdmin: { self: ok },
    planner: { self: ok },
    head: { self: ok },
    officer: { self: ok },
    viewer: { self: ok },
    anonymous: { self: U },
  },
});

export const MATRIX: MatrixEntry[] = [
  {
    id: "lib/facilities/actions.ts#changeStageAction",
    scopeRule:
      "stage.write: a planner moves any facility of their district; a head the pustu/posyandu of their puskesmas; readers get 'forbidden', others 'not found'",
    expect: {
      national: everyTarget(F, facilityTargets),
      province: { own: F, sameDistrict: F, sibling: F, otherProvince: NF },
      districtAdmin: { own: F, sameDistrict: F, sibling: NF, otherProvince: NF },
      planner: { own: ok, sameDistrict: ok, sibling: NF, otherProvince: NF },
      head: { own: ok, sameDistrict: NF, sibling: NF, otherProvince: NF },
      officer: { own: F, sameDistrict: NF, sibling: NF, otherProvince: NF },
      viewer: { own: F, sameDistrict: F, sibling: NF, otherProvince: NF },
      anonymous: everyTarget(U, facilityTargets),
    },
  },
  ...["reviewStageProposalAction", "correctStageEntryAction", "voidStageEntryAction"].map((name): MatrixEntry => ({
    id: `lib/facilities/actions.ts#${name}`,
    scopeRule:
      "stage.verify: planners of the entry's district review proposals and correct or void entries; other readers get 'forbidden', others 'not found'",
    expect: {
      national: everyTarget(F, facilityTargets),
      province: { own: F, sameDistrict: F, sibling: F, otherProvince: NF },
      districtAdmin: { own: F, sameDistrict: F, sibling: NF, otherProvince: NF },
      planner: { own: ok, sameDistrict: ok, sibling: NF, otherProvince: NF },
      head: { own: F, sameDistrict: NF, sibling: NF, otherProvince: NF },
      officer: { own: F, sameDistrict: NF, sibling: NF, otherProvince: NF },
      viewer: { own: F, sameDistrict: F, sibling: NF, otherProvince: NF },
      anonymous: everyTarget(U, facilityTargets),
    },
  })),
  ...["updateChecklistItemAction", "createChecklistItemAction"].map((name): MatrixEntry => ({
    id: `lib/facilities/actions.ts#${name}`,
    scopeRule: "reference.write: only a national admin edits the stage checklist (reference data everyone reads)",
    expect: {
      national: { scope: ok },
      province: { scope: F },
      districtAdmin: { scope: F },
      planner: { scope: F },
      head: { scope: F },
      officer: { scope: F },
      viewer: { scope: F },
      anonymous: { scope: U },
    },
  })),
  {
    id: "lib/activities/actions.ts#createActivityAction",
    scopeRule: "activity.write: planners of the named district; every facility id must be that district's",
    expect: {
      national: everyTarget(F, districtTargets),
      province: { own: F, sibling: F, otherProvince: NF },
      districtAdmin: { own: F, sibling: NF, otherProvince: NF },
      planner: { own: ok, sibling: NF, otherProvince: NF },
      head: everyTarget(NF, districtTargets),
      officer: everyTarget(NF, districtTargets),
      viewer: { own: F, sibling: NF, otherProvince: NF },
      anonymous: everyTarget(U, districtTargets),
    },
  },
  {
    id: "lib/users/actions.ts#createUserAction",
    scopeRule:
      "user.manage: national admins create anyone; a Dinkes admin creates planners/heads/viewers of their district; regions are public, so a wider grant is 'forbidden'",
    expect: {
      national: { own: ok, sibling: ok, otherProvince: ok },
      province: everyTarget(F, districtTargets),
      districtAdmin: { own: ok, sibling: F, otherProvince: F },
      planner: everyTarget(F, districtTargets),
      head: everyTarget(F, districtTargets),
      officer: everyTarget(F, districtTargets),
      viewer: everyTarget(F, districtTargets),
      anonymous: everyTarget(U, districtTargets),
    },
  },
  userManagement("user.manage: grant a role to a user of the target district", "lib/users/actions.ts#grantRoleAction"),
  userManagement(
    "user.manage: revoke a role of a user of the target district",
    "lib/users/actions.ts#revokeRoleAction",
  ),
  userManagement(
    "user.manage: reset the password of a user of the target district",
    "lib/users/actions.ts#resetPasswordAction",
  ),
  userManagement("user.manage: deactivate a user of the target district", "lib/users/actions.ts#setUserActiveAction"),
  selfService("self: any signed-in user changes their own password", "lib/users/actions.ts#changeOwnPasswordAction"),
  selfService("self: any signed-in user ends all their own sessions", "lib/users/actions.ts#signOutEverywhereAction"),
  {
    id: "lib/i18n/actions.ts#setLocaleAction",
    scopeRule: "public: sets the interface-language cookie, touches no data",
    expect: {
      national: { self: ok },
      province: { self: ok },
      districtAdmin: { self: ok },
      planner: { self: ok },
      head: { self: ok },
      officer: { self: ok },
      viewer: { self: ok },
      anonymous: { self: ok },
    },
  },
  {
    id: "app/api/export/kabupaten/[code]/route.ts#GET",
    scopeRule: "district.read: the district's puskesmas list as CSV",
    expect: {
      national: { own: ok, sibling: ok, otherProvince: ok },
      province: { own: ok, sibling: ok, otherProvince: NF },
      districtAdmin: { own: ok, sibling: NF, otherProvince: NF },
      planner: { own: ok, sibling: NF, otherProvince: NF },
      head: everyTarget(NF, districtTargets),
      officer: everyTarget(NF, districtTargets),
      viewer: { own: ok, sibling: NF, otherProvince: NF },
      anonymous: everyTarget(U, districtTargets),
    },
  },
  {
    id: "app/api/export/audit/route.ts#GET",
    scopeRule: "audit.read: Dinkes admins their district's log, national admins all",
    expect: {
      national: { scope: ok },
      province: { scope: NF },
      districtAdmin: { scope: ok },
      planner: { scope: NF },
      head: { scope: NF },
      officer: { scope: NF },
      viewer: { scope: NF },
      anonymous: { scope: U },
    },
  },
];

MATRIX.push({
  ...MATRIX.find((entry) => entry.id === "app/api/export/kabupaten/[code]/route.ts#GET")!,
  id: "app/api/export/kabupaten/[code]/desa-tanpa-pustu/route.ts#GET",
  scopeRule: "district.read: the district's desa without a pustu, as CSV",
});

MATRIX.push({
  ...MATRIX.find((entry) => entry.id === "app/api/export/kabupaten/[code]/route.ts#GET")!,
  id: "app/api/lampiran/[id]/route.ts#GET",
  scopeRule: "district.read: an activity's attachment, for whoever may read its district",
});

MATRIX.push({
  ...MATRIX.find((entry) => entry.id === "app/api/export/kabupaten/[code]/route.ts#GET")!,
  id: "app/api/export/kabupaten/[code]/dasbor/route.ts#GET",
  scopeRule: "district.read: one of the dashboard's tables, as of a date",
});

MATRIX.push({
  ...MATRIX.find((entry) => entry.id === "app/api/export/kabupaten/[code]/route.ts#GET")!,
  id: "app/api/export/kabupaten/[code]/laporan/route.ts#GET",
  scopeRule: "district.read: the district report as a PDF, as of a date",
});

MATRIX.push({
  id: "app/api/bukti/[id]/route.ts#GET",
  scopeRule: "puskesmas.read: evidence of a stage change, for whoever may read the facility",
  expect: {
    national: { own: ok, sameDistrict: ok, sibling: ok, otherProvince: ok },
    province: { own: ok, sameDistrict: ok, sibling: ok, otherProvince: NF },
    districtAdmin: { own: ok, sameDistrict: ok, sibling: NF, otherProvince: NF },
    planner: { own: ok, sameDistrict: ok, sibling: NF, otherProvince: NF },
    head: { own: ok, sameDistrict: NF, sibling: NF, otherProvince: NF },
    officer: { own: ok, sameDistrict: NF, sibling: NF, otherProvince: NF },
    viewer: { own: ok, sameDistrict: ok, sibling: NF, otherProvince: NF },
    anonymous: everyTarget(U, facilityTargets),
  },
});

const facilityEdit = (id: string, scopeRule: string): MatrixEntry => ({
  id,
  scopeRule,
  expect: {
    national: everyTarget(F, facilityTargets),
    province: { own: F, sameDistrict: F, sibling: F, otherProvince: NF },
    districtAdmin: { own: F, sameDistrict: F, sibling: NF, otherProvince: NF },
    planner: { own: ok, sameDistrict: ok, sibling: NF, otherProvince: NF },
    head: { own: F, sameDistrict: NF, sibling: NF, otherProvince: NF },
    officer: { own: F, sameDistrict: NF, sibling: NF, otherProvince: NF },
    viewer: { own: F, sameDistrict: F, sibling: NF, otherProvince: NF },
    anonymous: everyTarget(U, facilityTargets),
  },
});
MATRIX.push(
  {
    ...MATRIX.find((entry) => entry.id === "lib/activities/actions.ts#createActivityAction")!,
    id: "lib/facilities/actions.ts#createFacilityAction",
    scopeRule:
      "facility.write: planners add facilities to the named district; its desa and parent must be that district's",
  },
  facilityEdit(
    "lib/facilities/actions.ts#updateFacilityAction",
    "facility.write: planners edit their district's facilities; a head reads but may not edit",
  ),
  facilityEdit(
    "lib/facilities/actions.ts#closeFacilityAction",
    "facility.write: planners close their district's facilities",
  ),
);

const districtPlanning = MATRIX.find((entry) => entry.id === "lib/activities/actions.ts#createActivityAction")!.expect;
MATRIX.push(
  {
    id: "lib/targets/actions.ts#createTargetAction",
    scopeRule: "target.write: planners of the named district",
    expect: districtPlanning,
  },
  {
    id: "lib/targets/actions.ts#updateTargetAction",
    scopeRule: "target.write: planners of the target's district",
    expect: districtPlanning,
  },
  {
    id: "lib/targets/actions.ts#voidTargetAction",
    scopeRule: "target.write: planners of the target's district",
    expect: districtPlanning,
  },
  {
    id: "lib/activities/actions.ts#correctActivityAction",
    scopeRule: "activity.write: planners of the activity's district",
    expect: districtPlanning,
  },
  {
    id: "lib/activities/actions.ts#voidActivityAction",
    scopeRule: "activity.write: planners of the activity's district",
    expect: districtPlanning,
  },
  {
    id: "lib/activities/actions.ts#completeActivityAction",
    scopeRule: "activity.write: planners of the activity's district",
    expect: districtPlanning,
  },
  {
    id: "lib/activities/actions.ts#deleteActivityAction",
    scopeRule: "activity.write: planners of the activity's district",
    expect: districtPlanning,
  },
  {
    id: "lib/activities/actions.ts#addActivityAttachmentAction",
    scopeRule: "activity.write: planners attach files to an activity of their district",
    expect: districtPlanning,
  },
  {
    id: "lib/activities/actions.ts#removeActivityAttachmentAction",
    scopeRule: "activity.write: planners remove an attachment of their district's activity",
    expect: districtPlanning,
  },
  {
    id: "lib/completeness/actions.ts#declareCompleteAction",
    scopeRule: "facility.write: planners declare a data area of the named district complete",
    expect: districtPlanning,
  },
  {
    id: "lib/completeness/actions.ts#withdrawCompleteAction",
    scopeRule: "facility.write: planners withdraw a declaration of their district",
    expect: districtPlanning,
  },
);

MATRIX.push(
  {
    id: "app/api/export/provinsi/[code]/route.ts#GET",
    scopeRule:
      "province.read: the province comparison, for that province's officials and national admins; 'own' is Bengkulu (17)",
    expect: {
      national: { own: ok, otherProvince: ok },
      province: { own: ok, otherProvince: NF },
      districtAdmin: { own: NF, otherProvince: NF },
      planner: { own: NF, otherProvince: NF },
      head: { own: NF, otherProvince: NF },
      officer: { own: NF, otherProvince: NF },
      viewer: { own: NF, otherProvince: NF },
      anonymous: { own: U, otherProvince: U },
    },
  },
  {
    id: "app/api/export/nasional/route.ts#GET",
    scopeRule: "national.read: the national comparison, national admins only",
    expect: {
      national: { scope: ok },
      province: { scope: NF },
      districtAdmin: { scope: NF },
      planner: { scope: NF },
      head: { scope: NF },
      officer: { scope: NF },
      viewer: { scope: NF },
      anonymous: { scope: U },
    },
  },
  {
    ...MATRIX.find((entry) => entry.id === "app/api/export/kabupaten/[code]/route.ts#GET")!,
    id: "app/api/impor/kabupaten/[code]/[jenis]/route.ts#GET",
    scopeRule: "district.read: an import kind's template, or the district's data in that template",
  },
  {
    id: "app/api/impor/kabupaten/[code]/[jenis]/route.ts#POST",
    scopeRule: "facility.write: planners import (dry run or commit) into their own district only",
    expect: districtPlanning,
  },
  {
    id: "lib/imports/actions.ts#undoImportAction",
    scopeRule:
      "facility.write: planners undo any batch of their district; staff.write: a head only their own puskesmas' (own: Sumber Urip's head's batch, sameDistrict: Curup's, sibling/otherProvince: district-wide batches)",
    expect: {
      national: everyTarget(F, facilityTargets),
      province: { own: F, sameDistrict: F, sibling: F, otherProvince: NF },
      districtAdmin: { own: F, sameDistrict: F, sibling: NF, otherProvince: NF },
      planner: { own: ok, sameDistrict: ok, sibling: NF, otherProvince: NF },
      head: { own: ok, sameDistrict: NF, sibling: NF, otherProvince: NF },
      officer: { own: F, sameDistrict: NF, sibling: NF, otherProvince: NF },
      viewer: { own: F, sameDistrict: F, sibling: NF, otherProvince: NF },
      anonymous: everyTarget(U, facilityTargets),
    },
  },
);

/** Staffing of a puskesmas: only its head changes it; whoever reads the puskesmas gets "forbidden", others "not found". */
const staffWrite = (id: string, scopeRule: string): MatrixEntry => ({
  id,
  scopeRule,
  expect: {
    national: everyTarget(F, facilityTargets),
    province: { own: F, sameDistrict: F, sibling: F, otherProvince: NF },
    districtAdmin: { own: F, sameDistrict: F, sibling: NF, otherProvince: NF },
    planner: { own: F, sameDistrict: F, sibling: NF, otherProvince: NF },
    head: { own: ok, sameDistrict: NF, sibling: NF, otherProvince: NF },
    officer: { own: F, sameDistrict: NF, sibling: NF, otherProvince: NF },
    viewer: { own: F, sameDistrict: F, sibling: NF, otherProvince: NF },
    anonymous: everyTarget(U, facilityTargets),
  },
});
/** A puskesmas' monthly report values: its head or its petugas data enters them; readers 'forbidden', others 'not found'. */
const reportEnter = (id: string, scopeRule: string): MatrixEntry => {
  const entry = staffWrite(id, scopeRule);
  return { ...entry, expect: { ...entry.expect, officer: { ...entry.expect.head } } };
};
MATRIX.push(
  staffWrite(
    "lib/staffing/actions.ts#saveBoardAction",
    "staff.write: the head saves their own puskesmas' cluster board; only its own active staff may be placed",
  ),
  staffWrite(
    "lib/staffing/actions.ts#updateBoardSettingsAction",
    "staff.write: the head sets their puskesmas' supporting-cluster option",
  ),
  staffWrite(
    "lib/staffing/actions.ts#createStaffAction",
    "staff.write: the head adds staff to their own puskesmas; a pustu must be its own",
  ),
  staffWrite("lib/staffing/actions.ts#updateStaffAction", "staff.write: the head edits their own puskesmas' staff"),
  staffWrite(
    "lib/staffing/actions.ts#setStaffActiveAction",
    "staff.write: the head deactivates or reactivates their own puskesmas' staff",
  ),
  {
    ...MATRIX.find((entry) => entry.id === "app/api/bukti/[id]/route.ts#GET")!,
    id: "app/api/export/puskesmas/[id]/klaster/route.ts#GET",
    scopeRule: "puskesmas.read: the structure by cluster or the roster, for whoever may read the puskesmas",
  },
  {
    ...MATRIX.find((entry) => entry.id === "app/api/bukti/[id]/route.ts#GET")!,
    id: "app/api/impor/puskesmas/[id]/tenaga/route.ts#GET",
    scopeRule:
      "puskesmas.read: the roster template, or the puskesmas' own staff in it, for whoever may read the puskesmas",
  },
  staffWrite(
    "app/api/impor/puskesmas/[id]/tenaga/route.ts#POST",
    "staff.write: the head imports (dry run or commit) their own puskesmas' roster; planners and other readers 'forbidden'",
  ),
  {
    ...MATRIX.find((entry) => entry.id === "app/api/bukti/[id]/route.ts#GET")!,
    id: "app/api/impor/puskesmas/[id]/laporan-bulanan/route.ts#GET",
    scopeRule:
      "puskesmas.read: the monthly values template, or the puskesmas' own reported values in it, for whoever may read the puskesmas",
  },
  reportEnter(
    "app/api/impor/puskesmas/[id]/laporan-bulanan/route.ts#POST",
    "report.enter: the head (or petugas data) imports their own puskesmas' monthly values; planners and other readers 'forbidden'",
  ),
);

/** Reviewing a monthly report: planners of its district; its own head may read it but not review it. */
const reportReview = (id: string, scopeRule: string): MatrixEntry => ({
  id,
  scopeRule,
  expect: {
    national: everyTarget(F, facilityTargets),
    province: { own: F, sameDistrict: F, sibling: F, otherProvince: NF },
    districtAdmin: { own: F, sameDistrict: F, sibling: NF, otherProvince: NF },
    planner: { own: ok, sameDistrict: ok, sibling: NF, otherProvince: NF },
    head: { own: F, sameDistrict: NF, sibling: NF, otherProvince: NF },
    officer: { own: F, sameDistrict: NF, sibling: NF, otherProvince: NF },
    viewer: { own: F, sameDistrict: F, sibling: NF, otherProvince: NF },
    anonymous: everyTarget(U, facilityTargets),
  },
});
MATRIX.push(
  reportEnter(
    "lib/monthly-reports/actions.ts#saveReportAction",
    "report.enter: the head (or petugas data) of the puskesmas saves or submits its monthly report; readers 'forbidden'",
  ),
  reportReview(
    "lib/monthly-reports/actions.ts#reviewReportAction",
    "report.review: a planner of the report's district approves or returns a submitted report",
  ),
  reportReview(
    "lib/monthly-reports/actions.ts#reopenReportAction",
    "report.review: a planner of the report's district reopens an approved report with a reason",
  ),
  {
    id: "lib/monthly-reports/actions.ts#setDueDayAction",
    scopeRule: "report.review: planners set their own district's due day",
    expect: districtPlanning,
  },
  {
    ...MATRIX.find((entry) => entry.id === "lib/facilities/actions.ts#updateChecklistItemAction")!,
    id: "lib/monthly-reports/actions.ts#updateElementAction",
    scopeRule: "reference.write: only a national admin changes a data element's definition",
  },
  ...(
    [
      ["createElementAction", "reference.write: only a national admin adds a data element"],
      ["createDataSetAction", "reference.write: only a national admin adds a data set"],
      ["updateDataSetAction", "reference.write: only a national admin renames a data set or sets its default due day"],
    ] as const
  ).map(([name, scopeRule]) => ({
    ...MATRIX.find((entry) => entry.id === "lib/facilities/actions.ts#updateChecklistItemAction")!,
    id: `lib/monthly-reports/actions.ts#${name}`,
    scopeRule,
  })),
  {
    ...MATRIX.find((entry) => entry.id === "app/api/export/kabupaten/[code]/route.ts#GET")!,
    id: "app/api/export/kabupaten/[code]/dhis2/route.ts#GET",
    scopeRule: "district.read: the district's approved monthly values (DHIS2 dataValueSets) and metadata",
  },
  {
    ...MATRIX.find((entry) => entry.id === "app/api/export/provinsi/[code]/route.ts#GET")!,
    id: "app/api/export/provinsi/[code]/dhis2/route.ts#GET",
    scopeRule: "province.read: the province's approved monthly values (DHIS2 dataValueSets), streamed",
  },
  {
    ...MATRIX.find((entry) => entry.id === "app/api/export/nasional/route.ts#GET")!,
    id: "app/api/export/nasional/dhis2/route.ts#GET",
    scopeRule: "national.read: every approved monthly value (DHIS2 dataValueSets), streamed; national admins only",
  },
);

MATRIX.push(
  {
    id: "lib/signers/actions.ts#setDistrictOfficeAction",
    scopeRule: "office.write: a Dinkes admin or planner records their own district's report signatory",
    expect: { ...districtPlanning, districtAdmin: { own: ok, sibling: NF, otherProvince: NF } },
  },
  {
    id: "lib/signers/actions.ts#setPuskesmasHeadAction",
    scopeRule:
      "puskesmas.head.write: a planner of the district or the puskesmas' own head chooses its head from its staff",
    expect: {
      national: everyTarget(F, facilityTargets),
      province: { own: F, sameDistrict: F, sibling: F, otherProvince: NF },
      districtAdmin: { own: F, sameDistrict: F, sibling: NF, otherProvince: NF },
      planner: { own: ok, sameDistrict: ok, sibling: NF, otherProvince: NF },
      head: { own: ok, sameDistrict: NF, sibling: NF, otherProvince: NF },
      officer: { own: F, sameDistrict: NF, sibling: NF, otherProvince: NF },
      viewer: { own: F, sameDistrict: F, sibling: NF, otherProvince: NF },
      anonymous: everyTarget(U, facilityTargets),
    },
  },
);

/** Handlers that are not ours to authorize, with the reason. */
export const PUBLIC_HANDLERS: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts#GET":
    "next-auth's own endpoints: sign-in, CSRF and session; rate-limited in authorize()",
  "app/api/auth/[...nextauth]/route.ts#POST":
    "next-auth's own endpoints: sign-in, CSRF and session; rate-limited in authorize()",
  "app/api/health/route.ts#GET":
    "readiness for load balancers: no sign-in; answers only ok/unavailable, the app's version and which checks failed",
  "app/api/health/live/route.ts#GET":
    "liveness for load balancers: no sign-in, no database; answers only ok and the app's version",
};

export function expectedCaseCount(): number {
  return MATRIX.reduce(
    (sum, entry) =>
      sum + Object.values(entry.expect).reduce((inner, targets) => inner + Object.keys(targets).length, 0),
    0,
  );
}

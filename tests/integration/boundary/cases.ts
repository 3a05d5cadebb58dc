// What the boundary fuzz test sends to each server action and route handler: a
// well-formed input (never sent as is) whose every field it then spoils, and who
// sends it (a user who may call it, so the refusal comes from the input itself).
import type { TenancyFixtures } from "../../support/tenancy-fixtures";

export type Actor = "national" | "planner" | "head" | "districtAdmin" | "self";
type ActionCase = {
  as: Actor;
  input: (fixtures: TenancyFixtures) => unknown;
  /** The action answers nothing (not a runAction): a refusal is `undefined` and no effect. */
  returnsNothing?: boolean;
  extra?: (fixtures: TenancyFixtures) => { label: string; value: unknown }[];
};
type HandlerCase = {
  as: Actor;
  /** Well-formed path parameters; each is spoiled in turn. */
  params: (fixtures: TenancyFixtures) => Record<string, string>;
  path: (params: Record<string, string>) => string;
  /** Query parameters the handler reads; each gets control characters and overlong text. */
  query: string[];
  /** A well-formed body for handlers that take one (so a spoiled parameter is the only fault). */
  body?: () => RequestInit;
  wrongBodies?: () => Record<string, RequestInit>;
};

const today = () => new Date().toISOString().slice(0, 10);
const UUID = "3f2b8c1e-7a4d-4e2b-9c3a-5d6e7f809a1b";

function stageForm(fixtures: TenancyFixtures, fields: Record<string, string>, evidence?: File): FormData {
  const form = new FormData();
  const all = {
    facilityId: fixtures.facilities.ownPosyandu,
    toStage: "PERSIAPAN",
    effectiveDate: today(),
    note: "Uji fuzz",
    version: "1",
    ...fields,
  };
  for (const [key, value] of Object.entries(all)) form.set(key, value);
  if (evidence) form.set("evidence", evidence);
  return form;
}

const staffFields = {
  name: "Staf Uji Fuzz",
  nip: "198503012010071001",
  profession: "BIDAN",
  employmentStatus: "PNS",
  posting: "PUSTU_TERJADWAL",
  pustuId: UUID,
  pustuSchedule: "Senin dan Kamis",
};

export const ACTION_CASES: Record<string, ActionCase> = {
  "lib/activities/actions.ts#createActivityAction": {
    as: "planner",
    input: (f) => ({
      districtCode: "17.02",
      type: "PELATIHAN",
      title: "Pelatihan uji",
      date: "2025-01-15",
      place: "Aula",
      participantCount: 10,
      note: "Catatan\nbaris dua",
      facilityIds: [f.facilities.ownPuskesmas],
    }),
  },
  "lib/activities/actions.ts#correctActivityAction": {
    as: "planner",
    input: (f) => ({
      id: UUID,
      version: 1,
      type: "PELATIHAN",
      title: "Pelatihan uji",
      date: "2025-01-15",
      place: "Aula",
      participantCount: 10,
      note: "Catatan",
      facilityIds: [f.facilities.ownPuskesmas],
      reason: "Salah ketik",
    }),
  },
  "lib/activities/actions.ts#voidActivityAction": {
    as: "planner",
    input: () => ({ id: UUID, version: 1, reason: "Dibatalkan" }),
  },
  "lib/activities/actions.ts#completeActivityAction": { as: "planner", input: () => ({ id: UUID, version: 1 }) },
  "lib/activities/actions.ts#deleteActivityAction": { as: "planner", input: () => ({ id: UUID, version: 1 }) },
  "lib/activities/actions.ts#addActivityAttachmentAction": {
    as: "planner",
    input: () => ({ activityId: UUID, kind: "FOTO" }),
  },
  "lib/activities/actions.ts#removeActivityAttachmentAction": { as: "planner", input: () => ({ id: UUID }) },
  "lib/completeness/actions.ts#declareCompleteAction": {
    as: "planner",
    input: () => ({ districtCode: "17.02", area: "KADER", completeAsOf: "2025-01-31", note: "Daftar kader lengkap" }),
  },
  "lib/completeness/actions.ts#withdrawCompleteAction": { as: "planner", input: () => ({ id: UUID, version: 1 }) },
  "lib/monthly-reports/actions.ts#saveReportAction": {
    as: "head",
    input: (f) => ({
      puskesmasId: f.facilities.ownPuskesmas,
      dataSetId: UUID,
      period: "2025-01",
      values: [{ elementId: UUID, value: "12", explanation: "Kampanye" }],
      submit: false,
      version: 0,
    }),
  },
  "lib/monthly-reports/actions.ts#reviewReportAction": {
    as: "planner",
    input: () => ({ reportId: UUID, decision: "RETURN", comment: "Periksa lagi", version: 1 }),
  },
  "lib/monthly-reports/actions.ts#reopenReportAction": {
    as: "planner",
    input: () => ({ reportId: UUID, reason: "Salah input", version: 1 }),
  },
  "lib/signers/actions.ts#setDistrictOfficeAction": {
    as: "planner",
    input: () => ({
      districtCode: "17.02",
      officeName: "Dinas Kesehatan Kabupaten Rejang Lebong",
      place: "Curup",
      headName: "dr. Kepala Dinas Uji",
      headNip: "197504122003122004",
      headTitle: "Kepala",
      version: 0,
    }),
  },
  "lib/signers/actions.ts#setPuskesmasHeadAction": {
    as: "head",
    input: (f) => ({ puskesmasId: f.facilities.ownPuskesmas, headStaffId: UUID, previousHeadStaffId: null }),
  },
  "lib/monthly-reports/actions.ts#setDueDayAction": {
    as: "planner",
    input: () => ({ districtCode: "17.02", dataSetId: UUID, dueDay: 12 }),
  },
  "lib/monthly-reports/actions.ts#createElementAction": {
    as: "national",
    input: () => ({
      dataSetId: UUID,
      code: "ILP_UJI_BATAS",
      nameId: "Uji batas",
      nameEn: "Boundary test",
      valueType: "INTEGER",
      clusterId: 1,
      headline: false,
      definition: "Uji",
      source: "Uji",
      min: 0,
      max: 10,
      required: false,
    }),
  },
  "lib/monthly-reports/actions.ts#createDataSetAction": {
    as: "national",
    input: () => ({ code: "UJI_BATAS", nameId: "Uji batas", nameEn: "Boundary test", dueDay: 10 }),
  },
  "lib/monthly-reports/actions.ts#updateDataSetAction": {
    as: "national",
    input: () => ({ dataSetId: UUID, nameId: "Uji batas", nameEn: "Boundary test", dueDay: 10 }),
  },
  "lib/monthly-reports/actions.ts#updateElementAction": {
    as: "national",
    input: () => ({
      elementId: UUID,
      nameId: "Kunjungan rumah",
      nameEn: "Home visits",
      definition: "Jumlah kunjungan rumah",
      source: "Contoh",
      min: 0,
      max: 100,
      required: true,
    }),
  },
  "lib/facilities/actions.ts#reviewStageProposalAction": {
    as: "planner",
    input: () => ({ changeId: UUID, decision: "RETURN", reason: "Lengkapi SK" }),
  },
  "lib/facilities/actions.ts#correctStageEntryAction": {
    as: "planner",
    input: () => ({
      changeId: UUID,
      toStage: "PERSIAPAN",
      effectiveDate: "2025-01-15",
      reason: "Salah tanggal",
      version: 1,
      decreeIssuer: "BUPATI",
      decreeNumber: "440/12/2025",
      decreeDate: "2025-01-10",
    }),
  },
  "lib/facilities/actions.ts#voidStageEntryAction": {
    as: "planner",
    input: () => ({ changeId: UUID, reason: "Tercatat ganda", version: 1 }),
  },
  "lib/facilities/actions.ts#createChecklistItemAction": {
    as: "national",
    input: () => ({
      code: "UJI_FUZZ",
      stage: "PERSIAPAN",
      facilityType: "PUSKESMAS",
      labelId: "Butir uji",
      labelEn: "Test item",
      source: "Uji",
      sortOrder: 99,
      active: true,
    }),
  },
  "lib/facilities/actions.ts#updateChecklistItemAction": {
    as: "national",
    input: () => ({
      id: UUID,
      version: 1,
      labelId: "Butir uji",
      labelEn: "Test item",
      source: "Uji",
      sortOrder: 99,
      active: true,
    }),
  },
  "lib/facilities/actions.ts#changeStageAction": {
    as: "planner",
    input: (f) => ({
      facilityId: f.facilities.ownPosyandu,
      toStage: "PERSIAPAN",
      effectiveDate: today(),
      note: "Uji fuzz",
      version: 1,
    }),
    extra: (f) => [
      ...["\u0000", "Catatan\u0000", "\u001b", "x".repeat(5_000)].map((note) => ({
        label: `form note ${JSON.stringify(note).slice(0, 20)}`,
        value: stageForm(f, { note }),
      })),
      ...["bukan-uuid", "\u0000"].map((facilityId) => ({
        label: `form facilityId ${JSON.stringify(facilityId)}`,
        value: stageForm(f, { facilityId }),
      })),
      {
        label: "form evidence named with a NUL",
        value: stageForm(
          f,
          { version: "999999" },
          new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])], "sk\u0000.pdf"),
        ),
      },
      {
        label: "form evidence of a wrong type",
        value: stageForm(f, { version: "999999" }, new File(["<html>"], "sk.pdf", { type: "application/pdf" })),
      },
    ],
  },
  "lib/facilities/actions.ts#createFacilityAction": {
    as: "planner",
    input: (f) => ({
      districtCode: "17.02",
      type: "PUSTU",
      code: "FUZZ-1",
      name: "Pustu Fuzz",
      desaCode: "17.02.11.2009",
      kecamatanCode: "17.02.11",
      parentId: f.facilities.ownPuskesmas,
      hasInpatient: false,
      aliases: ["Nama Lain"],
    }),
  },
  "lib/facilities/actions.ts#updateFacilityAction": {
    as: "planner",
    input: (f) => ({
      id: f.facilities.ownPosyandu,
      version: 1,
      name: "Posyandu Fuzz",
      aliases: ["Lain"],
      desaCode: "17.02.11.2009",
      hasInpatient: null,
      openedOn: "2024-01-01",
      accompaniedSince: "2024-02-01",
      placementVerified: true,
    }),
  },
  "lib/facilities/actions.ts#closeFacilityAction": {
    as: "planner",
    input: (f) => ({ id: f.facilities.ownPosyandu, version: 1, closedOn: "2025-06-30" }),
  },
  "lib/i18n/actions.ts#setLocaleAction": { as: "planner", input: () => "en", returnsNothing: true },
  "lib/imports/actions.ts#undoImportAction": { as: "planner", input: () => ({ batchId: UUID }) },
  "lib/staffing/actions.ts#saveBoardAction": {
    as: "head",
    input: (f) => ({
      puskesmasId: f.facilities.ownPuskesmas,
      boardVersion: 1,
      effectiveDate: today(),
      entries: [{ staffId: UUID, clusterId: 2, unitId: null, role: "ANGGOTA", supportClusterId: null }],
    }),
  },
  "lib/staffing/actions.ts#updateBoardSettingsAction": {
    as: "head",
    input: (f) => ({ puskesmasId: f.facilities.ownPuskesmas, boardVersion: 1, allowSecondCluster: true }),
  },
  "lib/staffing/actions.ts#createStaffAction": {
    as: "head",
    input: (f) => ({ puskesmasId: f.facilities.ownPuskesmas, staff: staffFields }),
  },
  "lib/staffing/actions.ts#updateStaffAction": {
    as: "head",
    input: () => ({ id: UUID, version: 1, staff: staffFields }),
  },
  "lib/staffing/actions.ts#setStaffActiveAction": {
    as: "head",
    input: () => ({ id: UUID, version: 1, active: false, effectiveDate: today() }),
  },
  "lib/targets/actions.ts#createTargetAction": {
    as: "planner",
    input: () => ({
      districtCode: "17.02",
      year: 2099,
      kind: "POSYANDU_MENERAPKAN",
      targetCount: 10,
      deadline: "2099-12-31",
      note: "Catatan",
    }),
  },
  "lib/targets/actions.ts#updateTargetAction": {
    as: "planner",
    input: () => ({
      id: UUID,
      version: 1,
      targetCount: 6,
      deadline: "2099-12-31",
      note: "Catatan",
      reason: "Salah ketik",
    }),
  },
  "lib/targets/actions.ts#voidTargetAction": {
    as: "planner",
    input: () => ({ id: UUID, version: 1, reason: "Dibatalkan" }),
  },
  "lib/users/actions.ts#createUserAction": {
    as: "districtAdmin",
    input: () => ({
      username: "pengguna.fuzz",
      name: "Pengguna Fuzz",
      temporaryPassword: "sementara-uji-123",
      role: "DINKES_PLANNER",
      regionCode: "17.02",
    }),
  },
  "lib/users/actions.ts#grantRoleAction": {
    as: "districtAdmin",
    input: (f) => ({
      userId: UUID,
      role: "PUSKESMAS_HEAD",
      regionCode: "17.02",
      puskesmasId: f.facilities.ownPuskesmas,
    }),
  },
  "lib/users/actions.ts#revokeRoleAction": { as: "districtAdmin", input: () => ({ roleAssignmentId: UUID }) },
  "lib/users/actions.ts#resetPasswordAction": {
    as: "districtAdmin",
    input: () => ({ userId: UUID, temporaryPassword: "sementara-baru-456" }),
  },
  "lib/users/actions.ts#setUserActiveAction": { as: "districtAdmin", input: () => ({ userId: UUID, active: false }) },
  "lib/users/actions.ts#changeOwnPasswordAction": {
    as: "self",
    input: () => ({ currentPassword: "kata-sandi-uji-123", newPassword: "sandi-baru-uji-456" }),
  },
  "lib/users/actions.ts#signOutEverywhereAction": { as: "self", input: () => ({}) },
};

function uploadBody(fields: Record<string, string | File>): RequestInit {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return { method: "POST", body: form };
}
const csvFile = (name = "wilayah.csv") => new File(["kode,nama\n"], name);
const uploadWrongBodies = () => ({
  "JSON instead of multipart": {
    method: "POST",
    body: JSON.stringify({ file: "kode,nama", mode: "all" }),
    headers: { "content-type": "application/json" },
  },
  "plain text instead of multipart": {
    method: "POST",
    body: "kode,nama\n17.02.99,Kecamatan\n",
    headers: { "content-type": "text/plain" },
  },
  "multipart that is not": {
    method: "POST",
    body: "--x\r\n\u0000\r\n",
    headers: { "content-type": "multipart/form-data; boundary=x" },
  },
  "no body": { method: "POST" },
  "a column mapping that is not JSON": uploadBody({ file: csvFile(), mode: "all", mapping: "{kode:\u0000" }),
  "a column mapping to a header the file does not have": uploadBody({
    file: csvFile(),
    mode: "all",
    mapping: JSON.stringify({ kode: "tidak_ada", nama: "nama" }),
  }),
  "a column mapping using one header twice": uploadBody({
    file: csvFile(),
    mode: "all",
    mapping: JSON.stringify({ kode: "nama", nama: "nama" }),
  }),
  "no file": uploadBody({ mode: "all" }),
  "mode with a NUL": uploadBody({ file: csvFile(), mode: "all\u0000" }),
  "overlong mode": uploadBody({ file: csvFile(), mode: "x".repeat(100_000) }),
  "file name with a NUL": uploadBody({ file: csvFile("wil\u0000ayah.csv"), mode: "all" }),
  "file name with an escape": uploadBody({ file: csvFile("wil\u001bayah.csv"), mode: "all" }),
  "a file of NUL bytes": uploadBody({ file: new File([new Uint8Array(4096)], "nol.csv"), mode: "all" }),
});

export const HANDLER_CASES: Record<string, HandlerCase> = {
  "app/api/bukti/[id]/route.ts#GET": {
    as: "national",
    params: () => ({ id: UUID }),
    path: (p) => `/api/bukti/${encodeURIComponent(p.id!)}`,
    query: [],
  },
  "app/api/lampiran/[id]/route.ts#GET": {
    as: "national",
    params: () => ({ id: UUID }),
    path: (p) => `/api/lampiran/${encodeURIComponent(p.id!)}`,
    query: [],
  },
  "app/api/export/audit/route.ts#GET": {
    // A district's log: the fuzz is about malformed input; the national export's size is the benchmark's.
    as: "districtAdmin",
    params: () => ({}),
    path: () => "/api/export/audit",
    query: ["tampil", "aksi", "entitas", "pelaku", "objek", "dari", "sampai", "hal", "format"],
  },
  "app/api/export/nasional/route.ts#GET": {
    as: "national",
    params: () => ({}),
    path: () => "/api/export/nasional",
    query: ["per", "tingkat", "format"],
  },
  "app/api/export/kabupaten/[code]/route.ts#GET": {
    as: "national",
    params: () => ({ code: "17.02" }),
    path: (p) => `/api/export/kabupaten/${encodeURIComponent(p.code!)}`,
    query: ["cari", "jenis", "tahap", "kecamatan", "urut", "arah", "hal", "format"],
  },
  "app/api/export/kabupaten/[code]/dasbor/route.ts#GET": {
    as: "national",
    params: () => ({ code: "17.02" }),
    path: (p) => `/api/export/kabupaten/${encodeURIComponent(p.code!)}/dasbor`,
    query: ["tabel", "per", "format"],
  },
  "app/api/export/kabupaten/[code]/laporan/route.ts#GET": {
    as: "national",
    params: () => ({ code: "17.02" }),
    path: (p) => `/api/export/kabupaten/${encodeURIComponent(p.code!)}/laporan`,
    query: ["per"],
  },
  "app/api/export/kabupaten/[code]/dhis2/route.ts#GET": {
    as: "national",
    params: () => ({ code: "17.02" }),
    path: (p) => `/api/export/kabupaten/${encodeURIComponent(p.code!)}/dhis2`,
    query: ["periode", "format", "isi"],
  },
  "app/api/export/kabupaten/[code]/desa-tanpa-pustu/route.ts#GET": {
    as: "national",
    params: () => ({ code: "17.02" }),
    path: (p) => `/api/export/kabupaten/${encodeURIComponent(p.code!)}/desa-tanpa-pustu`,
    query: ["per", "format"],
  },
  "app/api/export/provinsi/[code]/route.ts#GET": {
    as: "national",
    params: () => ({ code: "17" }),
    path: (p) => `/api/export/provinsi/${encodeURIComponent(p.code!)}`,
    query: ["per", "format"],
  },
  "app/api/export/provinsi/[code]/dhis2/route.ts#GET": {
    as: "national",
    params: () => ({ code: "17" }),
    path: (p) => `/api/export/provinsi/${encodeURIComponent(p.code!)}/dhis2`,
    query: ["periode", "format"],
  },
  "app/api/export/nasional/dhis2/route.ts#GET": {
    as: "national",
    params: () => ({}),
    path: () => "/api/export/nasional/dhis2",
    query: ["periode", "format"],
  },
  "app/api/export/puskesmas/[id]/klaster/route.ts#GET": {
    as: "national",
    params: (f) => ({ id: f.facilities.ownPuskesmas }),
    path: (p) => `/api/export/puskesmas/${encodeURIComponent(p.id!)}/klaster`,
    query: ["tabel", "tanggal", "format", "cari", "profesi", "status", "urut", "hal"],
  },
  "app/api/impor/kabupaten/[code]/[jenis]/route.ts#GET": {
    as: "planner",
    params: () => ({ code: "17.02", jenis: "wilayah" }),
    path: (p) => `/api/impor/kabupaten/${encodeURIComponent(p.code!)}/${encodeURIComponent(p.jenis!)}`,
    query: ["isi", "format"],
  },
  "app/api/impor/kabupaten/[code]/[jenis]/route.ts#POST": {
    as: "planner",
    params: () => ({ code: "17.02", jenis: "wilayah" }),
    path: (p) => `/api/impor/kabupaten/${encodeURIComponent(p.code!)}/${encodeURIComponent(p.jenis!)}`,
    query: [],
    body: () => uploadBody({ file: csvFile(), mode: "all\u0000" }),
    wrongBodies: uploadWrongBodies,
  },
  "app/api/impor/puskesmas/[id]/tenaga/route.ts#GET": {
    as: "head",
    params: (f) => ({ id: f.facilities.ownPuskesmas }),
    path: (p) => `/api/impor/puskesmas/${encodeURIComponent(p.id!)}/tenaga`,
    query: ["isi", "format"],
  },
  "app/api/impor/puskesmas/[id]/tenaga/route.ts#POST": {
    as: "head",
    params: (f) => ({ id: f.facilities.ownPuskesmas }),
    path: (p) => `/api/impor/puskesmas/${encodeURIComponent(p.id!)}/tenaga`,
    query: [],
    body: () => uploadBody({ file: csvFile("tenaga.csv"), mode: "all\u0000" }),
    wrongBodies: uploadWrongBodies,
  },
  "app/api/impor/puskesmas/[id]/laporan-bulanan/route.ts#GET": {
    as: "head",
    params: (f) => ({ id: f.facilities.ownPuskesmas }),
    path: (p) => `/api/impor/puskesmas/${encodeURIComponent(p.id!)}/laporan-bulanan`,
    query: ["isi", "format"],
  },
  "app/api/impor/puskesmas/[id]/laporan-bulanan/route.ts#POST": {
    as: "head",
    params: (f) => ({ id: f.facilities.ownPuskesmas }),
    path: (p) => `/api/impor/puskesmas/${encodeURIComponent(p.id!)}/laporan-bulanan`,
    query: [],
    body: () => uploadBody({ file: csvFile("nilai.csv"), mode: "all\u0000" }),
    wrongBodies: uploadWrongBodies,
  },
};

/** next-auth's own endpoints: fuzzed through authorize(), which they call with the form's fields. */
export const SIGN_IN_HANDLERS = ["app/api/auth/[...nextauth]/route.ts#GET", "app/api/auth/[...nextauth]/route.ts#POST"];

/** Health probes for load balancers: no sign-in, no parameters, no body; fuzzed with junk query strings. */
export const PROBE_HANDLERS: Record<string, string> = {
  "app/api/health/route.ts#GET": "/api/health",
  "app/api/health/live/route.ts#GET": "/api/health/live",
};

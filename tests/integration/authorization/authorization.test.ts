import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/client";
import { actAs } from "../../support/act-as";
import { upload, uploadRoster } from "../../support/import-upload";
import { createTenancyFixtures, ensureUser, TEST_PASSWORD, type TenancyFixtures } from "../../support/tenancy-fixtures";
import { ACTORS, expectedCaseCount, MATRIX, PUBLIC_HANDLERS, type Actor, type Outcome, type Target } from "./matrix";

const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
let fixtures: TenancyFixtures;
let serial = 0;

beforeAll(async () => {
  fixtures = await createTenancyFixtures(owner);
});
afterAll(() => owner.$disconnect());

const ROOT = path.resolve(import.meta.dirname, "../../..");
function filesNamed(dir: string, name: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : filesNamed(relative, name);
    return entry.name === name ? [relative] : [];
  });
}

describe("the authorization matrix", () => {
  it("lists every exported server action and route handler", async () => {
    const exported: string[] = [];
    for (const file of filesNamed("lib", "actions.ts")) {
      const actions = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(actions))
        if (typeof value === "function") exported.push(`${file}#${name}`);
    }
    for (const file of filesNamed("app", "route.ts")) {
      const source = fs.readFileSync(path.join(ROOT, file), "utf8");
      for (const match of source.matchAll(
        /export (?:const|async function|function|\{[^}]*\bas) ?(GET|POST|PUT|PATCH|DELETE)\b/g,
      ))
        exported.push(`${file}#${match[1]}`);
      for (const match of source.matchAll(
        /export \{ handler as (GET|POST|PUT|PATCH|DELETE), handler as (GET|POST|PUT|PATCH|DELETE) \}/g,
      )) {
        exported.push(`${file}#${match[1]}`, `${file}#${match[2]}`);
      }
    }
    const listed = [...MATRIX.map((entry) => entry.id), ...Object.keys(PUBLIC_HANDLERS)];
    expect(exported.length).toBeGreaterThanOrEqual(12);
    expect([...new Set(exported)].sort()).toEqual([...new Set(listed)].sort());
    for (const entry of MATRIX) expect(Object.keys(entry.expect).sort(), entry.id).toEqual([...ACTORS].sort());
  });

  const ran: string[] = [];
  for (const entry of MATRIX) {
    for (const actor of ACTORS) {
      for (const [target, expected] of Object.entries(entry.expect[actor]) as [Target, Outcome][]) {
        it(`${entry.id}: ${actor} on ${target} → ${expected}`, async () => {
          const outcome = await run(entry.id, actor, target);
          ran.push(`${entry.id}|${actor}|${target}`);
          expect(outcome).toBe(expected);
        });
      }
    }
  }

  it("ran every case of the matrix", () => {
    expect(expectedCaseCount()).toBeGreaterThan(150);
    expect(new Set(ran).size).toBe(expectedCaseCount());
  });
});

// ---------------------------------------------------------------------------

const ROLE_OF: Record<
  Exclude<Actor, "anonymous">,
  { role: Role; place: () => { regionId: string | null; puskesmasId: string | null } }
> = {
  national: { role: "NATIONAL_ADMIN", place: () => ({ regionId: null, puskesmasId: null }) },
  province: { role: "PROVINCE_OFFICIAL", place: () => ({ regionId: provinceOfOwn, puskesmasId: null }) },
  districtAdmin: { role: "DINKES_ADMIN", place: () => ({ regionId: fixtures.districts.own, puskesmasId: null }) },
  planner: { role: "DINKES_PLANNER", place: () => ({ regionId: fixtures.districts.own, puskesmasId: null }) },
  head: {
    role: "PUSKESMAS_HEAD",
    place: () => ({ regionId: fixtures.districts.own, puskesmasId: fixtures.facilities.ownPuskesmas }),
  },
  officer: {
    role: "DATA_OFFICER",
    place: () => ({ regionId: fixtures.districts.own, puskesmasId: fixtures.facilities.ownPuskesmas }),
  },
  viewer: { role: "VIEWER", place: () => ({ regionId: fixtures.districts.own, puskesmasId: null }) },
};
let provinceOfOwn = "";

async function signIn(actor: Actor, target: Target): Promise<void> {
  if (actor === "anonymous") return void (await actAs(null));
  if (target !== "self") return void (await actAs(fixtures.users[actor]));
  // Self-service cases change the account, so each runs as a fresh user with the actor's role.
  provinceOfOwn ||= (await owner.region.findUniqueOrThrow({ where: { id: fixtures.districts.own } })).provinceId!;
  const { role, place } = ROLE_OF[actor];
  await actAs(await ensureUser(owner, `self-${actor}-${++serial}`, role, place().regionId, place().puskesmasId));
}

const DISTRICT_CODE: Record<string, string> = { own: "17.02", sibling: "17.01", otherProvince: "33.19" };
const districtIdOf = (target: Target) =>
  fixtures.districts[target === "own" ? "own" : target === "sibling" ? "sibling" : "other"];

function outcomeOf(result: { ok: boolean; code?: string } | undefined | void): Outcome {
  if (!result || result.ok) return "ok";
  return (
    ({ FORBIDDEN: "forbidden", NOT_FOUND: "not_found", UNAUTHENTICATED: "unauthenticated" } as Record<string, Outcome>)[
      result.code ?? ""
    ] ?? (`unexpected ${JSON.stringify(result)}` as Outcome)
  );
}
function outcomeOfStatus(response: Response): Outcome {
  return (
    ({ 200: "ok", 401: "unauthenticated", 404: "not_found", 403: "forbidden" } as Record<number, Outcome>)[
      response.status
    ] ?? (`status ${response.status}` as Outcome)
  );
}

/** A user of the target district for the user-management actions to act on. */
async function targetUser(target: Target, extraRole?: Role): Promise<string> {
  const id = await ensureUser(owner, `sasaran-${target}-${++serial}`, "VIEWER", districtIdOf(target));
  if (extraRole)
    await owner.roleAssignment.create({ data: { userId: id, role: extraRole, regionId: districtIdOf(target) } });
  return id;
}

/** The facility a facility-level case aims at. */
function facilityOf(target: Target): string {
  return {
    own: fixtures.facilities.ownPosyandu,
    sameDistrict: fixtures.facilities.samePuskesmasDistrict,
    sibling: fixtures.facilities.siblingPustu,
    otherProvince: fixtures.facilities.otherProvincePuskesmas,
  }[target as "own"];
}

/** The puskesmas a staffing case aims at: the head's own (Sumber Urip), another of the district, a sibling district's, another province's. */
function puskesmasOf(target: Target): string {
  return {
    own: fixtures.facilities.ownPuskesmas,
    sameDistrict: fixtures.facilities.samePuskesmasDistrict,
    sibling: fixtures.facilities.siblingPuskesmas,
    otherProvince: fixtures.facilities.otherProvincePuskesmas,
  }[target as "own"];
}

/** A new posyandu in the same place as `facilityId` (under it, or beside it for a posyandu), so closing it harms no other test. */
async function freshPosyanduUnder(facilityId: string) {
  const near = await owner.facility.findUniqueOrThrow({ where: { id: facilityId } });
  const parentId = near.type === "POSYANDU" ? near.parentId! : near.id;
  const desaId =
    near.desaId ?? (await owner.region.findFirstOrThrow({ where: { parentId: near.kecamatanId!, level: "DESA" } })).id;
  return owner.facility.create({
    data: {
      districtId: near.districtId,
      type: "POSYANDU",
      code: `MATRIKS-TUTUP-${++serial}`,
      name: "Posyandu Uji Tutup",
      kecamatanId: near.kecamatanId,
      desaId,
      parentId,
      isIllustrative: true,
    },
  });
}

/** An evidence file on a stage change of the facility, written as the owner. */
async function evidenceFor(facilityId: string): Promise<string> {
  const facility = await owner.facility.findUniqueOrThrow({ where: { id: facilityId } });
  const change = await owner.facilityStageChange.create({
    // Dated today and to the stage it already has, so no as-of view of the past changes.
    data: {
      districtId: facility.districtId,
      facilityId,
      fromStage: null,
      toStage: facility.currentStage,
      effectiveDate: new Date(new Date().toISOString().slice(0, 10)),
      note: "Bukti uji matriks",
    },
  });
  const content = Buffer.from("%PDF-1.4 uji");
  const file = await owner.evidenceFile.create({
    data: {
      districtId: facility.districtId,
      stageChangeId: change.id,
      fileName: "sk.pdf",
      contentType: "application/pdf",
      size: content.length,
      sha256: "0".repeat(64),
      content,
    },
  });
  return file.id;
}

async function run(id: string, actor: Actor, target: Target): Promise<Outcome> {
  // Records are prepared as the owner before signing in, so preparation never depends on the actor.
  switch (id) {
    case "lib/facilities/actions.ts#changeStageAction": {
      const facilityId = {
        own: fixtures.facilities.ownPosyandu,
        sameDistrict: fixtures.facilities.samePuskesmasDistrict,
        sibling: fixtures.facilities.siblingPustu,
        otherProvince: fixtures.facilities.otherProvincePuskesmas,
      }[target as "own"];
      const facility = await owner.facility.findUniqueOrThrow({ where: { id: facilityId } });
      const toStage = facility.currentStage === "PERSIAPAN" ? "UJI_COBA" : "PERSIAPAN";
      const effectiveDate = new Date().toISOString().slice(0, 10);
      await signIn(actor, target);
      const { changeStageAction } = await import("@/lib/facilities/actions");
      return outcomeOf(
        await changeStageAction({
          facilityId,
          toStage,
          effectiveDate,
          note: "Uji matriks otorisasi",
          version: facility.version,
        }),
      );
    }
    case "lib/facilities/actions.ts#reviewStageProposalAction":
    case "lib/facilities/actions.ts#correctStageEntryAction":
    case "lib/facilities/actions.ts#voidStageEntryAction": {
      const facilityId = facilityOf(target);
      const facility = await owner.facility.findUniqueOrThrow({ where: { id: facilityId } });
      const review = id.endsWith("reviewStageProposalAction");
      // A proposal to return (returning changes no figure), or an entry to its own current stage to correct or void.
      const today = new Date().toISOString().slice(0, 10);
      const entry = await owner.facilityStageChange.create({
        data: {
          districtId: facility.districtId,
          facilityId,
          fromStage: null,
          toStage: facility.currentStage,
          effectiveDate: new Date(today),
          note: "Uji matriks otorisasi",
          status: review ? "PROPOSED" : "VERIFIED",
        },
      });
      await signIn(actor, target);
      const actions = await import("@/lib/facilities/actions");
      if (review)
        return outcomeOf(
          await actions.reviewStageProposalAction({ changeId: entry.id, decision: "RETURN", reason: "Uji matriks" }),
        );
      if (id.endsWith("voidStageEntryAction"))
        return outcomeOf(
          await actions.voidStageEntryAction({ changeId: entry.id, reason: "Uji matriks", version: facility.version }),
        );
      const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      return outcomeOf(
        await actions.correctStageEntryAction({
          changeId: entry.id,
          toStage: facility.currentStage,
          effectiveDate: yesterday,
          reason: "Uji matriks",
          version: facility.version,
        }),
      );
    }
    case "lib/facilities/actions.ts#updateChecklistItemAction": {
      const item = await owner.stageChecklistItem.findUniqueOrThrow({ where: { code: "SOSIALISASI" } });
      await signIn(actor, target);
      const { updateChecklistItemAction } = await import("@/lib/facilities/actions");
      return outcomeOf(
        await updateChecklistItemAction({
          id: item.id,
          version: item.version,
          labelId: item.labelId,
          labelEn: item.labelEn,
          source: item.source,
          sortOrder: item.sortOrder,
          active: item.active,
        }),
      );
    }
    case "lib/facilities/actions.ts#createChecklistItemAction": {
      await signIn(actor, target);
      const { createChecklistItemAction } = await import("@/lib/facilities/actions");
      return outcomeOf(
        await createChecklistItemAction({
          code: `MATRIKS_${++serial}`,
          stage: "PERSIAPAN",
          facilityType: "POSYANDU",
          labelId: "Uji",
          labelEn: "Test",
          source: null,
          sortOrder: 999,
          active: false,
        }),
      );
    }
    case "lib/activities/actions.ts#createActivityAction": {
      const facilityIds = [
        {
          own: fixtures.facilities.ownPuskesmas,
          sibling: fixtures.facilities.siblingPuskesmas,
          otherProvince: fixtures.facilities.otherProvincePuskesmas,
        }[target as "own"],
      ];
      await signIn(actor, target);
      const { createActivityAction } = await import("@/lib/activities/actions");
      return outcomeOf(
        await createActivityAction({
          districtCode: DISTRICT_CODE[target]!,
          type: "PELATIHAN",
          title: "Pelatihan uji",
          date: "2025-01-15",
          facilityIds,
        }),
      );
    }
    case "lib/users/actions.ts#createUserAction": {
      await signIn(actor, target);
      const { createUserAction } = await import("@/lib/users/actions");
      return outcomeOf(
        await createUserAction({
          username: `baru-${++serial}`,
          name: "Pengguna Baru",
          temporaryPassword: "sementara-uji-123",
          role: "DINKES_PLANNER",
          regionCode: DISTRICT_CODE[target],
        }),
      );
    }
    case "lib/users/actions.ts#grantRoleAction": {
      const userId = await targetUser(target);
      await signIn(actor, target);
      const { grantRoleAction } = await import("@/lib/users/actions");
      return outcomeOf(await grantRoleAction({ userId, role: "DINKES_PLANNER", regionCode: DISTRICT_CODE[target] }));
    }
    case "lib/users/actions.ts#revokeRoleAction": {
      const userId = await targetUser(target, "DINKES_PLANNER");
      const viewerRole = await owner.roleAssignment.findFirstOrThrow({ where: { userId, role: "VIEWER" } });
      await signIn(actor, target);
      const { revokeRoleAction } = await import("@/lib/users/actions");
      return outcomeOf(await revokeRoleAction({ roleAssignmentId: viewerRole.id }));
    }
    case "lib/users/actions.ts#resetPasswordAction": {
      const userId = await targetUser(target);
      await signIn(actor, target);
      const { resetPasswordAction } = await import("@/lib/users/actions");
      return outcomeOf(await resetPasswordAction({ userId, temporaryPassword: "sementara-baru-456" }));
    }
    case "lib/users/actions.ts#setUserActiveAction": {
      const userId = await targetUser(target);
      await signIn(actor, target);
      const { setUserActiveAction } = await import("@/lib/users/actions");
      return outcomeOf(await setUserActiveAction({ userId, active: false }));
    }
    case "lib/users/actions.ts#changeOwnPasswordAction": {
      await signIn(actor, target);
      const { changeOwnPasswordAction } = await import("@/lib/users/actions");
      return outcomeOf(
        await changeOwnPasswordAction({ currentPassword: TEST_PASSWORD, newPassword: "sandi-baru-uji-456" }),
      );
    }
    case "lib/users/actions.ts#signOutEverywhereAction": {
      await signIn(actor, target);
      const { signOutEverywhereAction } = await import("@/lib/users/actions");
      return outcomeOf(await signOutEverywhereAction({}));
    }
    case "lib/i18n/actions.ts#setLocaleAction": {
      await signIn(actor, actor === "anonymous" ? "self" : "own");
      const { setLocaleAction } = await import("@/lib/i18n/actions");
      return outcomeOf(await setLocaleAction("en"));
    }
    case "app/api/export/kabupaten/[code]/route.ts#GET": {
      await signIn(actor, target);
      const { GET } = await import("@/app/api/export/kabupaten/[code]/route");
      const code = DISTRICT_CODE[target]!;
      return outcomeOfStatus(
        await GET(new Request(`http://test/api/export/kabupaten/${code}`), { params: Promise.resolve({ code }) }),
      );
    }
    case "app/api/export/kabupaten/[code]/desa-tanpa-pustu/route.ts#GET": {
      await signIn(actor, target);
      const { GET } = await import("@/app/api/export/kabupaten/[code]/desa-tanpa-pustu/route");
      const code = DISTRICT_CODE[target]!;
      return outcomeOfStatus(
        await GET(new Request(`http://test/api/export/kabupaten/${code}/desa-tanpa-pustu`), {
          params: Promise.resolve({ code }),
        }),
      );
    }
    case "app/api/export/kabupaten/[code]/dasbor/route.ts#GET": {
      await signIn(actor, target);
      const { GET } = await import("@/app/api/export/kabupaten/[code]/dasbor/route");
      const code = DISTRICT_CODE[target]!;
      return outcomeOfStatus(
        await GET(new Request(`http://test/api/export/kabupaten/${code}/dasbor?tabel=kecamatan`), {
          params: Promise.resolve({ code }),
        }),
      );
    }
    case "app/api/export/provinsi/[code]/route.ts#GET": {
      await signIn(actor, target);
      const { GET } = await import("@/app/api/export/provinsi/[code]/route");
      const code = target === "own" ? "17" : "33";
      return outcomeOfStatus(
        await GET(new Request(`http://test/api/export/provinsi/${code}?format=xlsx`), {
          params: Promise.resolve({ code }),
        }),
      );
    }
    case "app/api/export/nasional/route.ts#GET": {
      await signIn(actor, target);
      const { GET } = await import("@/app/api/export/nasional/route");
      return outcomeOfStatus(
        await GET(new Request("http://test/api/export/nasional?tingkat=kabupaten"), { params: Promise.resolve({}) }),
      );
    }
    case "app/api/export/provinsi/[code]/dhis2/route.ts#GET": {
      await signIn(actor, target);
      const { GET } = await import("@/app/api/export/provinsi/[code]/dhis2/route");
      const code = target === "own" ? "17" : "33";
      const response = await GET(new Request(`http://test/api/export/provinsi/${code}/dhis2?periode=2025-01`), {
        params: Promise.resolve({ code }),
      });
      await response.body?.cancel();
      return outcomeOfStatus(response);
    }
    case "app/api/export/nasional/dhis2/route.ts#GET": {
      await signIn(actor, target);
      const { GET } = await import("@/app/api/export/nasional/dhis2/route");
      const response = await GET(new Request("http://test/api/export/nasional/dhis2?periode=2025-01&format=csv"), {
        params: Promise.resolve({}),
      });
      await response.body?.cancel();
      return outcomeOfStatus(response);
    }
    case "app/api/export/audit/route.ts#GET": {
      await signIn(actor, target);
      const { GET } = await import("@/app/api/export/audit/route");
      return outcomeOfStatus(await GET(new Request("http://test/api/export/audit"), { params: Promise.resolve({}) }));
    }
    case "lib/facilities/actions.ts#createFacilityAction": {
      const place = {
        own: { desaCode: "17.02.11.2009", parentId: fixtures.facilities.ownPuskesmas },
        sibling: { desaCode: "17.01.01.2001", parentId: fixtures.facilities.siblingPuskesmas },
        otherProvince: { desaCode: "33.19.06.2009", parentId: fixtures.facilities.otherProvincePuskesmas },
      }[target as "own"];
      await signIn(actor, target);
      const { createFacilityAction } = await import("@/lib/facilities/actions");
      return outcomeOf(
        await createFacilityAction({
          districtCode: DISTRICT_CODE[target]!,
          type: "PUSTU",
          code: `MATRIKS-${++serial}`,
          name: "Pustu Uji Matriks",
          ...place,
        }),
      );
    }
    case "lib/facilities/actions.ts#updateFacilityAction": {
      const facility = await owner.facility.findUniqueOrThrow({ where: { id: facilityOf(target) } });
      await signIn(actor, target);
      const { updateFacilityAction } = await import("@/lib/facilities/actions");
      return outcomeOf(
        await updateFacilityAction({
          id: facility.id,
          version: facility.version,
          name: facility.name,
          aliases: facility.aliases,
        }),
      );
    }
    case "lib/facilities/actions.ts#closeFacilityAction": {
      const facility = await freshPosyanduUnder(facilityOf(target));
      await signIn(actor, target);
      const { closeFacilityAction } = await import("@/lib/facilities/actions");
      return outcomeOf(
        await closeFacilityAction({ id: facility.id, version: facility.version, closedOn: "2025-06-30" }),
      );
    }
    case "lib/targets/actions.ts#createTargetAction": {
      await signIn(actor, target);
      const { createTargetAction } = await import("@/lib/targets/actions");
      const year = 2040 + (++serial % 60);
      return outcomeOf(
        await createTargetAction({
          districtCode: DISTRICT_CODE[target]!,
          year,
          kind: "POSYANDU_MENERAPKAN",
          targetCount: 10,
          deadline: `${year}-12-31`,
        }),
      );
    }
    case "lib/targets/actions.ts#updateTargetAction":
    case "lib/targets/actions.ts#voidTargetAction": {
      const year = 2040 + (++serial % 60);
      const record = await owner.rolloutTarget.create({
        data: {
          districtId: districtIdOf(target),
          year,
          kind: "PUSTU_MENERAPKAN",
          targetCount: 5,
          deadline: new Date(`${year}-12-31`),
        },
      });
      await signIn(actor, target);
      const { updateTargetAction, voidTargetAction } = await import("@/lib/targets/actions");
      return outcomeOf(
        id.endsWith("#updateTargetAction")
          ? await updateTargetAction({
              id: record.id,
              version: record.version,
              targetCount: 6,
              deadline: `${year}-12-31`,
              reason: "Uji matriks otorisasi",
            })
          : await voidTargetAction({ id: record.id, version: record.version, reason: "Uji matriks otorisasi" }),
      );
    }
    case "lib/activities/actions.ts#correctActivityAction":
    case "lib/activities/actions.ts#voidActivityAction":
    case "lib/activities/actions.ts#completeActivityAction": {
      const record = await owner.activity.create({
        data: {
          districtId: districtIdOf(target),
          type: "SOSIALISASI",
          title: "Sosialisasi uji",
          date: new Date("2025-02-01T00:00:00Z"),
          status: "PLANNED",
        },
      });
      await signIn(actor, target);
      const { correctActivityAction, voidActivityAction, completeActivityAction } =
        await import("@/lib/activities/actions");
      const reason = "Uji matriks otorisasi";
      if (id.endsWith("#correctActivityAction"))
        return outcomeOf(
          await correctActivityAction({
            id: record.id,
            version: record.version,
            type: "SOSIALISASI",
            title: "Sosialisasi uji (koreksi)",
            date: "2025-02-02",
            reason,
          }),
        );
      if (id.endsWith("#voidActivityAction"))
        return outcomeOf(await voidActivityAction({ id: record.id, version: record.version, reason }));
      return outcomeOf(await completeActivityAction({ id: record.id, version: record.version }));
    }
    case "lib/monthly-reports/actions.ts#saveReportAction": {
      const puskesmasId = puskesmasOf(target);
      const dataSet = await owner.dataSet.findUniqueOrThrow({ where: { code: "ILP_BULANAN" } });
      await owner.monthlyReport.deleteMany({ where: { puskesmasId, period: "2025-01" } });
      await signIn(actor, target);
      const { saveReportAction } = await import("@/lib/monthly-reports/actions");
      return outcomeOf(
        await saveReportAction({
          puskesmasId,
          dataSetId: dataSet.id,
          period: "2025-01",
          values: [],
          submit: false,
          version: 0,
        }),
      );
    }
    case "lib/monthly-reports/actions.ts#reviewReportAction":
    case "lib/monthly-reports/actions.ts#reopenReportAction": {
      const puskesmasId = puskesmasOf(target);
      const facility = await owner.facility.findUniqueOrThrow({ where: { id: puskesmasId } });
      const dataSet = await owner.dataSet.findUniqueOrThrow({ where: { code: "ILP_BULANAN" } });
      const reopen = id.endsWith("reopenReportAction");
      await owner.monthlyReport.deleteMany({ where: { puskesmasId, period: "2025-02" } });
      const report = await owner.monthlyReport.create({
        data: {
          districtId: facility.districtId,
          puskesmasId,
          dataSetId: dataSet.id,
          period: "2025-02",
          status: reopen ? "APPROVED" : "SUBMITTED",
          firstSubmittedAt: new Date(),
          submittedAt: new Date(),
        },
      });
      await signIn(actor, target);
      const actions = await import("@/lib/monthly-reports/actions");
      return outcomeOf(
        reopen
          ? await actions.reopenReportAction({ reportId: report.id, reason: "Uji matriks", version: report.version })
          : await actions.reviewReportAction({ reportId: report.id, decision: "APPROVE", version: report.version }),
      );
    }
    case "lib/signers/actions.ts#setDistrictOfficeAction": {
      // Saves the district's signatory exactly as it is, so no other test sees a change.
      const districtId = districtIdOf(target);
      const office = await owner.districtOffice.findUnique({ where: { districtId } });
      await signIn(actor, target);
      const { setDistrictOfficeAction } = await import("@/lib/signers/actions");
      return outcomeOf(
        await setDistrictOfficeAction({
          districtCode: DISTRICT_CODE[target]!,
          officeName: office?.officeName ?? "",
          place: office?.place ?? "",
          headName: office?.headName ?? "",
          headNip: office?.headNip ?? "",
          headTitle: office?.headTitle ?? "",
          version: office?.version ?? 0,
        }),
      );
    }
    case "lib/signers/actions.ts#setPuskesmasHeadAction": {
      // Names the head already chosen (none), so no other test sees a change.
      const puskesmasId = puskesmasOf(target);
      const head = await owner.puskesmasHead.findFirst({ where: { puskesmasId } });
      await signIn(actor, target);
      const { setPuskesmasHeadAction } = await import("@/lib/signers/actions");
      return outcomeOf(
        await setPuskesmasHeadAction({
          puskesmasId,
          headStaffId: head?.staffId ?? null,
          previousHeadStaffId: head?.staffId ?? null,
        }),
      );
    }
    case "lib/monthly-reports/actions.ts#setDueDayAction": {
      const dataSet = await owner.dataSet.findUniqueOrThrow({ where: { code: "ILP_BULANAN" } });
      await signIn(actor, target);
      const { setDueDayAction } = await import("@/lib/monthly-reports/actions");
      return outcomeOf(
        await setDueDayAction({ districtCode: DISTRICT_CODE[target]!, dataSetId: dataSet.id, dueDay: 10 }),
      );
    }
    case "lib/monthly-reports/actions.ts#createElementAction": {
      const dataSet = await owner.dataSet.findUniqueOrThrow({ where: { code: "ILP_BULANAN" } });
      await signIn(actor, target);
      const { createElementAction } = await import("@/lib/monthly-reports/actions");
      return outcomeOf(
        await createElementAction({
          dataSetId: dataSet.id,
          code: `ILP_MATRIKS_${++serial}`,
          nameId: "Uji matriks",
          nameEn: "Matrix test",
          valueType: "INTEGER",
          clusterId: null,
          headline: false,
          definition: "Uji matriks",
          source: "Uji matriks",
          min: null,
          max: null,
          required: false,
        }),
      );
    }
    case "lib/monthly-reports/actions.ts#createDataSetAction": {
      await signIn(actor, target);
      const { createDataSetAction } = await import("@/lib/monthly-reports/actions");
      return outcomeOf(
        await createDataSetAction({ code: `UJI_MATRIKS_${++serial}`, nameId: "Uji", nameEn: "Test", dueDay: 12 }),
      );
    }
    case "lib/monthly-reports/actions.ts#updateDataSetAction": {
      const dataSet = await owner.dataSet.findUniqueOrThrow({ where: { code: "ILP_BULANAN" } });
      await signIn(actor, target);
      const { updateDataSetAction } = await import("@/lib/monthly-reports/actions");
      return outcomeOf(
        await updateDataSetAction({
          dataSetId: dataSet.id,
          nameId: dataSet.nameId,
          nameEn: dataSet.nameEn,
          dueDay: dataSet.dueDay,
        }),
      );
    }
    case "lib/monthly-reports/actions.ts#updateElementAction": {
      const element = await owner.dataElement.findFirstOrThrow({ where: { code: "ILP_CATATAN", retiredAt: null } });
      await signIn(actor, target);
      const { updateElementAction } = await import("@/lib/monthly-reports/actions");
      return outcomeOf(
        await updateElementAction({
          elementId: element.id,
          nameId: element.nameId,
          nameEn: element.nameEn,
          definition: element.definition,
          source: element.source,
          min: null,
          max: null,
          required: element.required,
        }),
      );
    }
    case "app/api/export/kabupaten/[code]/laporan/route.ts#GET": {
      await signIn(actor, target);
      const { GET } = await import("@/app/api/export/kabupaten/[code]/laporan/route");
      const code = DISTRICT_CODE[target]!;
      return outcomeOfStatus(
        await GET(new Request(`http://test/api/export/kabupaten/${code}/laporan`), {
          params: Promise.resolve({ code }),
        }),
      );
    }
    case "app/api/export/kabupaten/[code]/dhis2/route.ts#GET": {
      await signIn(actor, target);
      const { GET } = await import("@/app/api/export/kabupaten/[code]/dhis2/route");
      const code = DISTRICT_CODE[target]!;
      return outcomeOfStatus(
        await GET(new Request(`http://test/api/export/kabupaten/${code}/dhis2?periode=2025-01`), {
          params: Promise.resolve({ code }),
        }),
      );
    }
    case "lib/activities/actions.ts#deleteActivityAction":
    case "lib/activities/actions.ts#addActivityAttachmentAction":
    case "lib/activities/actions.ts#removeActivityAttachmentAction":
    case "app/api/lampiran/[id]/route.ts#GET": {
      const districtId = districtIdOf(target);
      const record = await owner.activity.create({
        data: { districtId, type: "PENDAMPINGAN", title: "Pendampingan uji", date: new Date("2025-02-01T00:00:00Z") },
      });
      const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34]);
      const attachment = await owner.activityAttachment.create({
        data: {
          districtId,
          activityId: record.id,
          kind: "UNDANGAN",
          fileName: "undangan.pdf",
          contentType: "application/pdf",
          size: bytes.byteLength,
          sha256: "0".repeat(64),
          content: Buffer.from(bytes),
        },
      });
      await signIn(actor, target);
      const actions = await import("@/lib/activities/actions");
      if (id.endsWith("#deleteActivityAction"))
        return outcomeOf(await actions.deleteActivityAction({ id: record.id, version: record.version }));
      if (id.endsWith("#removeActivityAttachmentAction"))
        return outcomeOf(await actions.removeActivityAttachmentAction({ id: attachment.id }));
      if (id.endsWith("#addActivityAttachmentAction")) {
        const form = new FormData();
        form.set("activityId", record.id);
        form.set("kind", "FOTO");
        form.set("file", new File([bytes], "foto.pdf"));
        return outcomeOf(await actions.addActivityAttachmentAction(form));
      }
      const { GET } = await import("@/app/api/lampiran/[id]/route");
      return outcomeOfStatus(
        await GET(new Request(`http://test/api/lampiran/${attachment.id}`), {
          params: Promise.resolve({ id: attachment.id }),
        }),
      );
    }
    case "lib/completeness/actions.ts#declareCompleteAction": {
      await owner.dataCompleteness.deleteMany({ where: { districtId: districtIdOf(target), area: "ACTIVITIES" } });
      await signIn(actor, target);
      const { declareCompleteAction } = await import("@/lib/completeness/actions");
      const outcome = outcomeOf(
        await declareCompleteAction({
          districtCode: DISTRICT_CODE[target]!,
          area: "ACTIVITIES",
          completeAsOf: "2025-01-31",
        }),
      );
      await owner.dataCompleteness.deleteMany({ where: { districtId: districtIdOf(target), area: "ACTIVITIES" } }); // leave the seeded figures as they were
      return outcome;
    }
    case "lib/completeness/actions.ts#withdrawCompleteAction": {
      const districtId = districtIdOf(target);
      await owner.dataCompleteness.deleteMany({ where: { districtId, area: "KADER" } });
      const record = await owner.dataCompleteness.create({
        data: { districtId, area: "KADER", completeAsOf: new Date("2025-01-31") },
      });
      await signIn(actor, target);
      const { withdrawCompleteAction } = await import("@/lib/completeness/actions");
      const outcome = outcomeOf(await withdrawCompleteAction({ id: record.id, version: record.version }));
      await owner.dataCompleteness.deleteMany({ where: { id: record.id } });
      return outcome;
    }
    case "app/api/bukti/[id]/route.ts#GET": {
      const facilityId = {
        own: fixtures.facilities.ownPosyandu,
        sameDistrict: fixtures.facilities.samePuskesmasDistrict,
        sibling: fixtures.facilities.siblingPustu,
        otherProvince: fixtures.facilities.otherProvincePuskesmas,
      }[target as "own"];
      const id = await evidenceFor(facilityId);
      await signIn(actor, target);
      const { GET } = await import("@/app/api/bukti/[id]/route");
      return outcomeOfStatus(
        await GET(new Request(`http://test/api/bukti/${id}`), { params: Promise.resolve({ id }) }),
      );
    }
    case "app/api/impor/kabupaten/[code]/[jenis]/route.ts#GET": {
      await signIn(actor, target);
      const { GET } = await import("@/app/api/impor/kabupaten/[code]/[jenis]/route");
      const code = DISTRICT_CODE[target]!;
      return outcomeOfStatus(
        await GET(new Request(`http://test/api/impor/kabupaten/${code}/wilayah`), {
          params: Promise.resolve({ code, jenis: "wilayah" }),
        }),
      );
    }
    case "app/api/impor/kabupaten/[code]/[jenis]/route.ts#POST": {
      await signIn(actor, target);
      const code = DISTRICT_CODE[target]!;
      const { status } = await upload(code, "wilayah", `kode,nama\n${code}.01,Kecamatan Uji Matriks\n`, "dryRun");
      return outcomeOfStatus(new Response(null, { status }));
    }
    case "lib/imports/actions.ts#undoImportAction": {
      // Own and same-district: a head's roster batch of Sumber Urip and of Curup; elsewhere a planner's district-wide batch.
      const puskesmasId = target === "own" || target === "sameDistrict" ? puskesmasOf(target) : null;
      const districtId = puskesmasId ? fixtures.districts.own : districtIdOf(target);
      const batch = await owner.importBatch.create({
        data: {
          districtId,
          puskesmasId,
          kind: puskesmasId ? "STAFF" : "REGIONS",
          fileName: "matriks.csv",
          sha256: "0".repeat(64),
          rowCount: 0,
          createdCount: 0,
          updatedCount: 0,
          unchangedCount: 0,
          rejectedCount: 0,
        },
      });
      await signIn(actor, target);
      const { undoImportAction } = await import("@/lib/imports/actions");
      return outcomeOf(await undoImportAction({ batchId: batch.id }));
    }
    case "lib/staffing/actions.ts#saveBoardAction":
    case "lib/staffing/actions.ts#updateBoardSettingsAction": {
      // Saves the board exactly as it is, so no other test sees a change.
      const puskesmas = await owner.facility.findUniqueOrThrow({ where: { id: puskesmasOf(target) } });
      const open = await owner.clusterAssignment.findMany({
        where: { staff: { puskesmasId: puskesmas.id, active: true }, effectiveTo: null },
      });
      const entries = open
        .filter((row) => !row.supporting)
        .map((row) => ({
          staffId: row.staffId,
          clusterId: row.clusterId,
          unitId: row.clusterUnitId,
          role: row.role,
          supportClusterId: open.find((other) => other.supporting && other.staffId === row.staffId)?.clusterId ?? null,
        }));
      await signIn(actor, target);
      const { saveBoardAction, updateBoardSettingsAction } = await import("@/lib/staffing/actions");
      return outcomeOf(
        id.endsWith("#saveBoardAction")
          ? await saveBoardAction({
              puskesmasId: puskesmas.id,
              boardVersion: puskesmas.staffBoardVersion,
              effectiveDate: new Date().toISOString().slice(0, 10),
              entries,
            })
          : await updateBoardSettingsAction({
              puskesmasId: puskesmas.id,
              boardVersion: puskesmas.staffBoardVersion,
              allowSecondCluster: puskesmas.allowSecondCluster,
            }),
      );
    }
    case "lib/staffing/actions.ts#createStaffAction": {
      await signIn(actor, target);
      const { createStaffAction } = await import("@/lib/staffing/actions");
      return outcomeOf(
        await createStaffAction({
          puskesmasId: puskesmasOf(target),
          staff: { name: "Staf Uji Matriks", profession: "PERAWAT", employmentStatus: "KONTRAK", posting: "PUSKESMAS" },
        }),
      );
    }
    case "lib/staffing/actions.ts#updateStaffAction":
    case "lib/staffing/actions.ts#setStaffActiveAction": {
      // An inactive staff member made for the case, so the puskesmas' active roster never changes.
      const puskesmas = await owner.facility.findUniqueOrThrow({ where: { id: puskesmasOf(target) } });
      const staff = await owner.staff.create({
        data: {
          districtId: puskesmas.districtId,
          puskesmasId: puskesmas.id,
          name: "Staf Uji Matriks",
          profession: "BIDAN",
          active: false,
          isIllustrative: true,
        },
      });
      await signIn(actor, target);
      const { updateStaffAction, setStaffActiveAction } = await import("@/lib/staffing/actions");
      return outcomeOf(
        id.endsWith("#updateStaffAction")
          ? await updateStaffAction({
              id: staff.id,
              version: staff.version,
              staff: { name: "Staf Uji Matriks", profession: "BIDAN", employmentStatus: "PNS", posting: "PUSKESMAS" },
            })
          : await setStaffActiveAction({
              id: staff.id,
              version: staff.version,
              active: false,
              effectiveDate: new Date().toISOString().slice(0, 10),
            }),
      );
    }
    case "app/api/impor/puskesmas/[id]/tenaga/route.ts#GET": {
      const puskesmasId = puskesmasOf(target);
      await signIn(actor, target);
      const { GET } = await import("@/app/api/impor/puskesmas/[id]/tenaga/route");
      return outcomeOfStatus(
        await GET(new Request(`http://test/api/impor/puskesmas/${puskesmasId}/tenaga?isi=templat`), {
          params: Promise.resolve({ id: puskesmasId }),
        }),
      );
    }
    case "app/api/impor/puskesmas/[id]/tenaga/route.ts#POST": {
      const puskesmas = await owner.facility.findUniqueOrThrow({ where: { id: puskesmasOf(target) } });
      await signIn(actor, target);
      const { status } = await uploadRoster(
        puskesmas.id,
        `kode_puskesmas,nama,profesi\n${puskesmas.code},Staf Uji Matriks,PERAWAT\n`,
        "dryRun",
      );
      return outcomeOfStatus(new Response(null, { status }));
    }
    case "app/api/impor/puskesmas/[id]/laporan-bulanan/route.ts#GET": {
      const puskesmasId = puskesmasOf(target);
      await signIn(actor, target);
      const { GET } = await import("@/app/api/impor/puskesmas/[id]/laporan-bulanan/route");
      return outcomeOfStatus(
        await GET(new Request(`http://test/api/impor/puskesmas/${puskesmasId}/laporan-bulanan?isi=templat`), {
          params: Promise.resolve({ id: puskesmasId }),
        }),
      );
    }
    case "app/api/impor/puskesmas/[id]/laporan-bulanan/route.ts#POST": {
      const puskesmas = await owner.facility.findUniqueOrThrow({ where: { id: puskesmasOf(target) } });
      await signIn(actor, target);
      const { POST } = await import("@/app/api/impor/puskesmas/[id]/laporan-bulanan/route");
      const form = new FormData();
      const file = `kode_puskesmas,kode_data_set,periode,kode_elemen,nilai\n${puskesmas.code},ILP_BULANAN,2026-01,ILP_KUNJUNGAN_RUMAH,3\n`;
      form.set("file", new File([file], "nilai.csv"));
      form.set("mode", "dryRun");
      return outcomeOfStatus(
        await POST(
          new Request(`http://test/api/impor/puskesmas/${puskesmas.id}/laporan-bulanan`, {
            method: "POST",
            body: form,
          }),
          { params: Promise.resolve({ id: puskesmas.id }) },
        ),
      );
    }
    case "app/api/export/puskesmas/[id]/klaster/route.ts#GET": {
      const puskesmasId = puskesmasOf(target);
      await signIn(actor, target);
      const { GET } = await import("@/app/api/export/puskesmas/[id]/klaster/route");
      return outcomeOfStatus(
        await GET(new Request(`http://test/api/export/puskesmas/${puskesmasId}/klaster?tabel=struktur&format=xlsx`), {
          params: Promise.resolve({ id: puskesmasId }),
        }),
      );
    }
    default:
      throw new Error(`No way to run ${id}: add it to run() in authorization.test.ts`);
  }
}

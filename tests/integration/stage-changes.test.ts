import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { changeStageAction } from "@/lib/facilities/actions";
import { actAs } from "../support/act-as";
import { createTenancyFixtures, type TenancyFixtures } from "../support/tenancy-fixtures";

const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
let fixtures: TenancyFixtures;
beforeAll(async () => {
  fixtures = await createTenancyFixtures(owner);
});
afterAll(() => owner.$disconnect());

const today = () => new Date().toISOString().slice(0, 10);

function stageForm(fields: Record<string, string | number>, file?: File): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, String(value));
  if (file) form.set("evidence", file);
  return form;
}

/** The sibling district's pustu: changing it leaves Rejang Lebong's counts, which other tests read, alone. */
async function siblingPustu() {
  return owner.facility.findUniqueOrThrow({ where: { id: fixtures.facilities.siblingPustu } });
}

describe("stage changes", () => {
  beforeAll(async () => {
    // A planner of Bengkulu Selatan, to change the sibling pustu.
    const { ensureUser } = await import("../support/tenancy-fixtures");
    await actAs(await ensureUser(owner, "perencana.bengkuluselatan", "DINKES_PLANNER", fixtures.districts.sibling));
  });

  it("write the facility, its history and the evidence together", async () => {
    const before = await siblingPustu();
    const toStage = before.currentStage === "PERSIAPAN" ? "UJI_COBA" : "PERSIAPAN";
    const file = new File(["%PDF-1.4 SK Tim ILP"], "SK Tim ILP.pdf", { type: "application/pdf" });
    const result = await changeStageAction(
      stageForm(
        {
          facilityId: before.id,
          toStage,
          effectiveDate: today(),
          note: "SK tim kerja terbit",
          version: before.version,
        },
        file,
      ),
    );
    expect(result).toEqual({ ok: true, data: { version: before.version + 1, status: "VERIFIED" } });

    const after = await siblingPustu();
    expect(after).toMatchObject({ currentStage: toStage, version: before.version + 1 });
    const change = await owner.facilityStageChange.findFirstOrThrow({
      where: { facilityId: before.id, note: "SK tim kerja terbit" },
      include: { evidence: true },
    });
    expect(change).toMatchObject({ fromStage: before.currentStage, toStage });
    expect(change.evidence).toHaveLength(1);
    expect(change.evidence[0]).toMatchObject({ fileName: "SK Tim ILP.pdf", contentType: "application/pdf", size: 19 });
  });

  it("refuse an upload of the wrong type or too large, and then write nothing at all", async () => {
    const before = await siblingPustu();
    const historyBefore = await owner.facilityStageChange.count({ where: { facilityId: before.id } });
    const toStage = before.currentStage === "MENERAPKAN" ? "UJI_COBA" : "MENERAPKAN";
    const fields = {
      facilityId: before.id,
      toStage,
      effectiveDate: today(),
      note: "Dengan bukti",
      version: before.version,
    };

    const renamed = new File(["MZ executable"], "foto.jpg", { type: "image/jpeg" });
    expect(await changeStageAction(stageForm(fields, renamed))).toMatchObject({
      ok: false,
      code: "VALIDATION",
      messageKey: "errors.evidenceType",
      field: "evidence",
    });
    const huge = new Uint8Array(5 * 1024 * 1024 + 1);
    huge.set(new TextEncoder().encode("%PDF-"));
    expect(await changeStageAction(stageForm(fields, new File([huge], "besar.pdf")))).toMatchObject({
      ok: false,
      messageKey: "errors.evidenceTooLarge",
    });

    expect(await siblingPustu()).toEqual(before);
    expect(await owner.facilityStageChange.count({ where: { facilityId: before.id } })).toBe(historyBefore);
  });

  it("detect a concurrent save and say what it changed, instead of overwriting it", async () => {
    const opened = await siblingPustu();
    const first = opened.currentStage === "UJI_COBA" ? "PERSIAPAN" : "UJI_COBA";
    const second = "BELUM";
    expect(
      await changeStageAction({
        facilityId: opened.id,
        toStage: first,
        effectiveDate: today(),
        note: "Simpan pertama",
        version: opened.version,
      }),
    ).toMatchObject({ ok: true });
    const late = await changeStageAction({
      facilityId: opened.id,
      toStage: second,
      effectiveDate: today(),
      note: "Simpan kedua, basi",
      version: opened.version,
    });
    expect(late).toMatchObject({
      ok: false,
      code: "CONFLICT",
      messageKey: "errors.stageConflict",
      values: { stage: first, by: "perencana.bengkuluselatan" },
    });
    expect((await siblingPustu()).currentStage).toBe(first);
    expect(
      await owner.facilityStageChange.count({ where: { facilityId: opened.id, note: "Simpan kedua, basi" } }),
    ).toBe(0);
  });

  it("need a reason to move back, and refuse future dates", async () => {
    const facility = await siblingPustu();
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    expect(
      await changeStageAction({
        facilityId: facility.id,
        toStage: "MENERAPKAN",
        effectiveDate: future,
        note: "Nanti",
        version: facility.version,
      }),
    ).toMatchObject({
      ok: false,
      messageKey: "errors.dateInFuture",
    });
    expect(
      await changeStageAction({
        facilityId: facility.id,
        toStage: "MENERAPKAN",
        effectiveDate: today(),
        note: "  ",
        version: facility.version,
      }),
    ).toMatchObject({
      ok: false,
      messageKey: "errors.noteRequired",
    });
  });
});

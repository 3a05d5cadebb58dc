import { describe, expect, it } from "vitest";
import { cellText } from "@/lib/imports/cells";
import { ZFacilityRow } from "@/lib/imports/kinds/facilities";
import { ZKaderRow } from "@/lib/imports/kinds/kader";
import { ZMonthlyValueRow } from "@/lib/imports/kinds/monthly-values";
import { ZRegionRow } from "@/lib/imports/kinds/regions";
import { ZStageRow } from "@/lib/imports/kinds/stages";
import { ZStaffRow } from "@/lib/imports/kinds/staff";

const firstMessage = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  result.success
    ? null
    : { field: String(result.error!.issues[0]!.path[0]), message: result.error!.issues[0]!.message };

describe("import row validators", () => {
  it("monthly values: a month as YYYY-MM or DHIS2's YYYYMM, and a value (checked later by its element)", () => {
    const row = { puskesmasCode: "1011912", dataSetCode: "ILP_BULANAN", elementCode: "ILP_LOKMIN", value: " ya " };
    expect(ZMonthlyValueRow.parse({ ...row, period: "202610" })).toEqual({ ...row, value: "ya", period: "2026-10" });
    expect(ZMonthlyValueRow.parse({ ...row, period: "2026-10" }).period).toBe("2026-10");
    expect(firstMessage(ZMonthlyValueRow.safeParse({ ...row, period: "202613" }))).toEqual({
      field: "period",
      message: "imports.monthly.period",
    });
    expect(firstMessage(ZMonthlyValueRow.safeParse({ ...row, period: "Okt 2026" }))).toEqual({
      field: "period",
      message: "imports.monthly.period",
    });
    expect(firstMessage(ZMonthlyValueRow.safeParse({ ...row, period: "2026-10", value: "  " }))).toEqual({
      field: "value",
      message: "imports.monthly.valueRequired",
    });
  });

  it("regions: a Kemendagri kecamatan or desa code and a name", () => {
    expect(ZRegionRow.parse({ code: " 61.03.01.2001 ", name: " Sungai Mawang " })).toEqual({
      code: "61.03.01.2001",
      name: "Sungai Mawang",
    });
    expect(ZRegionRow.safeParse({ code: "61.03.01", name: "Kapuas" }).success).toBe(true);
    expect(firstMessage(ZRegionRow.safeParse({ code: "61.03", name: "Sanggau" }))).toEqual({
      field: "code",
      message: "imports.regions.codeFormat",
    });
    expect(firstMessage(ZRegionRow.safeParse({ code: "61.03.01.9001", name: "X" }))).toEqual({
      field: "code",
      message: "imports.regions.codeFormat",
    });
    expect(firstMessage(ZRegionRow.safeParse({ code: "61.03.01.2001" }))).toEqual({
      field: "name",
      message: "errors.required",
    });
  });

  it("facilities: the facility form's rules, with the parent by type and code", () => {
    expect(
      ZFacilityRow.parse({
        type: "pustu",
        code: "P-1",
        name: "Pustu Satu",
        desaCode: "61.03.01.2001",
        parentCode: "PKM-1",
        aliases: "Pustu 1 | Pustu Sat",
      }),
    ).toMatchObject({
      type: "PUSTU",
      aliases: ["Pustu 1", "Pustu Sat"],
    });
    expect(
      ZFacilityRow.parse({ type: "PUSKESMAS", code: "PKM-1", name: "Puskesmas", hasInpatient: "Ya" }).hasInpatient,
    ).toBe(true);
    expect(firstMessage(ZFacilityRow.safeParse({ type: "KLINIK", code: "K", name: "Klinik" }))).toEqual({
      field: "type",
      message: "imports.facilities.type",
    });
    expect(firstMessage(ZFacilityRow.safeParse({ type: "PUSTU", code: "x".repeat(33), name: "Pustu" }))).toEqual({
      field: "code",
      message: "errors.tooLong",
    });
    expect(
      firstMessage(ZFacilityRow.safeParse({ type: "PUSKESMAS", code: "P", name: "P", hasInpatient: "mungkin" })),
    ).toEqual({ field: "hasInpatient", message: "imports.row.yesNo" });
  });

  it("staff: NIP of 18 digits when given, known profession, a pustu for a pustu posting", () => {
    expect(ZStaffRow.parse({ puskesmasCode: "PKM-1", name: "Siti", profession: "bidan" })).toMatchObject({
      profession: "BIDAN",
      employmentStatus: "PNS",
      posting: "PUSKESMAS",
      active: true,
    });
    expect(
      firstMessage(ZStaffRow.safeParse({ puskesmasCode: "PKM-1", name: "Siti", profession: "BIDAN", nip: "1234" })),
    ).toEqual({ field: "nip", message: "staffing.errors.nipDigits" });
    expect(firstMessage(ZStaffRow.safeParse({ puskesmasCode: "PKM-1", name: "Siti", profession: "DUKUN" }))).toEqual({
      field: "profession",
      message: "imports.staff.profession",
    });
    expect(
      firstMessage(
        ZStaffRow.safeParse({ puskesmasCode: "PKM-1", name: "Siti", profession: "BIDAN", posting: "pustu menetap" }),
      ),
    ).toEqual({
      field: "pustuCode",
      message: "imports.staff.pustuRequired",
    });
  });

  it("staff: the staff form's own rules for name, NIP and a scheduled posting", () => {
    const row = { puskesmasCode: "PKM-1", profession: "BIDAN" };
    expect(firstMessage(ZStaffRow.safeParse({ ...row, name: "S" }))).toEqual({
      field: "name",
      message: "errors.required",
    });
    expect(firstMessage(ZStaffRow.safeParse({ ...row, name: "S".repeat(121) }))).toEqual({
      field: "name",
      message: "errors.tooLong",
    });
    expect(ZStaffRow.parse({ ...row, name: "Siti", nip: "19800101 200501 2 001" }).nip).toBe("198001012005012001");
    expect(
      firstMessage(ZStaffRow.safeParse({ ...row, name: "Siti", posting: "PUSTU_TERJADWAL", pustuCode: "PUSTU-1" })),
    ).toEqual({
      field: "pustuSchedule",
      message: "staffing.errors.scheduleRequired",
    });
    expect(
      ZStaffRow.parse({
        ...row,
        name: "Siti",
        posting: "PUSTU_TERJADWAL",
        pustuCode: "PUSTU-1",
        pustuSchedule: "Senin",
      }),
    ).toMatchObject({ pustuSchedule: "Senin" });
  });

  it("kader: level and competencies from the enums", () => {
    expect(
      ZKaderRow.parse({
        posyanduCode: "POS-1",
        name: "Ani",
        competencies: "dewasa lansia | BAYI_BALITA | bayi_balita",
      }),
    ).toMatchObject({
      level: "PURWA",
      competencies: ["BAYI_BALITA", "DEWASA_LANSIA"],
      active: true,
    });
    expect(firstMessage(ZKaderRow.safeParse({ posyanduCode: "POS-1", name: "Ani", level: "AHLI" }))).toEqual({
      field: "level",
      message: "imports.kader.level",
    });
    expect(firstMessage(ZKaderRow.safeParse({ posyanduCode: "POS-1", name: "Ani", competencies: "MEMASAK" }))).toEqual({
      field: "competencies",
      message: "imports.kader.competency",
    });
  });

  it("stage updates: the stage form's date rule, a known stage", () => {
    expect(
      ZStageRow.parse({
        type: "PUSKESMAS",
        code: "PKM-1",
        toStage: "uji coba",
        effectiveDate: "2025-03-01",
        note: "SK",
      }),
    ).toMatchObject({ toStage: "UJI_COBA", note: "SK" });
    expect(
      firstMessage(
        ZStageRow.safeParse({ type: "PUSKESMAS", code: "PKM-1", toStage: "MENERAPKAN", effectiveDate: "01/03/2025" }),
      ),
    ).toEqual({ field: "effectiveDate", message: "errors.dateInvalid" });
    expect(
      firstMessage(
        ZStageRow.safeParse({ type: "PUSKESMAS", code: "PKM-1", toStage: "SELESAI", effectiveDate: "2025-03-01" }),
      ),
    ).toEqual({ field: "toStage", message: "imports.stages.stage" });
  });

  it("cells: trimmed; our export's apostrophe before a formula is undone; formulas stay text", () => {
    expect(cellText("  Sungai Mawang \t")).toBe("Sungai Mawang");
    expect(cellText('\'=HYPERLINK("http://x")')).toBe('=HYPERLINK("http://x")');
    expect(cellText("=1+1")).toBe("=1+1");
    expect(cellText("'Ujung")).toBe("'Ujung");
  });
});

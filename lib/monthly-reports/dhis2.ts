import { createHash } from "node:crypto";
import { csvCell } from "@/lib/export/csv";

/**
 * DHIS2's own import formats for approved monthly values (the dataValueSets
 * JSON and CSV of its Web API, and a metadata JSON with the org unit hierarchy,
 * the data elements and the data set). Org units and data elements are named
 * by code, so a province imports with idScheme=CODE:
 *   province, kabupaten/kota and kecamatan: "KMD-" + the Kemendagri code ("KMD-17.02.11");
 *   puskesmas: "PKM-" + its facility code (Komdat kode_instansi, "PKM-1011912").
 * Metadata objects also carry a stable 11-character DHIS2 uid derived from that code.
 */

export const regionOrgUnitCode = (kemendagriCode: string) => `KMD-${kemendagriCode}`;
export const puskesmasOrgUnitCode = (facilityCode: string) => `PKM-${facilityCode}`;

const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ALPHANUMERIC = `${LETTERS}0123456789`;

/** A DHIS2 uid (a letter, then 10 letters or digits) that is always the same for the same kind and code. */
export function stableUid(kind: string, code: string): string {
  const bytes = createHash("sha256").update(`pantau-ilp:${kind}:${code}`).digest();
  let uid = LETTERS[bytes[0]! % LETTERS.length]!;
  for (let index = 1; index < 11; index++) uid += ALPHANUMERIC[bytes[index]! % ALPHANUMERIC.length];
  return uid;
}

export type Dhis2Value = {
  dataElement: string;
  /** "YYYYMM". */
  period: string;
  orgUnit: string;
  value: string;
  comment?: string;
};

/** One data value of the dataValueSets JSON (a comment only when there is one). */
export function dataValueObject(value: Dhis2Value) {
  return {
    dataElement: value.dataElement,
    period: value.period,
    orgUnit: value.orgUnit,
    value: value.value,
    ...(value.comment ? { comment: value.comment } : {}),
  };
}

/** The dataValueSets JSON body: one data set, values of any period and org unit, all identified by code. */
export function dataValueSetJson(dataSetCode: string, completeDate: string, values: readonly Dhis2Value[]) {
  return { dataSet: dataSetCode, completeDate, dataValues: values.map(dataValueObject) };
}

/** DHIS2's CSV data value columns, in the order its importer reads them (the first row is a header it skips). */
export const DHIS2_CSV_COLUMNS = [
  "dataelement",
  "period",
  "orgunit",
  "catoptcombo",
  "attroptcombo",
  "value",
  "storedby",
  "lastupdated",
  "comment",
  "followup",
] as const;

/** The CSV's header line, with its line end. */
export const DHIS2_CSV_HEADER = `${DHIS2_CSV_COLUMNS.join(",")}\r\n`;

/** One data value as a CSV line, with its line end; option combos empty = DHIS2's default. */
export function dataValueCsvLine(value: Dhis2Value): string {
  const cells = [value.dataElement, value.period, value.orgUnit, "", "", value.value, "", "", value.comment ?? "", ""];
  return `${cells.map((cell) => csvCell(cell)).join(",")}\r\n`;
}

/** The dataValueSets CSV (no byte-order mark: a machine reads it). */
export function dataValueSetCsv(values: readonly Dhis2Value[]): string {
  return DHIS2_CSV_HEADER + values.map(dataValueCsvLine).join("");
}

/** DHIS2's value types for ours. */
export const DHIS2_VALUE_TYPE = {
  INTEGER: "INTEGER_ZERO_OR_POSITIVE",
  PERCENT: "PERCENTAGE",
  YES_NO: "BOOLEAN",
  TEXT: "TEXT",
} as const;

export type OrgUnitInput = { kind: "region" | "puskesmas"; code: string; name: string; parentCode: string | null };
export type ElementInput = {
  code: string;
  name: string;
  valueType: keyof typeof DHIS2_VALUE_TYPE;
  definition: string;
};

const orgUnitCodeOf = (unit: Pick<OrgUnitInput, "kind" | "code">) =>
  unit.kind === "region" ? regionOrgUnitCode(unit.code) : puskesmasOrgUnitCode(unit.code);
const shortName = (name: string) => name.slice(0, 50);

/**
 * The metadata JSON: organisationUnits (province → kabupaten/kota → kecamatan →
 * puskesmas, each with its parent), dataElements and the monthly dataSet with
 * its elements and puskesmas. `openingDate` is required by DHIS2; `openingDate`
 * gives the day to use.
 */
export function metadataJson(input: {
  dataSet: { code: string; name: string };
  orgUnits: readonly OrgUnitInput[];
  elements: readonly ElementInput[];
  openingDate: string;
}) {
  const uidOfUnit = (code: string) => stableUid("orgUnit", code);
  const organisationUnits = input.orgUnits.map((unit) => {
    const code = orgUnitCodeOf(unit);
    return {
      id: uidOfUnit(code),
      code,
      name: unit.name,
      shortName: shortName(unit.name),
      openingDate: input.openingDate,
      ...(unit.parentCode ? { parent: { id: uidOfUnit(regionOrgUnitCode(unit.parentCode)) } } : {}),
    };
  });
  const dataElements = input.elements.map((element) => ({
    id: stableUid("dataElement", element.code),
    code: element.code,
    name: element.name,
    shortName: shortName(element.name),
    description: element.definition,
    valueType: DHIS2_VALUE_TYPE[element.valueType],
    domainType: "AGGREGATE",
    aggregationType: element.valueType === "TEXT" ? "NONE" : "SUM",
  }));
  return {
    organisationUnits,
    dataElements,
    dataSets: [
      {
        id: stableUid("dataSet", input.dataSet.code),
        code: input.dataSet.code,
        name: input.dataSet.name,
        shortName: shortName(input.dataSet.name),
        periodType: "Monthly",
        dataSetElements: dataElements.map((element) => ({ dataElement: { id: element.id } })),
        organisationUnits: organisationUnits
          .filter((unit) => unit.code.startsWith("PKM-"))
          .map((unit) => ({ id: unit.id })),
      },
    ],
  };
}

import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { can, districtsWhere, PERMISSIONS, writableDistrictIds, writablePuskesmasIds } from "@/lib/auth/permissions";
import { buildScope, canReadDistrict, type Grant } from "@/lib/auth/scope";

const grant = (role: Grant["role"], place: Partial<Omit<Grant, "role">> = {}): Grant => ({
  role,
  provinceId: null,
  districtId: null,
  puskesmasId: null,
  ...place,
});
const place = { provinceId: "p1", districtId: "d1" };

describe("the permission table decides who writes what, also for the database", () => {
  it("gives row-level write access per district to district-level writers and per puskesmas to puskesmas-level writers", () => {
    const scope = buildScope("u", [
      grant("DINKES_PLANNER", place),
      grant("PUSKESMAS_HEAD", { ...place, districtId: "d2", puskesmasId: "pk1" }),
      grant("DINKES_ADMIN", { ...place, districtId: "d3" }),
      grant("VIEWER", { ...place, districtId: "d4" }),
    ]);
    expect([...writableDistrictIds(scope)]).toEqual(["d1"]);
    expect([...writablePuskesmasIds(scope)]).toEqual(["pk1"]);
  });

  it("lets a Dinkes admin write only their district's signatory, and a head choose only their own puskesmas' head", () => {
    const scope = buildScope("u", [
      grant("DINKES_ADMIN", { ...place, districtId: "d3" }),
      grant("DINKES_PLANNER", place),
      grant("VIEWER", { ...place, districtId: "d4" }),
    ]);
    expect(districtsWhere(scope, "office.write").sort()).toEqual(["d1", "d3"]);
    // The admin's district is not opened to other district tables.
    expect([...writableDistrictIds(scope)]).toEqual(["d1"]);
    const head = buildScope("u", [grant("PUSKESMAS_HEAD", { ...place, puskesmasId: "pk1" })]);
    expect(can(head, "puskesmas.head.write", { districtId: "d1", puskesmasId: "pk1" })).toBe(true);
    expect(can(head, "puskesmas.head.write", { districtId: "d1", puskesmasId: "pk2" })).toBe(false);
    expect(can(head, "office.write", { districtId: "d1" })).toBe(false);
  });

  it("gives nobody write access the table does not list", () => {
    const readers = buildScope(
      "u",
      [grant("NATIONAL_ADMIN"), grant("PROVINCE_OFFICIAL", { provinceId: "p1" }), grant("VIEWER", place)],
      new Map([["p1", ["d1", "d2"]]]),
    );
    expect(writableDistrictIds(readers).size).toBe(0);
    expect(writablePuskesmasIds(readers).size).toBe(0);
    expect(readers.national).toBe(true);
    expect(canReadDistrict(readers, "d2")).toBe(true);
  });

  it("reads a province's districts for a province grant, and lets a head write only their puskesmas' network", () => {
    const official = buildScope(
      "u",
      [grant("PROVINCE_OFFICIAL", { provinceId: "p1" })],
      new Map([["p1", ["d1", "d2"]]]),
    );
    expect([...official.districtIds]).toEqual(["d1", "d2"]);
    expect(can(official, "facility.write", { districtId: "d1", provinceId: "p1" })).toBe(false);
    const head = buildScope("u", [grant("PUSKESMAS_HEAD", { ...place, puskesmasId: "pk1" })]);
    expect(can(head, "stage.write", { districtId: "d1", puskesmasId: "pk1" })).toBe(true);
    expect(can(head, "stage.write", { districtId: "d1", puskesmasId: null })).toBe(false);
    expect(can(head, "stage.write", { districtId: "d1", puskesmasId: "pk2" })).toBe(false);
  });

  it("lets the petugas data enter (and import) only their own puskesmas' monthly reports, and nothing else", () => {
    const officer = buildScope("u", [grant("DATA_OFFICER", { ...place, puskesmasId: "pk1" })]);
    const own = { districtId: "d1", puskesmasId: "pk1" };
    expect(can(officer, "report.enter", own)).toBe(true);
    expect(can(officer, "puskesmas.read", own)).toBe(true);
    expect(can(officer, "report.enter", { districtId: "d1", puskesmasId: "pk2" })).toBe(false);
    expect(can(officer, "report.enter", { districtId: "d1", puskesmasId: null })).toBe(false);
    const others = (Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]).filter(
      (permission) => permission !== "report.enter" && permission !== "puskesmas.read",
    );
    expect(others.length).toBeGreaterThan(10);
    expect(others.filter((permission) => can(officer, permission, own))).toEqual([]);
    expect(can(officer, "report.review", own)).toBe(false);
    // Row-level security: the officer writes rows of their puskesmas only, never the district's.
    expect([...writablePuskesmasIds(officer)]).toEqual(["pk1"]);
    expect(writableDistrictIds(officer).size).toBe(0);
  });

  it("names roles only in lib/auth (the permission table and the role-place rules), never in a feature's checks", () => {
    const roles = Object.keys(
      Object.fromEntries(
        Object.values(PERMISSIONS)
          .flat()
          .map((role) => [role, true]),
      ),
    );
    const literal = new RegExp(`["'](${roles.join("|")})["']`);
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) {
          if (name !== "generated") walk(file);
        } else if (/\.tsx?$/.test(name) && literal.test(readFileSync(file, "utf8")))
          offenders.push(path.relative(process.cwd(), file));
      }
    };
    for (const dir of [
      "app",
      "lib/server",
      "lib/facilities",
      "lib/staffing",
      "lib/imports",
      "lib/targets",
      "lib/activities",
      "lib/rollout",
      "lib/comparison",
      "lib/indicators",
      "lib/dashboard",
      "lib/audit",
    ])
      walk(dir);
    expect(offenders).toEqual([]);
  });
});

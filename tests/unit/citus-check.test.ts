import { describe, expect, it } from "vitest";
import { citusViolations, type Catalog, type Classification } from "@/lib/db/citus-check";

// A two-district-table schema by hand: the rules on their own, without a database.
const classes: Classification = {
  distributed: { Facility: { key: ["id", "districtId"] }, Staff: {} },
  reference: { Region: "the map", User: "accounts" },
  coordinator: {},
};
const columns = (...names: string[]) => names.map((name) => ({ name, notNull: true }));
const fk = (over: Partial<Catalog["foreignKeys"][number]>): Catalog["foreignKeys"][number] => ({
  name: "fk",
  table: "Staff",
  columns: ["puskesmasId", "districtId"],
  references: "Facility",
  referencedColumns: ["id", "districtId"],
  onUpdate: "a",
  onDelete: "r",
  deleteSetColumns: null,
  ...over,
});
const ready: Catalog = {
  tables: [
    { name: "Region", columns: columns("id", "districtId") },
    { name: "User", columns: columns("id") },
    { name: "Facility", columns: columns("id", "districtId", "code") },
    { name: "Staff", columns: columns("id", "districtId", "puskesmasId", "nip", "userId") },
  ],
  indexes: [
    { table: "Region", name: "Region_pkey", primary: true, columns: ["id"] },
    { table: "Facility", name: "Facility_pkey", primary: true, columns: ["id"] },
    { table: "Facility", name: "Facility_code", primary: false, columns: ["code", "districtId"] },
    { table: "Staff", name: "Staff_pkey", primary: true, columns: ["districtId", "id"] },
  ],
  foreignKeys: [fk({}), fk({ name: "to_user", columns: ["userId"], references: "User", referencedColumns: ["id"] })],
};
const withChange = (change: (catalog: Catalog) => void): Catalog => {
  const copy = structuredClone(ready);
  change(copy);
  return copy;
};

describe("Citus' rules", () => {
  it("pass a schema that keeps them", () => {
    expect(citusViolations(ready, { classes })).toEqual([]);
  });

  it("read a primary key without districtId as the set-up's declared key, and strictly after it", () => {
    expect(citusViolations(ready, { classes, afterSetup: true })).toEqual([
      "Facility: primary key (id) is not the declared (id, districtId)",
      'Facility: primary key Facility_pkey (id) lacks "districtId"',
    ]);
    const undeclared = { ...classes, distributed: { ...classes.distributed, Facility: {} } };
    expect(citusViolations(ready, { classes: undeclared })).toEqual([
      'Facility: primary key Facility_pkey (id) lacks "districtId"',
    ]);
  });

  it("refuse a global unique key, a nullable shard key and an unclassified table", () => {
    const broken = withChange((catalog) => {
      catalog.indexes.push({ table: "Staff", name: "Staff_nip_key", primary: false, columns: ["nip"] });
      catalog.tables[3]!.columns[1]!.notNull = false;
      catalog.tables.push({ name: "Summary", columns: columns("districtId") });
    });
    expect(citusViolations(broken, { classes })).toEqual([
      "Summary: not classified (add it to lib/db/distribution.ts as distributed or reference)",
      'Staff: "districtId" may be null (Citus distributes no null)',
      'Staff: unique index Staff_nip_key (nip) lacks "districtId"',
    ]);
  });

  it("refuse foreign keys Citus cannot keep", () => {
    const broken = withChange((catalog) => {
      catalog.foreignKeys = [
        fk({ name: "by_id", columns: ["puskesmasId"], referencedColumns: ["id"] }),
        fk({ name: "crossed", columns: ["districtId", "puskesmasId"] }),
        fk({ name: "cascade", onUpdate: "c" }),
        fk({ name: "set_null", onDelete: "n" }),
        fk({ name: "set_null_other", onDelete: "n", deleteSetColumns: ["puskesmasId"] }),
        fk({ name: "into_staff", table: "User", columns: ["id"], references: "Staff", referencedColumns: ["id"] }),
      ];
    });
    expect(citusViolations(broken, { classes })).toEqual([
      'Staff.by_id -> Facility: a foreign key between distributed tables must pair "districtId" with "districtId"',
      'Staff.crossed -> Facility: a foreign key between distributed tables must pair "districtId" with "districtId"',
      'Staff.cascade -> Facility: ON UPDATE CASCADE on a key with "districtId" (Citus refuses it)',
      'Staff.set_null -> Facility: ON DELETE SET NULL would change "districtId"',
      "User.into_staff -> Staff: a reference table may not point into a distributed table",
      "User: listed before Staff, which it points to (into_staff)",
    ]);
  });
});

/**
 * Where every table goes when the database is spread over Citus nodes: the ONE list
 * tests/integration/citus-readiness.test.ts checks the migrated schema against, and that
 * the README's Citus paragraph is generated from (`npx tsx scripts/citus-setup.ts`).
 * A new table must be added to exactly one of the three lists, or that test fails.
 *
 * - Distributed: district-owned rows, hash-distributed by "districtId" and co-located
 *   with Facility, so one district's rows (and every foreign key between them) stay on
 *   one node.
 * - Reference: small, national or user data, copied to every node. Foreign keys from
 *   distributed tables into them are allowed; from them into distributed tables, not.
 * - Coordinator: stays on the coordinator only, joined to nothing.
 */

export const DISTRIBUTION_COLUMN = "districtId";

/**
 * Reference tables, in creation order (a table after the tables it points to), with why.
 * Region, NipRegistry, FacilityCodeRegistry and AuditLog carry a "districtId" but are not
 * distributed by it (see their reasons).
 */
export const REFERENCE_TABLES: Readonly<Record<string, string>> = {
  Region: "the map: provinces and districts have no district (districtId is null), every district reads its neighbours",
  Cluster: "the five ILP clusters, national",
  ClusterUnit: "the clusters' units, national",
  StageChecklistItem: "the stage checklist, national",
  DataSet: "the monthly report forms, national",
  DataElement: "the monthly report figures, national",
  User: "accounts: a user may work in several districts, or none (national and province roles)",
  UserSession: "sessions of users",
  RoleAssignment: "the places a user's roles cover: national, a province, a district or a puskesmas",
  LoginThrottle: "failed sign-in counters, keyed by name and address",
  NipRegistry: "national NIP uniqueness: one NIP, one worker in one district, checked on every node",
  FacilityCodeRegistry: "national uniqueness of facility codes per type, checked on every node",
  AuditLog: "sign-ins and user management have no district (districtId is null); Citus distributes no null",
};

/**
 * Distributed tables, in creation order (the first is the co-location anchor; a table
 * after the tables it points to). `key` is given when the table's primary key in the
 * schema lacks "districtId": Prisma's client addresses these rows by `id` alone, so the
 * schema keeps that key, and the Citus set-up replaces it with `key` (the same columns
 * plus "districtId": no row valid today can break it; ids are random UUIDs).
 */
export const DISTRIBUTED_TABLES: Readonly<Record<string, { key?: readonly string[] }>> = {
  Facility: { key: ["id", "districtId"] },
  DistrictDataVersion: {},
  PuskesmasDesa: { key: ["puskesmasId", "desaId", "districtId"] },
  FacilityStageChange: { key: ["id", "districtId"] },
  EvidenceFile: { key: ["id", "districtId"] },
  Staff: { key: ["id", "districtId"] },
  ClusterAssignment: { key: ["id", "districtId"] },
  Kader: { key: ["id", "districtId"] },
  RolloutTarget: { key: ["id", "districtId"] },
  ReportedFigure: { key: ["id", "districtId"] },
  RecordCorrection: { key: ["id", "districtId"] },
  Activity: { key: ["id", "districtId"] },
  ActivityFacility: { key: ["activityId", "facilityId", "districtId"] },
  ActivityAttachment: { key: ["id", "districtId"] },
  ImportBatch: { key: ["id", "districtId"] },
  ImportBatchRow: { key: ["id", "districtId"] },
  DataCompleteness: { key: ["id", "districtId"] },
  ReportDueDay: { key: ["id", "districtId"] },
  MonthlyReport: { key: ["id", "districtId"] },
  ReportValue: { key: ["id", "districtId"] },
  DistrictOffice: { key: ["id", "districtId"] },
  PuskesmasHead: { key: ["id", "districtId"] },
  FacilityFigureSpan: {},
  DistrictFigureDelta: {},
  DistrictFigureSnapshot: {},
};

/** Tables that stay on the coordinator, with why. */
export const COORDINATOR_TABLES: Readonly<Record<string, string>> = {
  _prisma_migrations: "the migration ledger, read and written by the migration runner only",
};

const quoted = (name: string) => `"${name}"`;
const literal = (table: string) => `'${quoted(table)}'`;

/**
 * The statements that distribute a migrated database, in order: the primary keys first,
 * then the reference tables, then the distributed ones (co-located with the first).
 */
export function citusSetupStatements(): string[] {
  const distributed = Object.entries(DISTRIBUTED_TABLES);
  const anchor = distributed[0]![0];
  return [
    ...distributed.flatMap(([table, { key }]) =>
      key
        ? [
            `ALTER TABLE ${quoted(table)} DROP CONSTRAINT ${quoted(`${table}_pkey`)}, ADD CONSTRAINT ${quoted(`${table}_pkey`)} PRIMARY KEY (${key.map(quoted).join(", ")});`,
          ]
        : [],
    ),
    ...Object.keys(REFERENCE_TABLES).map((table) => `SELECT create_reference_table(${literal(table)});`),
    ...distributed.map(([table]) =>
      table === anchor
        ? `SELECT create_distributed_table(${literal(table)}, '${DISTRIBUTION_COLUMN}');`
        : `SELECT create_distributed_table(${literal(table)}, '${DISTRIBUTION_COLUMN}', colocate_with => ${literal(anchor)});`,
    ),
  ];
}

export const README_BEGIN =
  "<!-- citus-setup:begin (generated from lib/db/distribution.ts: npx tsx scripts/citus-setup.ts) -->";
export const README_END = "<!-- citus-setup:end -->";

/** The README's block: the statements, between the markers. */
export function citusReadmeBlock(): string {
  return [README_BEGIN, "", "```sql", ...citusSetupStatements(), "```", "", README_END].join("\n");
}

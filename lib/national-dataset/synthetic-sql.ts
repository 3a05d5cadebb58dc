// The synthetic part of the national dataset, generated inside PostgreSQL from
// the real regions and puskesmas already loaded. Every choice comes from
// pg_temp.rnd(key), an md5 of the seed and a stable key, so one seed always
// gives the same rows, and every row written here is flagged isSynthetic.

/** The date the generated history runs up to: fixed, so runs on different days agree. */
export const GENERATED_UNTIL = "2026-11-01";
/** The twelve months of synthetic monthly reports: the year before GENERATED_UNTIL. */
export const REPORT_MONTHS = { first: "2025-11-01", last: "2026-10-01" } as const;
/** No synthetic report is sent after this day (a later one is simply missing): the last month's stragglers. */
export const REPORTS_SENT_BY = "2026-11-25";

export function helperFunctions(seed: number): string[] {
  if (!Number.isSafeInteger(seed)) throw new Error("the seed must be an integer");
  return [
    `CREATE FUNCTION pg_temp.rnd(key text) RETURNS integer LANGUAGE sql IMMUTABLE
       AS $$ SELECT (('x' || substr(md5('${seed}:' || key), 1, 8))::bit(32)::int & 2147483647) $$`,
    `CREATE FUNCTION pg_temp.uid(key text) RETURNS uuid LANGUAGE sql IMMUTABLE
       AS $$ SELECT md5('pantau-national:${seed}:' || key)::uuid $$`,
  ];
}

const SYNTHETIC_NOTE = "'Data sintetis (generator skala nasional)'";
const STAGES = `ARRAY['BELUM','PERSIAPAN','UJI_COBA','MENERAPKAN']::"IlpStage"[]`;

// A facility's stage plan, as plain expressions PostgreSQL inlines (a function
// per row would be planned per row): the dates it would reach PERSIAPAN,
// UJI_COBA and MENERAPKAN, and how many of those steps it took by
// GENERATED_UNTIL (puskesmas get furthest, posyandu least).
const stageDates = (id: string) => {
  const d1 = `(DATE '2023-01-02' + pg_temp.rnd('d1:' || ${id}) % 720)`;
  return [
    d1,
    `(${d1} + 20 + pg_temp.rnd('d2:' || ${id}) % 180)`,
    `(${d1} + 60 + pg_temp.rnd('d2:' || ${id}) % 180 + pg_temp.rnd('d3:' || ${id}) % 240)`,
  ];
};
const stageSteps = (id: string, kind: string) =>
  `least((ARRAY[3,2,1,0])[width_bucket(pg_temp.rnd('stage:' || ${id}) % 100,
     CASE ${kind} WHEN 'PUSKESMAS' THEN ARRAY[0,50,70,85] WHEN 'PUSTU' THEN ARRAY[0,30,50,70] ELSE ARRAY[0,25,40,60] END)],
   ${stageDates(id)
     .map((date) => `(${date} <= DATE '${GENERATED_UNTIL}')::int`)
     .join(" + ")})`;

/** Columns currentStage and stageSince of facility `id` of `kind`, consistent with the history written later. */
const stageColumns = (id: string, kind: string) =>
  `(${STAGES})[1 + ${stageSteps(id, kind)}], (ARRAY[${stageDates(id).join(", ")}])[nullif(${stageSteps(id, kind)}, 0)]`;

/** Each step: a name for the log, and its statements. `$1` in staffing is the puskesmas given 80 staff. */
export const SYNTHETIC_STEPS: { name: string; sql: string[] }[] = [
  {
    name: "wilayah kerja (every desa served by a puskesmas of its kecamatan, else of its district)",
    sql: [
      `CREATE TEMP TABLE pk ON COMMIT DROP AS SELECT id, "districtId" AS district_id, "kecamatanId" AS kecamatan_id FROM "Facility" WHERE type = 'PUSKESMAS'`,
      `CREATE INDEX ON pk (kecamatan_id)`,
      `CREATE INDEX ON pk (district_id)`,
      `CREATE TEMP TABLE desa_home ON COMMIT DROP AS
       SELECT d.id AS desa_id, d."districtId" AS district_id, d."parentId" AS kecamatan_id, d.code, d.name,
              coalesce(
                (SELECT pk.id FROM pk WHERE pk.kecamatan_id = d."parentId" ORDER BY md5(pk.id::text || d.code) LIMIT 1),
                (SELECT pk.id FROM pk WHERE pk.district_id = d."districtId" ORDER BY md5(pk.id::text || d.code) LIMIT 1)
              ) AS puskesmas_id
       FROM "Region" d WHERE d.level = 'DESA'`,
      `INSERT INTO "PuskesmasDesa" ("districtId", "puskesmasId", "desaId", inferred)
       SELECT district_id, puskesmas_id, desa_id, true FROM desa_home WHERE puskesmas_id IS NOT NULL`,
    ],
  },
  {
    name: "pustu (about 36% of desa)",
    sql: [
      `INSERT INTO "Facility" (id, "districtId", type, code, name, "searchText", "kecamatanId", "desaId", "parentId", "currentStage", "stageSince", "isSynthetic")
       SELECT f.id, h.district_id, 'PUSTU', 'SIN-PUSTU-' || h.code, 'Pustu ' || h.name,
              lower('Pustu ' || h.name), h.kecamatan_id, h.desa_id, h.puskesmas_id, ${stageColumns("f.id", "'PUSTU'")}, true
       FROM desa_home h CROSS JOIN LATERAL (SELECT pg_temp.uid('pustu:' || h.code) AS id) f
       WHERE h.puskesmas_id IS NOT NULL AND pg_temp.rnd('pustu:' || h.code) % 100 < 36`,
    ],
  },
  {
    name: "posyandu (1–6 per desa, under the desa's pustu or else its puskesmas)",
    sql: [
      `INSERT INTO "Facility" (id, "districtId", type, code, name, "searchText", "kecamatanId", "desaId", "parentId", "currentStage", "stageSince", "isSynthetic")
       SELECT f.id, h.district_id, 'POSYANDU', 'SIN-POSY-' || h.code || '-' || n,
              'Posyandu ' || h.name || ' ' || n, lower('Posyandu ' || h.name || ' ' || n), h.kecamatan_id, h.desa_id,
              coalesce(pustu.id, h.puskesmas_id), ${stageColumns("f.id", "'POSYANDU'")}, true
       FROM desa_home h
       LEFT JOIN "Facility" pustu ON pustu.type = 'PUSTU' AND pustu."desaId" = h.desa_id
       CROSS JOIN LATERAL generate_series(1, 1 + pg_temp.rnd('posyandu:' || h.code) % 6) AS n
       CROSS JOIN LATERAL (SELECT pg_temp.uid('posyandu:' || h.code || ':' || n) AS id) f
       WHERE h.puskesmas_id IS NOT NULL`,
    ],
  },
  {
    name: "stage histories 2023–2026",
    sql: [
      `UPDATE "Facility" f SET ("currentStage", "stageSince") = (SELECT ${stageColumns("f.id", "'PUSKESMAS'")}) WHERE type = 'PUSKESMAS'`,
      `INSERT INTO "FacilityStageChange" (id, "districtId", "facilityId", "fromStage", "toStage", "effectiveDate", note, source, "isSynthetic")
       SELECT pg_temp.uid('change:' || f.id || ':' || step), f."districtId", f.id, (${STAGES})[step], (${STAGES})[step + 1],
              (ARRAY[${stageDates("f.id").join(", ")}])[step], ${SYNTHETIC_NOTE}, 'sintetis', true
       FROM "Facility" f CROSS JOIN LATERAL generate_series(1, ${stageSteps("f.id", "f.type::text")}) AS step`,
    ],
  },
  {
    name: "staff (10–31 per puskesmas, 80 at the benchmark's puskesmas; 1–2 posted at each pustu)",
    sql: [
      `INSERT INTO "Staff" (id, "districtId", "puskesmasId", name, profession, "employmentStatus", posting, "isSynthetic")
       SELECT pg_temp.uid('staff:' || p.id || ':' || n), p."districtId", p.id, 'Nakes Sintetis ' || lpad(n::text, 2, '0'),
              (ARRAY['DOKTER','BIDAN','PERAWAT','BIDAN','PERAWAT','AHLI_GIZI','SANITARIAN','PROMKES','DOKTER_GIGI','ATLM',
                     'APOTEKER','BIDAN','PERAWAT','ADMINISTRASI','TENAGA_TEKNIS_KEFARMASIAN','EPIDEMIOLOG','PERAWAT_GIGI',
                     'DOKTER','BIDAN','PERAWAT']::"Profession"[])[1 + (n - 1) % 20],
              (ARRAY['PNS','PNS','PNS','PNS','PNS','PPPK','PPPK','KONTRAK','KONTRAK','HONORER']::"EmploymentStatus"[])[1 + pg_temp.rnd('status:' || p.id || ':' || n) % 10],
              'PUSKESMAS', true
       FROM "Facility" p
       CROSS JOIN LATERAL generate_series(1, CASE WHEN p.id = $1::uuid THEN 80 ELSE 10 + pg_temp.rnd('staff:' || p.id) % 22 END) AS n
       WHERE p.type = 'PUSKESMAS'`,
      `INSERT INTO "Staff" (id, "districtId", "puskesmasId", name, profession, "employmentStatus", posting, "pustuId", "isSynthetic")
       SELECT pg_temp.uid('staff:' || p.id || ':' || n), p."districtId", p."parentId", 'Nakes Pustu Sintetis ' || n,
              (ARRAY['PERAWAT','BIDAN']::"Profession"[])[n], 'PNS', 'PUSTU_MENETAP', p.id, true
       FROM "Facility" p CROSS JOIN LATERAL generate_series(1, 1 + pg_temp.rnd('pustu-staff:' || p.id) % 2) AS n
       WHERE p.type = 'PUSTU'`,
    ],
  },
  {
    name: "cluster assignments (about 85% of staff; the first of each cluster coordinates)",
    sql: [
      `INSERT INTO "ClusterAssignment" (id, "districtId", "staffId", "clusterId", "clusterUnitId", role, "effectiveFrom", "isSynthetic")
       SELECT pg_temp.uid('assignment:' || s.id), s."districtId", s.id, c.cluster_id, c.unit_id, 'ANGGOTA',
              DATE '2024-01-02' + pg_temp.rnd('assigned:' || s.id) % 600, true
       FROM "Staff" s
       CROSS JOIN LATERAL (SELECT CASE s.profession
           WHEN 'ADMINISTRASI' THEN 1 WHEN 'BIDAN' THEN 2 WHEN 'AHLI_GIZI' THEN 2 WHEN 'PROMKES' THEN 3
           WHEN 'SANITARIAN' THEN 4 WHEN 'EPIDEMIOLOG' THEN 4
           WHEN 'DOKTER' THEN 3 + pg_temp.rnd('cluster:' || s.id) % 2 WHEN 'PERAWAT' THEN 3 + pg_temp.rnd('cluster:' || s.id) % 2
           ELSE 5 END AS cluster_id,
         CASE s.profession WHEN 'DOKTER_GIGI' THEN 51 WHEN 'PERAWAT_GIGI' THEN 51 WHEN 'ATLM' THEN 54
           WHEN 'APOTEKER' THEN 55 WHEN 'TENAGA_TEKNIS_KEFARMASIAN' THEN 55 END AS unit_id) c
       WHERE pg_temp.rnd('assign:' || s.id) % 100 < 85`,
      `UPDATE "ClusterAssignment" a SET role = 'PENANGGUNG_JAWAB'
       FROM (SELECT DISTINCT ON (s."puskesmasId", a."clusterId") a.id
             FROM "ClusterAssignment" a JOIN "Staff" s ON s.id = a."staffId"
             ORDER BY s."puskesmasId", a."clusterId", s.name) first
       WHERE a.id = first.id`,
    ],
  },
  {
    name: "kader (1–6 per posyandu; 60% purwa, 30% madya, 10% utama)",
    sql: [
      `INSERT INTO "Kader" (id, "districtId", "posyanduId", name, level, competencies, "isSynthetic")
       SELECT pg_temp.uid('kader:' || p.id || ':' || n), p."districtId", p.id, 'Kader Sintetis ' || n, lv.level,
              CASE lv.level WHEN 'PURWA' THEN '{PENGELOLAAN_POSYANDU,BAYI_BALITA}'::"KaderCompetency"[]
                            WHEN 'MADYA' THEN '{PENGELOLAAN_POSYANDU,BAYI_BALITA,IBU_HAMIL_MENYUSUI}'::"KaderCompetency"[]
                            ELSE '{PENGELOLAAN_POSYANDU,BAYI_BALITA,IBU_HAMIL_MENYUSUI,USIA_SEKOLAH_REMAJA,DEWASA_LANSIA}'::"KaderCompetency"[] END,
              true
       FROM "Facility" p
       CROSS JOIN LATERAL generate_series(1, 1 + pg_temp.rnd('kader:' || p.id) % 6) AS n
       CROSS JOIN LATERAL (SELECT (ARRAY['PURWA','PURWA','PURWA','PURWA','PURWA','PURWA','MADYA','MADYA','MADYA','UTAMA']::"KaderLevel"[])
                                  [1 + pg_temp.rnd('kader-level:' || p.id || ':' || n) % 10] AS level) lv
       WHERE p.type = 'POSYANDU'`,
    ],
  },
  {
    name: "targets for every district (2025 puskesmas, 2026 pustu, posyandu and desa with pustu)",
    sql: [
      `INSERT INTO "RolloutTarget" (id, "districtId", year, kind, "targetCount", deadline, note, source, "isSynthetic")
       SELECT pg_temp.uid('target:' || t.district_id || ':' || t.kind), t.district_id, t.year, t.kind::"TargetKind", greatest(1, t.target),
              make_date(t.year, 12, 31), 'Target sintetis', 'sintetis', true
       FROM (
         SELECT "districtId" AS district_id, 2025 AS year, 'PUSKESMAS_MENERAPKAN' AS kind, count(*) FILTER (WHERE type = 'PUSKESMAS') AS target FROM "Facility" GROUP BY 1
         UNION ALL SELECT "districtId", 2026, 'PUSTU_MENERAPKAN', ceil(0.8 * count(*) FILTER (WHERE type = 'PUSTU')) FROM "Facility" GROUP BY 1
         UNION ALL SELECT "districtId", 2026, 'POSYANDU_MENERAPKAN', ceil(0.7 * count(*) FILTER (WHERE type = 'POSYANDU')) FROM "Facility" GROUP BY 1
         UNION ALL SELECT "districtId", 2026, 'DESA_DENGAN_PUSTU', ceil(0.5 * count(*)) FROM "Region" WHERE level = 'DESA' GROUP BY 1
       ) t`,
    ],
  },
  {
    name: "activities (3–10 per district, 2024–2026)",
    sql: [
      `INSERT INTO "Activity" (id, "districtId", type, title, date, "participantCount", source, "isSynthetic")
       SELECT pg_temp.uid('activity:' || d.id || ':' || n), d.id,
              (ARRAY['SOSIALISASI','PELATIHAN','KAJI_BANDING','PENYULUHAN']::"ActivityType"[])[1 + (n - 1) % 4],
              'Kegiatan sintetis ' || n, DATE '2024-01-02' + pg_temp.rnd('activity-date:' || d.id || ':' || n) % 1030,
              10 + pg_temp.rnd('participants:' || d.id || ':' || n) % 90, 'sintetis', true
       FROM "Region" d CROSS JOIN LATERAL generate_series(1, 3 + pg_temp.rnd('activities:' || d.id) % 8) AS n
       WHERE d.level = 'KABUPATEN'`,
    ],
  },
  {
    name: "monthly reports, 12 months (gaps, late and returned reports; about 8 values each)",
    sql: [
      // Each puskesmas has a reliability: most report nearly always, some often miss, a few mostly miss.
      // Per month: missing (by reliability), draft 3%, returned 2%, submitted and not yet reviewed
      // (40% in the last two months, else 5%), approved otherwise. Late: 10/30/60% by reliability.
      `CREATE TEMP TABLE synthetic_report ON COMMIT DROP AS
       SELECT pg_temp.uid('report:' || p.id || ':' || to_char(m.first, 'YYYY-MM')) AS id, p.id AS puskesmas_id,
              p."districtId" AS district_id, to_char(m.first, 'YYYY-MM') AS period, m.first::date AS first,
              m.first >= DATE '${REPORT_MONTHS.last}' - interval '1 month' AS recent,
              pg_temp.rnd('report:' || p.id || ':' || to_char(m.first, 'YYYY-MM')) % 100 AS r,
              pg_temp.rnd('late:' || p.id || ':' || to_char(m.first, 'YYYY-MM')) AS late,
              CASE WHEN pg_temp.rnd('reliability:' || p.id) % 100 < 70 THEN 0
                   WHEN pg_temp.rnd('reliability:' || p.id) % 100 < 90 THEN 1 ELSE 2 END AS reliability
       FROM "Facility" p
       CROSS JOIN generate_series(DATE '${REPORT_MONTHS.first}', DATE '${REPORT_MONTHS.last}', interval '1 month') AS m(first)
       WHERE p.type = 'PUSKESMAS'`,
      `INSERT INTO "MonthlyReport" (id, "districtId", "puskesmasId", "dataSetId", period, status, "firstSubmittedAt", "submittedAt",
                                   "reviewedAt", "reviewComment", "isSynthetic", "createdAt", "updatedAt")
       SELECT s.id, s.district_id, s.puskesmas_id, ds.id, s.period, x.status::"ReportStatus",
              CASE WHEN x.status <> 'DRAFT' THEN x.sent END, CASE WHEN x.status <> 'DRAFT' THEN x.sent END,
              CASE WHEN x.status IN ('APPROVED', 'RETURNED') THEN x.sent + (2 + s.late % 9) * interval '1 day' END,
              CASE WHEN x.status = 'RETURNED' THEN 'Data sintetis: mohon periksa kembali.' END, true,
              coalesce(x.sent, (s.first + interval '1 month') AT TIME ZONE 'UTC'), coalesce(x.sent, (s.first + interval '1 month') AT TIME ZONE 'UTC')
       FROM synthetic_report s
       CROSS JOIN (SELECT id FROM "DataSet" ORDER BY "createdAt", id LIMIT 1) ds
       CROSS JOIN LATERAL (SELECT (s.first + interval '1 month' + interval '2 hours' +
           CASE WHEN s.late % 100 < (ARRAY[10, 30, 60])[s.reliability + 1] THEN 10 + (s.late / 100) % 30 ELSE (s.late / 100) % 10 END
           * interval '1 day') AT TIME ZONE 'UTC' AS sent, (ARRAY[4, 15, 45])[s.reliability + 1] AS gap) t
       CROSS JOIN LATERAL (SELECT t.sent,
           CASE WHEN s.r < t.gap THEN NULL
                WHEN s.r < t.gap + 3 THEN 'DRAFT'
                WHEN t.sent > TIMESTAMPTZ '${REPORTS_SENT_BY} 00:00:00+00' THEN NULL
                WHEN s.r < t.gap + 5 THEN 'RETURNED'
                WHEN s.r < t.gap + 5 + CASE WHEN s.recent THEN 40 ELSE 5 END THEN 'SUBMITTED'
                ELSE 'APPROVED' END AS status) x
       WHERE x.status IS NOT NULL`,
      // Required elements always, optional ones half the time (a draft: 60% of those); numbers steady per puskesmas.
      `INSERT INTO "ReportValue" (id, "districtId", "reportId", "elementId", value)
       SELECT pg_temp.uid('value:' || r.id || ':' || e.code), r."districtId", r.id, e.id,
              CASE e."valueType"
                WHEN 'YES_NO' THEN CASE WHEN k.k % 100 < 85 THEN 'true' ELSE 'false' END
                WHEN 'TEXT' THEN 'Catatan sintetis'
                WHEN 'PERCENT' THEN least(coalesce(e.max, 100), greatest(coalesce(e.min, 0), 40 + k.k % 61))::int::text
                ELSE least(coalesce(e.max, 100000), greatest(coalesce(e.min, 0), CASE e.code
                  WHEN 'ILP_POSYANDU_TOTAL' THEN k.posyandu
                  WHEN 'ILP_POSYANDU_AKTIF' THEN k.posyandu * (60 + k.k % 41) / 100
                  WHEN 'ILP_KUNJUNGAN_RUMAH' THEN 20 + k.base % 200 + k.k % 40
                  WHEN 'ILP_PUSTU_HARI_BUKA' THEN 14 + k.k % 13
                  ELSE 1 + k.base % 12 + k.k % 3 END))::int::text
              END
       FROM "MonthlyReport" r
       JOIN "DataElement" e ON e."dataSetId" = r."dataSetId" AND e."retiredAt" IS NULL
       CROSS JOIN LATERAL (SELECT pg_temp.rnd('value:' || r.id || ':' || e.code) AS k,
           pg_temp.rnd('base:' || r."puskesmasId" || ':' || e.code) AS base,
           8 + pg_temp.rnd('posyandu-base:' || r."puskesmasId") % 40 AS posyandu) k
       WHERE r."isSynthetic" AND (e.required OR (k.k / 100) % 100 < 50)
         AND (r.status <> 'DRAFT' OR (k.k / 10000) % 100 < 60)`,
    ],
  },
];

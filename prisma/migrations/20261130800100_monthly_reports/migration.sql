-- CreateEnum
CREATE TYPE "PeriodType" AS ENUM ('MONTHLY');

-- CreateEnum
CREATE TYPE "ValueType" AS ENUM ('INTEGER', 'PERCENT', 'YES_NO', 'TEXT');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED');


-- CreateTable
CREATE TABLE "DataSet" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" VARCHAR(32) NOT NULL,
    "nameId" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "periodType" "PeriodType" NOT NULL DEFAULT 'MONTHLY',
    "dueDay" INTEGER NOT NULL DEFAULT 10,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataElement" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "dataSetId" UUID NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "nameId" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "valueType" "ValueType" NOT NULL,
    "min" DECIMAL(12,2),
    "max" DECIMAL(12,2),
    "required" BOOLEAN NOT NULL DEFAULT false,
    "clusterId" INTEGER,
    "definition" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "headline" BOOLEAN NOT NULL DEFAULT false,
    "retiredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataElement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportDueDay" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "districtId" UUID NOT NULL,
    "dataSetId" UUID NOT NULL,
    "dueDay" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportDueDay_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonthlyReport" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "districtId" UUID NOT NULL,
    "puskesmasId" UUID NOT NULL,
    "dataSetId" UUID NOT NULL,
    "period" CHAR(7) NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "firstSubmittedAt" TIMESTAMPTZ(3),
    "submittedAt" TIMESTAMPTZ(3),
    "submittedById" UUID,
    "reviewedAt" TIMESTAMPTZ(3),
    "reviewedById" UUID,
    "reviewComment" TEXT,
    "reopenReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MonthlyReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportValue" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "districtId" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "elementId" UUID NOT NULL,
    "value" TEXT NOT NULL,
    "explanation" TEXT,

    CONSTRAINT "ReportValue_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DataSet_code_key" ON "DataSet"("code");

-- CreateIndex
CREATE INDEX "DataElement_dataSetId_retiredAt_idx" ON "DataElement"("dataSetId", "retiredAt");

-- CreateIndex
CREATE UNIQUE INDEX "DataElement_dataSetId_code_version_key" ON "DataElement"("dataSetId", "code", "version");

-- CreateIndex
CREATE UNIQUE INDEX "ReportDueDay_districtId_dataSetId_key" ON "ReportDueDay"("districtId", "dataSetId");

-- CreateIndex
CREATE INDEX "MonthlyReport_districtId_period_idx" ON "MonthlyReport"("districtId", "period");

-- CreateIndex
CREATE UNIQUE INDEX "MonthlyReport_puskesmasId_dataSetId_period_key" ON "MonthlyReport"("puskesmasId", "dataSetId", "period");

-- CreateIndex
CREATE UNIQUE INDEX "MonthlyReport_id_districtId_key" ON "MonthlyReport"("id", "districtId");

-- CreateIndex
CREATE INDEX "ReportValue_elementId_idx" ON "ReportValue"("elementId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportValue_reportId_elementId_key" ON "ReportValue"("reportId", "elementId");

-- AddForeignKey
ALTER TABLE "DataElement" ADD CONSTRAINT "DataElement_dataSetId_fkey" FOREIGN KEY ("dataSetId") REFERENCES "DataSet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataElement" ADD CONSTRAINT "DataElement_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportDueDay" ADD CONSTRAINT "ReportDueDay_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportDueDay" ADD CONSTRAINT "ReportDueDay_dataSetId_fkey" FOREIGN KEY ("dataSetId") REFERENCES "DataSet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyReport" ADD CONSTRAINT "MonthlyReport_puskesmasId_districtId_fkey" FOREIGN KEY ("puskesmasId", "districtId") REFERENCES "Facility"("id", "districtId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyReport" ADD CONSTRAINT "MonthlyReport_dataSetId_fkey" FOREIGN KEY ("dataSetId") REFERENCES "DataSet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportValue" ADD CONSTRAINT "ReportValue_reportId_districtId_fkey" FOREIGN KEY ("reportId", "districtId") REFERENCES "MonthlyReport"("id", "districtId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportValue" ADD CONSTRAINT "ReportValue_elementId_fkey" FOREIGN KEY ("elementId") REFERENCES "DataElement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written: a petugas data (DATA_OFFICER) holds the role for one puskesmas, like a head.
ALTER TABLE "RoleAssignment" DROP CONSTRAINT "ck_role_place";
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "ck_role_place" CHECK (
  ("role" = 'NATIONAL_ADMIN' AND "regionId" IS NULL AND "puskesmasId" IS NULL) OR
  ("role" IN ('PROVINCE_OFFICIAL', 'DINKES_ADMIN', 'DINKES_PLANNER') AND "regionId" IS NOT NULL AND "puskesmasId" IS NULL) OR
  ("role" IN ('PUSKESMAS_HEAD', 'DATA_OFFICER') AND "puskesmasId" IS NOT NULL) OR
  ("role" = 'VIEWER' AND ("regionId" IS NOT NULL OR "puskesmasId" IS NOT NULL))
);

-- The rules the columns keep, whoever writes.
ALTER TABLE "DataSet" ADD CONSTRAINT "ck_data_set_due_day" CHECK ("dueDay" BETWEEN 1 AND 28);
ALTER TABLE "ReportDueDay" ADD CONSTRAINT "ck_report_due_day" CHECK ("dueDay" BETWEEN 1 AND 28);
ALTER TABLE "DataElement"
  ADD CONSTRAINT "ck_data_element_code" CHECK ("code" ~ '^[A-Z][A-Z0-9_]{1,31}$'),
  ADD CONSTRAINT "ck_data_element_limits" CHECK ("min" IS NULL OR "max" IS NULL OR "min" <= "max");
ALTER TABLE "MonthlyReport"
  ADD CONSTRAINT "ck_monthly_report_period" CHECK ("period" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  ADD CONSTRAINT "ck_monthly_report_returned_comment" CHECK ("status" <> 'RETURNED' OR length(btrim(coalesce("reviewComment", "reopenReason", ''))) > 0),
  ADD CONSTRAINT "ck_monthly_report_submitted" CHECK ("status" = 'DRAFT' OR "firstSubmittedAt" IS NOT NULL);
ALTER TABLE "ReportValue" ADD CONSTRAINT "ck_report_value_length" CHECK (length("value") <= 200 AND ("explanation" IS NULL OR length("explanation") <= 500));

-- Reference data: every signed-in user reads the data sets; only the service (national admin) changes them.
GRANT SELECT, INSERT, UPDATE ON "DataSet", "DataElement" TO pantau_app;

-- District data: read within the scope; a puskesmas' own writers (head, petugas data) write its reports,
-- district-level writers (planners) review them; every change audited and raising the district's data version.
GRANT SELECT, INSERT, UPDATE, DELETE ON "ReportDueDay", "MonthlyReport", "ReportValue" TO pantau_app;
DO $$
DECLARE
  district_read constant text := '"districtId" = ANY ((SELECT app_setting_uuids(''app.read_district_ids''))::uuid[]) OR (SELECT app_reads_all_districts())';
  district_write constant text := '"districtId" = ANY ((SELECT app_setting_uuids(''app.write_district_ids''))::uuid[])';
  mine constant text := '(SELECT app_setting_uuids(''app.write_puskesmas_ids''))::uuid[]';
  t record;
  predicate text;
BEGIN
  FOR t IN
    SELECT * FROM (VALUES
      ('ReportDueDay', NULL),
      ('MonthlyReport', '"puskesmasId" = ANY (' || mine || ')'),
      ('ReportValue', 'EXISTS (SELECT 1 FROM "MonthlyReport" r WHERE r.id = "reportId" AND r."puskesmasId" = ANY (' || mine || '))')
    ) AS v(tbl, puskesmas_write)
  LOOP
    predicate := CASE WHEN t.puskesmas_write IS NULL THEN district_write ELSE format('((%s) OR (%s))', district_write, t.puskesmas_write) END;
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.tbl);
    EXECUTE format('CREATE POLICY rls_read ON %I FOR SELECT TO pantau_app USING (%s)', t.tbl, district_read);
    EXECUTE format('CREATE POLICY rls_insert ON %I FOR INSERT TO pantau_app WITH CHECK (%s)', t.tbl, predicate);
    EXECUTE format('CREATE POLICY rls_update ON %I FOR UPDATE TO pantau_app USING (%s) WITH CHECK (%s)', t.tbl, predicate, predicate);
    EXECUTE format('CREATE POLICY rls_delete ON %I FOR DELETE TO pantau_app USING (%s)', t.tbl, predicate);
    EXECUTE format('CREATE TRIGGER audit_change AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION audit_district_change()', t.tbl);
    EXECUTE format('CREATE TRIGGER district_version_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_district_version_new()', t.tbl);
    EXECUTE format('CREATE TRIGGER district_version_update AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_district_version_new()', t.tbl);
    EXECUTE format('CREATE TRIGGER district_version_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_district_version_old()', t.tbl);
  END LOOP;
END $$;

-- The five clusters (also written by the seed, which skips rows already there): the elements name their cluster.
INSERT INTO "Cluster" ("id", "code", "name", "nameEn") VALUES
  (1, 'K1', 'Klaster 1 – Manajemen', 'Cluster 1 – Management'),
  (2, 'K2', 'Klaster 2 – Ibu dan Anak', 'Cluster 2 – Mothers and Children'),
  (3, 'K3', 'Klaster 3 – Usia Dewasa dan Lansia', 'Cluster 3 – Adults and Elderly'),
  (4, 'K4', 'Klaster 4 – Penanggulangan Penyakit Menular', 'Cluster 4 – Communicable Disease Control'),
  (5, 'K5', 'Klaster 5 – Lintas Klaster', 'Cluster 5 – Cross-cluster Services')
ON CONFLICT DO NOTHING;

-- The example data set, built from the concepts of ILP (shared/domain/ilp.md). It is an example to adapt to the
-- Juknis, never an official Kemenkes instrument: the name says so, and so does every source line.
INSERT INTO "DataSet" ("id", "code", "nameId", "nameEn", "isExample", "dueDay") VALUES
  ('6d1c3a52-0b7e-4f7a-9a51-2f3c4d5e6f70', 'ILP_BULANAN', 'Laporan bulanan ILP (contoh — sesuaikan dengan Juknis)', 'Monthly ILP report (example — adapt to the Juknis)', true, 10);
INSERT INTO "DataElement" ("dataSetId", "code", "nameId", "nameEn", "valueType", "min", "max", "required", "clusterId", "definition", "source", "sortOrder", "headline") VALUES
  ('6d1c3a52-0b7e-4f7a-9a51-2f3c4d5e6f70', 'ILP_POSYANDU_AKTIF', 'Posyandu yang menyelenggarakan layanan siklus hidup bulan ini', 'Posyandu holding a life-cycle service session this month', 'INTEGER', 0, NULL, true, 1,
   'Jumlah posyandu di wilayah kerja yang mengadakan sedikitnya satu hari buka layanan siklus hidup dalam bulan ini.',
   'Contoh: posyandu memberi paket layanan per siklus hidup (Juknis ILP, KMK HK.01.07/MENKES/2015/2023); sesuaikan dengan Juknis.', 10, true),
  ('6d1c3a52-0b7e-4f7a-9a51-2f3c4d5e6f70', 'ILP_POSYANDU_TOTAL', 'Seluruh posyandu di wilayah kerja', 'All posyandu in the service area', 'INTEGER', 0, NULL, true, 1,
   'Jumlah posyandu yang tercatat di wilayah kerja puskesmas pada akhir bulan (penyebut posyandu aktif).',
   'Contoh: register posyandu puskesmas; sesuaikan dengan Juknis.', 20, true),
  ('6d1c3a52-0b7e-4f7a-9a51-2f3c4d5e6f70', 'ILP_KUNJUNGAN_RUMAH', 'Kunjungan rumah yang dilakukan', 'Home visits made', 'INTEGER', 0, NULL, true, 1,
   'Jumlah kunjungan rumah oleh kader atau tenaga kesehatan dalam bulan ini.',
   'Contoh: kunjungan rumah bagian pemantauan ILP (Juknis ILP, bab pencatatan dan pelaporan); sesuaikan dengan Juknis.', 30, true),
  ('6d1c3a52-0b7e-4f7a-9a51-2f3c4d5e6f70', 'ILP_LOKMIN', 'Lokakarya mini dilaksanakan', 'Lokakarya mini held', 'YES_NO', NULL, NULL, true, 1,
   'Apakah lokakarya mini puskesmas dilaksanakan dalam bulan ini.',
   'Contoh: manajemen puskesmas (Klaster 1); sesuaikan dengan Juknis.', 40, true),
  ('6d1c3a52-0b7e-4f7a-9a51-2f3c4d5e6f70', 'ILP_PUSTU_HARI_BUKA', 'Rata-rata hari buka pustu', 'Average days each pustu was open', 'INTEGER', 0, 31, false, 1,
   'Jumlah hari buka seluruh pustu dalam bulan ini dibagi jumlah pustu, dibulatkan.',
   'Contoh: pustu melayani semua siklus hidup di desa (Permenkes 19/2024); sesuaikan dengan Juknis.', 50, false),
  ('6d1c3a52-0b7e-4f7a-9a51-2f3c4d5e6f70', 'ILP_DESA_PWS', 'Desa dengan papan PWS diperbarui', 'Desa whose PWS board was updated', 'INTEGER', 0, NULL, false, 1,
   'Jumlah desa/kelurahan yang papan Pemantauan Wilayah Setempat (PWS)-nya diperbarui bulan ini.',
   'Contoh: dasbor PWS per desa/kelurahan (Juknis ILP); sesuaikan dengan Juknis.', 60, false),
  ('6d1c3a52-0b7e-4f7a-9a51-2f3c4d5e6f70', 'ILP_STAF_K1', 'Tenaga yang bekerja di Klaster 1', 'Staff working in Klaster 1', 'INTEGER', 0, NULL, false, 1,
   'Jumlah tenaga yang ditempatkan di klaster ini pada akhir bulan.', 'Contoh: papan klaster puskesmas; sesuaikan dengan Juknis.', 71, false),
  ('6d1c3a52-0b7e-4f7a-9a51-2f3c4d5e6f70', 'ILP_STAF_K2', 'Tenaga yang bekerja di Klaster 2', 'Staff working in Klaster 2', 'INTEGER', 0, NULL, false, 2,
   'Jumlah tenaga yang ditempatkan di klaster ini pada akhir bulan.', 'Contoh: papan klaster puskesmas; sesuaikan dengan Juknis.', 72, false),
  ('6d1c3a52-0b7e-4f7a-9a51-2f3c4d5e6f70', 'ILP_STAF_K3', 'Tenaga yang bekerja di Klaster 3', 'Staff working in Klaster 3', 'INTEGER', 0, NULL, false, 3,
   'Jumlah tenaga yang ditempatkan di klaster ini pada akhir bulan.', 'Contoh: papan klaster puskesmas; sesuaikan dengan Juknis.', 73, false),
  ('6d1c3a52-0b7e-4f7a-9a51-2f3c4d5e6f70', 'ILP_STAF_K4', 'Tenaga yang bekerja di Klaster 4', 'Staff working in Klaster 4', 'INTEGER', 0, NULL, false, 4,
   'Jumlah tenaga yang ditempatkan di klaster ini pada akhir bulan.', 'Contoh: papan klaster puskesmas; sesuaikan dengan Juknis.', 74, false),
  ('6d1c3a52-0b7e-4f7a-9a51-2f3c4d5e6f70', 'ILP_STAF_K5', 'Tenaga yang bekerja di Klaster 5', 'Staff working in Klaster 5', 'INTEGER', 0, NULL, false, 5,
   'Jumlah tenaga yang ditempatkan di klaster ini pada akhir bulan.', 'Contoh: papan klaster puskesmas; sesuaikan dengan Juknis.', 75, false),
  ('6d1c3a52-0b7e-4f7a-9a51-2f3c4d5e6f70', 'ILP_CATATAN', 'Catatan pelaksanaan ILP', 'Notes on running ILP', 'TEXT', NULL, NULL, false, 1,
   'Kendala atau catatan singkat pelaksanaan ILP bulan ini.', 'Contoh: isian bebas; sesuaikan dengan Juknis.', 90, false);

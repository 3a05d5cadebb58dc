-- CreateTable
CREATE TABLE "DistrictFigureSnapshot" (
    "districtId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "version" BIGINT NOT NULL,
    "rows" JSONB NOT NULL,
    "computedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DistrictFigureSnapshot_pkey" PRIMARY KEY ("districtId","key")
);


-- Derived data: no audit trigger, and no district data version (storing a snapshot must not
-- invalidate it). Whoever may read a district may store and prune its computed figures, which
-- are the same for every reader of the district (row-level security filters whole districts).
GRANT SELECT, INSERT, UPDATE, DELETE ON "DistrictFigureSnapshot" TO pantau_app;
ALTER TABLE "DistrictFigureSnapshot" ENABLE ROW LEVEL SECURITY;
CREATE POLICY rls_read ON "DistrictFigureSnapshot" FOR SELECT TO pantau_app
  USING ("districtId" = ANY ((SELECT app_setting_uuids('app.read_district_ids'))::uuid[]) OR (SELECT app_reads_all_districts()));
CREATE POLICY rls_store ON "DistrictFigureSnapshot" FOR INSERT TO pantau_app
  WITH CHECK ("districtId" = ANY ((SELECT app_setting_uuids('app.read_district_ids'))::uuid[]) OR (SELECT app_reads_all_districts()));
CREATE POLICY rls_restore ON "DistrictFigureSnapshot" FOR UPDATE TO pantau_app
  USING ("districtId" = ANY ((SELECT app_setting_uuids('app.read_district_ids'))::uuid[]) OR (SELECT app_reads_all_districts()))
  WITH CHECK ("districtId" = ANY ((SELECT app_setting_uuids('app.read_district_ids'))::uuid[]) OR (SELECT app_reads_all_districts()));
CREATE POLICY rls_prune ON "DistrictFigureSnapshot" FOR DELETE TO pantau_app
  USING ("districtId" = ANY ((SELECT app_setting_uuids('app.read_district_ids'))::uuid[]) OR (SELECT app_reads_all_districts()));

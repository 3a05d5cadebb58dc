-- A version per district, raised by every statement that writes the district's
-- data. Cached figures (lib/indicators/cache.ts: the comparisons and the district
-- dashboard) are keyed by it, so an app
-- instance never serves figures another instance has changed: it reads the
-- versions first, and anything written since misses the cache.
CREATE TABLE "DistrictDataVersion" (
    "districtId" UUID NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 1,

    CONSTRAINT "DistrictDataVersion_pkey" PRIMARY KEY ("districtId")
);
GRANT SELECT ON "DistrictDataVersion" TO pantau_app;
-- Like every district-owned table: the app reads the versions of the districts in its scope only.
ALTER TABLE "DistrictDataVersion" ENABLE ROW LEVEL SECURITY;
CREATE POLICY rls_read ON "DistrictDataVersion" FOR SELECT TO pantau_app
  USING ("districtId" = ANY ((SELECT app_setting_uuids('app.read_district_ids'))::uuid[]) OR (SELECT app_reads_all_districts()));

-- Statement-level, from the transition tables: one upsert per statement and district,
-- however many rows a bulk import writes. SECURITY DEFINER: the app role may read
-- the versions but never set them itself.
CREATE FUNCTION bump_district_version_new() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO "DistrictDataVersion" AS v ("districtId")
  SELECT DISTINCT "districtId" FROM new_rows WHERE "districtId" IS NOT NULL
  ON CONFLICT ("districtId") DO UPDATE SET version = v.version + 1;
  RETURN NULL;
END $$;

CREATE FUNCTION bump_district_version_old() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO "DistrictDataVersion" AS v ("districtId")
  SELECT DISTINCT "districtId" FROM old_rows WHERE "districtId" IS NOT NULL
  ON CONFLICT ("districtId") DO UPDATE SET version = v.version + 1;
  RETURN NULL;
END $$;

DO $$
DECLARE
  district_table text;
BEGIN
  FOREACH district_table IN ARRAY ARRAY[
    'Region', 'Facility', 'FacilityStageChange', 'Staff', 'ClusterAssignment', 'Kader', 'RolloutTarget', 'ReportedFigure', 'Activity'
  ] LOOP
    EXECUTE format('CREATE TRIGGER district_version_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_district_version_new()', district_table);
    EXECUTE format('CREATE TRIGGER district_version_update AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_district_version_new()', district_table);
    EXECUTE format('CREATE TRIGGER district_version_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_district_version_old()', district_table);
  END LOOP;
END $$;

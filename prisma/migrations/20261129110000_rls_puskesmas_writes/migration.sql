-- Row-level security per puskesmas for writes. Until now a puskesmas head's
-- district was in app.write_district_ids, so the database let a head write any
-- puskesmas of the district; only the app's checks kept them to their own.
-- Now the app sets app.write_district_ids for district-level writers (planners)
-- only, and app.write_puskesmas_ids for puskesmas-level writers (heads), both
-- derived from the permission table (lib/auth/permissions.ts). A head may write:
--   Staff, ImportBatch             whose puskesmasId is theirs;
--   ClusterAssignment              of their puskesmas' staff;
--   ImportBatchRow                 of their puskesmas' import batches;
--   FacilityStageChange, EvidenceFile  of their pustu and posyandu (not of the puskesmas itself);
--   Facility (UPDATE only)         their pustu and posyandu, and their puskesmas' own row
--                                  (the cluster board's version lives there).
-- Every other district table stays writable by district-level writers only.

-- The puskesmas a pustu or posyandu belongs to (its parent, or its pustu's parent);
-- NULL for a puskesmas itself. Runs with the caller's rights, so it sees only readable rows.
CREATE FUNCTION app_network_puskesmas(facility uuid) RETURNS uuid
  LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN f.type = 'PUSKESMAS' THEN NULL WHEN p.type = 'PUSKESMAS' THEN p.id ELSE p."parentId" END
      FROM "Facility" f LEFT JOIN "Facility" p ON p.id = f."parentId"
     WHERE f.id = facility
  $$;

DO $$
DECLARE
  district_write constant text := '"districtId" = ANY ((SELECT app_setting_uuids(''app.write_district_ids''))::uuid[])';
  mine constant text := '(SELECT app_setting_uuids(''app.write_puskesmas_ids''))::uuid[]';
  head_write record;
  predicate text;
BEGIN
  FOR head_write IN
    SELECT * FROM (VALUES
      ('Staff', '"puskesmasId" = ANY (' || mine || ')', true),
      ('ImportBatch', '"puskesmasId" = ANY (' || mine || ')', true),
      ('ClusterAssignment', 'EXISTS (SELECT 1 FROM "Staff" s WHERE s.id = "staffId" AND s."puskesmasId" = ANY (' || mine || '))', true),
      ('ImportBatchRow', 'EXISTS (SELECT 1 FROM "ImportBatch" b WHERE b.id = "batchId" AND b."puskesmasId" = ANY (' || mine || '))', true),
      ('FacilityStageChange', 'app_network_puskesmas("facilityId") = ANY (' || mine || ')', true),
      ('EvidenceFile', 'EXISTS (SELECT 1 FROM "FacilityStageChange" c WHERE c.id = "stageChangeId" AND app_network_puskesmas(c."facilityId") = ANY (' || mine || '))', false),
      ('Facility', '(id = ANY (' || mine || ') OR app_network_puskesmas(id) = ANY (' || mine || '))', true)
    ) AS t(tbl, head_predicate, has_update)
  LOOP
    predicate := format('((%s) OR (%s))', district_write, head_write.head_predicate);
    IF head_write.tbl = 'Facility' THEN
      EXECUTE format('ALTER POLICY rls_update ON %I USING (%s) WITH CHECK (%s)', head_write.tbl, predicate, predicate);
      CONTINUE;
    END IF;
    EXECUTE format('ALTER POLICY rls_insert ON %I WITH CHECK (%s)', head_write.tbl, predicate);
    EXECUTE format('ALTER POLICY rls_delete ON %I USING (%s)', head_write.tbl, predicate);
    IF head_write.has_update THEN
      EXECUTE format('ALTER POLICY rls_update ON %I USING (%s) WITH CHECK (%s)', head_write.tbl, predicate, predicate);
    END IF;
  END LOOP;
END $$;

-- A puskesmas head proposes a stage for their own puskesmas (issue 13): the
-- per-puskesmas backstop (20261129110000_rls_puskesmas_writes) lets heads write
-- only their pustu's and posyandu's stage changes, so it also lets them insert a
-- *proposal* for the puskesmas itself, with its evidence. Verifying, returning,
-- correcting and voiding stay with district-level writers (planners).
ALTER POLICY rls_insert ON "FacilityStageChange" WITH CHECK (
  "districtId" = ANY ((SELECT app_setting_uuids('app.write_district_ids'))::uuid[])
  OR app_network_puskesmas("facilityId") = ANY ((SELECT app_setting_uuids('app.write_puskesmas_ids'))::uuid[])
  OR ("status" = 'PROPOSED' AND "facilityId" = ANY ((SELECT app_setting_uuids('app.write_puskesmas_ids'))::uuid[]))
);

ALTER POLICY rls_insert ON "EvidenceFile" WITH CHECK (
  "districtId" = ANY ((SELECT app_setting_uuids('app.write_district_ids'))::uuid[])
  OR EXISTS (
    SELECT 1 FROM "FacilityStageChange" c
    WHERE c.id = "stageChangeId"
      AND (app_network_puskesmas(c."facilityId") = ANY ((SELECT app_setting_uuids('app.write_puskesmas_ids'))::uuid[])
        OR (c."status" = 'PROPOSED' AND c."facilityId" = ANY ((SELECT app_setting_uuids('app.write_puskesmas_ids'))::uuid[])))
  )
);

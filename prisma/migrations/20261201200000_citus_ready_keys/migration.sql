-- Citus readiness (lib/db/distribution.ts, tests/integration/citus-readiness.test.ts): every unique key of a
-- table distributed by "districtId" must include "districtId", and a reference table may not point into a
-- distributed one. Three global rules change shape, none changes meaning:
--   * Staff(nip) and Facility(type, code) become unique with "districtId"; national uniqueness moves to two
--     small reference tables, NipRegistry and FacilityCodeRegistry, kept by statement triggers in the writing
--     transaction (a NIP or code held in another district fails there, as a unique violation, as before).
--   * PuskesmasDesa(desaId), MonthlyReport(puskesmasId, dataSetId, period) and ReportValue(reportId, elementId)
--     gain "districtId": the desa, the puskesmas and the report each fix the district (composite foreign keys),
--     so the rule is the same.
--   * RoleAssignment(puskesmasId, regionId) -> Facility(id, districtId) becomes a pair of triggers.

-- The registries.
CREATE TABLE "NipRegistry" (
    "nip" VARCHAR(18) NOT NULL,
    "districtId" UUID NOT NULL,
    "staffId" UUID NOT NULL,

    CONSTRAINT "NipRegistry_pkey" PRIMARY KEY ("nip")
);
CREATE INDEX "NipRegistry_districtId_idx" ON "NipRegistry"("districtId");

CREATE TABLE "FacilityCodeRegistry" (
    "type" "FacilityType" NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "districtId" UUID NOT NULL,
    "facilityId" UUID NOT NULL,

    CONSTRAINT "FacilityCodeRegistry_pkey" PRIMARY KEY ("type","code")
);
CREATE INDEX "FacilityCodeRegistry_districtId_idx" ON "FacilityCodeRegistry"("districtId");

-- Backfill: the old global unique indexes guarantee no duplicates.
INSERT INTO "NipRegistry" ("nip", "districtId", "staffId")
  SELECT "nip", "districtId", "id" FROM "Staff" WHERE "nip" IS NOT NULL;
INSERT INTO "FacilityCodeRegistry" ("type", "code", "districtId", "facilityId")
  SELECT "type", "code", "districtId", "id" FROM "Facility";

-- The keys, now with the shard key (leading columns unchanged, so lookups keep their index).
DROP INDEX "Facility_type_code_key";
DROP INDEX "PuskesmasDesa_desaId_key";
DROP INDEX "Staff_nip_key";
DROP INDEX "MonthlyReport_puskesmasId_dataSetId_period_key";
DROP INDEX "ReportValue_reportId_elementId_key";
CREATE UNIQUE INDEX "Facility_type_code_districtId_key" ON "Facility"("type", "code", "districtId");
CREATE UNIQUE INDEX "PuskesmasDesa_desaId_districtId_key" ON "PuskesmasDesa"("desaId", "districtId");
CREATE UNIQUE INDEX "Staff_nip_districtId_key" ON "Staff"("nip", "districtId");
CREATE UNIQUE INDEX "MonthlyReport_puskesmasId_dataSetId_period_districtId_key" ON "MonthlyReport"("puskesmasId", "dataSetId", "period", "districtId");
CREATE UNIQUE INDEX "ReportValue_reportId_elementId_districtId_key" ON "ReportValue"("reportId", "elementId", "districtId");

-- Kept by statement triggers from the transition tables: one insert and one delete per statement, however
-- many rows a bulk import or the national generator writes. Old keys go first, so a statement may swap two
-- NIPs. SECURITY DEFINER: the app role reads the registries (within its scope) but never writes them.
CREATE FUNCTION nip_registry_insert() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO "NipRegistry" ("nip", "districtId", "staffId")
    SELECT n."nip", n."districtId", n."id" FROM new_rows n WHERE n."nip" IS NOT NULL;
  RETURN NULL;
END $$;

CREATE FUNCTION nip_registry_update() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  DELETE FROM "NipRegistry" r USING old_rows o JOIN new_rows n ON n."id" = o."id"
   WHERE r."nip" = o."nip" AND r."staffId" = o."id"
     AND (n."nip" IS DISTINCT FROM o."nip" OR n."districtId" <> o."districtId");
  INSERT INTO "NipRegistry" ("nip", "districtId", "staffId")
    SELECT n."nip", n."districtId", n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
     WHERE n."nip" IS NOT NULL AND (n."nip" IS DISTINCT FROM o."nip" OR n."districtId" <> o."districtId");
  RETURN NULL;
END $$;

CREATE FUNCTION nip_registry_delete() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  DELETE FROM "NipRegistry" r USING old_rows o WHERE r."nip" = o."nip" AND r."staffId" = o."id";
  RETURN NULL;
END $$;

CREATE TRIGGER nip_registry_insert AFTER INSERT ON "Staff"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION nip_registry_insert();
CREATE TRIGGER nip_registry_update AFTER UPDATE ON "Staff"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION nip_registry_update();
CREATE TRIGGER nip_registry_delete AFTER DELETE ON "Staff"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION nip_registry_delete();

CREATE FUNCTION facility_code_registry_insert() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO "FacilityCodeRegistry" ("type", "code", "districtId", "facilityId")
    SELECT n."type", n."code", n."districtId", n."id" FROM new_rows n;
  RETURN NULL;
END $$;

CREATE FUNCTION facility_code_registry_update() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  DELETE FROM "FacilityCodeRegistry" r USING old_rows o JOIN new_rows n ON n."id" = o."id"
   WHERE r."type" = o."type" AND r."code" = o."code" AND r."facilityId" = o."id"
     AND (n."type" <> o."type" OR n."code" <> o."code" OR n."districtId" <> o."districtId");
  INSERT INTO "FacilityCodeRegistry" ("type", "code", "districtId", "facilityId")
    SELECT n."type", n."code", n."districtId", n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
     WHERE n."type" <> o."type" OR n."code" <> o."code" OR n."districtId" <> o."districtId";
  RETURN NULL;
END $$;

CREATE FUNCTION facility_code_registry_delete() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  DELETE FROM "FacilityCodeRegistry" r USING old_rows o
   WHERE r."type" = o."type" AND r."code" = o."code" AND r."facilityId" = o."id";
  RETURN NULL;
END $$;

CREATE TRIGGER facility_code_registry_insert AFTER INSERT ON "Facility"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION facility_code_registry_insert();
CREATE TRIGGER facility_code_registry_update AFTER UPDATE ON "Facility"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION facility_code_registry_update();
CREATE TRIGGER facility_code_registry_delete AFTER DELETE ON "Facility"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION facility_code_registry_delete();

-- Like every table with a "districtId": the app role sees its scope's rows only, and writes none.
GRANT SELECT ON "NipRegistry", "FacilityCodeRegistry" TO pantau_app;
ALTER TABLE "NipRegistry" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "FacilityCodeRegistry" ENABLE ROW LEVEL SECURITY;
CREATE POLICY rls_read ON "NipRegistry" FOR SELECT TO pantau_app
  USING ("districtId" = ANY ((SELECT app_setting_uuids('app.read_district_ids'))::uuid[]) OR (SELECT app_reads_all_districts()));
CREATE POLICY rls_read ON "FacilityCodeRegistry" FOR SELECT TO pantau_app
  USING ("districtId" = ANY ((SELECT app_setting_uuids('app.read_district_ids'))::uuid[]) OR (SELECT app_reads_all_districts()));

-- "Held in another district" reads the registries: one index lookup per key on every node, no fan-out.
CREATE OR REPLACE FUNCTION import_keys_held_elsewhere(entity text, keys text[], district uuid) RETURNS SETOF text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT r.type::text || ':' || r.code FROM "FacilityCodeRegistry" r
     WHERE entity = 'Facility' AND r.type::text || ':' || r.code = ANY (keys) AND r."districtId" <> district
    UNION ALL
    SELECT r.nip FROM "NipRegistry" r
     WHERE entity = 'Staff' AND r.nip = ANY (keys) AND r."districtId" <> district
  $$;

-- RoleAssignment is reference data (users and their roles, on every node); Facility is distributed. The
-- composite foreign key becomes two triggers with the same rule and the same error (foreign_key_violation).
ALTER TABLE "RoleAssignment" DROP CONSTRAINT "RoleAssignment_puskesmasId_regionId_fkey";

CREATE FUNCTION role_assignment_puskesmas_exists() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF NEW."puskesmasId" IS NOT NULL AND NEW."regionId" IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM "Facility" f WHERE f."id" = NEW."puskesmasId" AND f."districtId" = NEW."regionId"
  ) THEN
    RAISE EXCEPTION 'RoleAssignment: puskesmas % is not a facility of district %', NEW."puskesmasId", NEW."regionId"
      USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'RoleAssignment_puskesmasId_regionId_fkey';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER role_assignment_puskesmas_exists BEFORE INSERT OR UPDATE OF "puskesmasId", "regionId" ON "RoleAssignment"
  FOR EACH ROW EXECUTE FUNCTION role_assignment_puskesmas_exists();

CREATE FUNCTION facility_role_assignments_restrict() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM old_rows o JOIN "RoleAssignment" r ON r."puskesmasId" = o."id" AND r."regionId" = o."districtId") THEN
    RAISE EXCEPTION 'Facility: still named by a role assignment'
      USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'RoleAssignment_puskesmasId_regionId_fkey';
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER facility_role_assignments_restrict AFTER DELETE ON "Facility"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION facility_role_assignments_restrict();

-- A facility's id and district never change in the app; if they did, its role assignments would follow,
-- as the foreign key's ON UPDATE CASCADE made them.
CREATE FUNCTION facility_role_assignments_follow() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF NEW."id" <> OLD."id" OR NEW."districtId" <> OLD."districtId" THEN
    UPDATE "RoleAssignment" SET "puskesmasId" = NEW."id", "regionId" = NEW."districtId"
     WHERE "puskesmasId" = OLD."id" AND "regionId" = OLD."districtId";
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER facility_role_assignments_follow AFTER UPDATE OF "id", "districtId" ON "Facility"
  FOR EACH ROW EXECUTE FUNCTION facility_role_assignments_follow();

-- Citus refuses ON UPDATE CASCADE on a foreign key that holds "districtId" (the shard key never changes,
-- and ids never change in the app): every such key becomes ON UPDATE NO ACTION, its ON DELETE unchanged.
ALTER TABLE "Facility" DROP CONSTRAINT "Facility_kecamatanId_districtId_fkey";
ALTER TABLE "Facility" DROP CONSTRAINT "Facility_desaId_districtId_fkey";
ALTER TABLE "Facility" DROP CONSTRAINT "Facility_parentId_districtId_fkey";
ALTER TABLE "PuskesmasDesa" DROP CONSTRAINT "PuskesmasDesa_puskesmasId_districtId_fkey";
ALTER TABLE "PuskesmasDesa" DROP CONSTRAINT "PuskesmasDesa_desaId_districtId_fkey";
ALTER TABLE "FacilityStageChange" DROP CONSTRAINT "FacilityStageChange_facilityId_districtId_fkey";
ALTER TABLE "FacilityStageChange" DROP CONSTRAINT "FacilityStageChange_correctsId_districtId_fkey";
ALTER TABLE "Staff" DROP CONSTRAINT "Staff_puskesmasId_districtId_fkey";
ALTER TABLE "Staff" DROP CONSTRAINT "Staff_pustuId_districtId_fkey";
ALTER TABLE "ClusterAssignment" DROP CONSTRAINT "ClusterAssignment_staffId_districtId_fkey";
ALTER TABLE "RolloutTarget" DROP CONSTRAINT "RolloutTarget_districtId_fkey";
ALTER TABLE "ReportedFigure" DROP CONSTRAINT "ReportedFigure_districtId_fkey";
ALTER TABLE "RecordCorrection" DROP CONSTRAINT "RecordCorrection_districtId_fkey";
ALTER TABLE "ActivityAttachment" DROP CONSTRAINT "ActivityAttachment_activityId_districtId_fkey";
ALTER TABLE "ActivityFacility" DROP CONSTRAINT "ActivityFacility_activityId_districtId_fkey";
ALTER TABLE "ActivityFacility" DROP CONSTRAINT "ActivityFacility_facilityId_districtId_fkey";
ALTER TABLE "Kader" DROP CONSTRAINT "Kader_posyanduId_districtId_fkey";
ALTER TABLE "EvidenceFile" DROP CONSTRAINT "EvidenceFile_stageChangeId_districtId_fkey";
ALTER TABLE "ImportBatch" DROP CONSTRAINT "ImportBatch_puskesmasId_districtId_fkey";
ALTER TABLE "ImportBatchRow" DROP CONSTRAINT "ImportBatchRow_batchId_districtId_fkey";
ALTER TABLE "DataCompleteness" DROP CONSTRAINT "DataCompleteness_districtId_fkey";
ALTER TABLE "ReportDueDay" DROP CONSTRAINT "ReportDueDay_districtId_fkey";
ALTER TABLE "MonthlyReport" DROP CONSTRAINT "MonthlyReport_puskesmasId_districtId_fkey";
ALTER TABLE "ReportValue" DROP CONSTRAINT "ReportValue_reportId_districtId_fkey";
ALTER TABLE "Facility" ADD CONSTRAINT "Facility_kecamatanId_districtId_fkey" FOREIGN KEY ("kecamatanId", "districtId") REFERENCES "Region"("id", "districtId") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "Facility" ADD CONSTRAINT "Facility_desaId_districtId_fkey" FOREIGN KEY ("desaId", "districtId") REFERENCES "Region"("id", "districtId") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "Facility" ADD CONSTRAINT "Facility_parentId_districtId_fkey" FOREIGN KEY ("parentId", "districtId") REFERENCES "Facility"("id", "districtId") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "PuskesmasDesa" ADD CONSTRAINT "PuskesmasDesa_puskesmasId_districtId_fkey" FOREIGN KEY ("puskesmasId", "districtId") REFERENCES "Facility"("id", "districtId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "PuskesmasDesa" ADD CONSTRAINT "PuskesmasDesa_desaId_districtId_fkey" FOREIGN KEY ("desaId", "districtId") REFERENCES "Region"("id", "districtId") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "FacilityStageChange" ADD CONSTRAINT "FacilityStageChange_facilityId_districtId_fkey" FOREIGN KEY ("facilityId", "districtId") REFERENCES "Facility"("id", "districtId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "FacilityStageChange" ADD CONSTRAINT "FacilityStageChange_correctsId_districtId_fkey" FOREIGN KEY ("correctsId", "districtId") REFERENCES "FacilityStageChange"("id", "districtId") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "Staff" ADD CONSTRAINT "Staff_puskesmasId_districtId_fkey" FOREIGN KEY ("puskesmasId", "districtId") REFERENCES "Facility"("id", "districtId") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "Staff" ADD CONSTRAINT "Staff_pustuId_districtId_fkey" FOREIGN KEY ("pustuId", "districtId") REFERENCES "Facility"("id", "districtId") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "ClusterAssignment" ADD CONSTRAINT "ClusterAssignment_staffId_districtId_fkey" FOREIGN KEY ("staffId", "districtId") REFERENCES "Staff"("id", "districtId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "RolloutTarget" ADD CONSTRAINT "RolloutTarget_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "ReportedFigure" ADD CONSTRAINT "ReportedFigure_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "RecordCorrection" ADD CONSTRAINT "RecordCorrection_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "ActivityAttachment" ADD CONSTRAINT "ActivityAttachment_activityId_districtId_fkey" FOREIGN KEY ("activityId", "districtId") REFERENCES "Activity"("id", "districtId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "ActivityFacility" ADD CONSTRAINT "ActivityFacility_activityId_districtId_fkey" FOREIGN KEY ("activityId", "districtId") REFERENCES "Activity"("id", "districtId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "ActivityFacility" ADD CONSTRAINT "ActivityFacility_facilityId_districtId_fkey" FOREIGN KEY ("facilityId", "districtId") REFERENCES "Facility"("id", "districtId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "Kader" ADD CONSTRAINT "Kader_posyanduId_districtId_fkey" FOREIGN KEY ("posyanduId", "districtId") REFERENCES "Facility"("id", "districtId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_stageChangeId_districtId_fkey" FOREIGN KEY ("stageChangeId", "districtId") REFERENCES "FacilityStageChange"("id", "districtId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_puskesmasId_districtId_fkey" FOREIGN KEY ("puskesmasId", "districtId") REFERENCES "Facility"("id", "districtId") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "ImportBatchRow" ADD CONSTRAINT "ImportBatchRow_batchId_districtId_fkey" FOREIGN KEY ("batchId", "districtId") REFERENCES "ImportBatch"("id", "districtId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "DataCompleteness" ADD CONSTRAINT "DataCompleteness_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "ReportDueDay" ADD CONSTRAINT "ReportDueDay_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "MonthlyReport" ADD CONSTRAINT "MonthlyReport_puskesmasId_districtId_fkey" FOREIGN KEY ("puskesmasId", "districtId") REFERENCES "Facility"("id", "districtId") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "ReportValue" ADD CONSTRAINT "ReportValue_reportId_districtId_fkey" FOREIGN KEY ("reportId", "districtId") REFERENCES "MonthlyReport"("id", "districtId") ON DELETE CASCADE ON UPDATE NO ACTION;

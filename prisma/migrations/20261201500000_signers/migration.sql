-- AlterTable
ALTER TABLE "Facility" ADD COLUMN     "headStaffId" UUID;

-- CreateTable
CREATE TABLE "DistrictOffice" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "districtId" UUID NOT NULL,
    "officeName" TEXT,
    "place" TEXT,
    "headName" TEXT,
    "headNip" VARCHAR(18),
    "headTitle" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DistrictOffice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DistrictOffice_districtId_key" ON "DistrictOffice"("districtId");

-- CreateIndex
CREATE INDEX "Facility_headStaffId_idx" ON "Facility"("headStaffId");

-- AddForeignKey
ALTER TABLE "Facility" ADD CONSTRAINT "Facility_headStaffId_districtId_fkey" FOREIGN KEY ("headStaffId", "districtId") REFERENCES "Staff"("id", "districtId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DistrictOffice" ADD CONSTRAINT "DistrictOffice_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;



-- Hand-written: who signs (issue 15). Only a puskesmas has a head; the head must be one of its own staff
-- (the composite key keeps them in the district; the service keeps them in the puskesmas and the page shows
-- a head who has since moved or left as not chosen).
ALTER TABLE "Facility" ADD CONSTRAINT "ck_facility_head_puskesmas" CHECK ("headStaffId" IS NULL OR "type" = 'PUSKESMAS');
ALTER TABLE "DistrictOffice"
  ADD CONSTRAINT "ck_district_office_nip" CHECK ("headNip" IS NULL OR "headNip" ~ '^[0-9]{18}$'),
  ADD CONSTRAINT "ck_district_office_length" CHECK (
    coalesce(length("officeName"), 0) <= 200 AND coalesce(length("place"), 0) <= 100
    AND coalesce(length("headName"), 0) <= 120 AND coalesce(length("headTitle"), 0) <= 200
  );

-- District data: read within the scope; written by district-level writers (planners) and by the district's
-- admins (app.office_district_ids, the districts where the user holds "office.write"); audited, raising the
-- district's data version.
GRANT SELECT, INSERT, UPDATE ON "DistrictOffice" TO pantau_app;
DO $$
DECLARE
  district_read constant text := '"districtId" = ANY ((SELECT app_setting_uuids(''app.read_district_ids''))::uuid[]) OR (SELECT app_reads_all_districts())';
  predicate constant text := '"districtId" = ANY ((SELECT app_setting_uuids(''app.write_district_ids''))::uuid[]) OR "districtId" = ANY ((SELECT app_setting_uuids(''app.office_district_ids''))::uuid[])';
BEGIN
  ALTER TABLE "DistrictOffice" ENABLE ROW LEVEL SECURITY;
  EXECUTE format('CREATE POLICY rls_read ON "DistrictOffice" FOR SELECT TO pantau_app USING (%s)', district_read);
  EXECUTE format('CREATE POLICY rls_insert ON "DistrictOffice" FOR INSERT TO pantau_app WITH CHECK (%s)', predicate);
  EXECUTE format('CREATE POLICY rls_update ON "DistrictOffice" FOR UPDATE TO pantau_app USING (%s) WITH CHECK (%s)', predicate, predicate);
  EXECUTE format('CREATE POLICY rls_delete ON "DistrictOffice" FOR DELETE TO pantau_app USING (%s)', predicate);
  CREATE TRIGGER audit_change AFTER INSERT OR UPDATE OR DELETE ON "DistrictOffice" FOR EACH ROW EXECUTE FUNCTION audit_district_change();
  CREATE TRIGGER district_version_insert AFTER INSERT ON "DistrictOffice" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_district_version_new();
  CREATE TRIGGER district_version_update AFTER UPDATE ON "DistrictOffice" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_district_version_new();
  CREATE TRIGGER district_version_delete AFTER DELETE ON "DistrictOffice" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_district_version_old();
END $$;

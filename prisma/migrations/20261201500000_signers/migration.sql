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

-- CreateTable
CREATE TABLE "PuskesmasHead" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "districtId" UUID NOT NULL,
    "puskesmasId" UUID NOT NULL,
    "staffId" UUID NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PuskesmasHead_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DistrictOffice_districtId_key" ON "DistrictOffice"("districtId");

-- CreateIndex
CREATE INDEX "PuskesmasHead_staffId_idx" ON "PuskesmasHead"("staffId");

-- CreateIndex
CREATE UNIQUE INDEX "PuskesmasHead_puskesmasId_districtId_key" ON "PuskesmasHead"("puskesmasId", "districtId");

-- AddForeignKey
ALTER TABLE "DistrictOffice" ADD CONSTRAINT "DistrictOffice_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "PuskesmasHead" ADD CONSTRAINT "PuskesmasHead_puskesmasId_districtId_fkey" FOREIGN KEY ("puskesmasId", "districtId") REFERENCES "Facility"("id", "districtId") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "PuskesmasHead" ADD CONSTRAINT "PuskesmasHead_staffId_districtId_fkey" FOREIGN KEY ("staffId", "districtId") REFERENCES "Staff"("id", "districtId") ON DELETE CASCADE ON UPDATE NO ACTION;



-- Hand-written: who signs (issue 15). The head of a puskesmas is one of its own staff: the composite keys keep both
-- in the district, the service keeps the staff member in the puskesmas, and the pages show a head who has since
-- moved or left as not chosen.
ALTER TABLE "DistrictOffice"
  ADD CONSTRAINT "ck_district_office_nip" CHECK ("headNip" IS NULL OR "headNip" ~ '^[0-9]{18}$'),
  ADD CONSTRAINT "ck_district_office_length" CHECK (
    coalesce(length("officeName"), 0) <= 200 AND coalesce(length("place"), 0) <= 100
    AND coalesce(length("headName"), 0) <= 120 AND coalesce(length("headTitle"), 0) <= 200
  );

-- District data: read within the scope; audited, raising the district's data version. DistrictOffice is written
-- by district-level writers (planners) and by the district's admins (app.office_district_ids: the districts where
-- the user holds "office.write"); PuskesmasHead by planners and by the puskesmas' own head.
GRANT SELECT, INSERT, UPDATE ON "DistrictOffice" TO pantau_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON "PuskesmasHead" TO pantau_app;
DO $$
DECLARE
  district_read constant text := '"districtId" = ANY ((SELECT app_setting_uuids(''app.read_district_ids''))::uuid[]) OR (SELECT app_reads_all_districts())';
  district_write constant text := '"districtId" = ANY ((SELECT app_setting_uuids(''app.write_district_ids''))::uuid[])';
  t record;
  predicate text;
BEGIN
  FOR t IN
    SELECT * FROM (VALUES
      ('DistrictOffice', '"districtId" = ANY ((SELECT app_setting_uuids(''app.office_district_ids''))::uuid[])'),
      ('PuskesmasHead', '"puskesmasId" = ANY ((SELECT app_setting_uuids(''app.write_puskesmas_ids''))::uuid[])')
    ) AS v(tbl, other_write)
  LOOP
    predicate := format('((%s) OR (%s))', district_write, t.other_write);
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

-- CreateEnum
CREATE TYPE "DataArea" AS ENUM ('PUSKESMAS', 'PUSTU', 'POSYANDU', 'STAGES', 'ROSTERS', 'KADER', 'ACTIVITIES');

-- CreateTable
CREATE TABLE "DataCompleteness" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "districtId" UUID NOT NULL,
    "area" "DataArea" NOT NULL,
    "completeAsOf" DATE NOT NULL,
    "note" TEXT,
    "declaredById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataCompleteness_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DataCompleteness_districtId_area_key" ON "DataCompleteness"("districtId", "area");

-- AddForeignKey
ALTER TABLE "DataCompleteness" ADD CONSTRAINT "DataCompleteness_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataCompleteness" ADD CONSTRAINT "DataCompleteness_declaredById_fkey" FOREIGN KEY ("declaredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: a declaration is district data like any other: the app role
-- reads and writes it within its scope, every change is audited, and a change
-- raises the district's data version (the figures cache keys on it).
ALTER TABLE "DataCompleteness" ADD CONSTRAINT "ck_data_completeness_note" CHECK ("note" IS NULL OR length("note") <= 500);
GRANT SELECT, INSERT, UPDATE, DELETE ON "DataCompleteness" TO pantau_app;
ALTER TABLE "DataCompleteness" ENABLE ROW LEVEL SECURITY;
CREATE POLICY rls_read ON "DataCompleteness" FOR SELECT TO pantau_app
  USING ("districtId" = ANY ((SELECT app_setting_uuids('app.read_district_ids'))::uuid[]) OR (SELECT app_reads_all_districts()));
CREATE POLICY rls_insert ON "DataCompleteness" FOR INSERT TO pantau_app
  WITH CHECK ("districtId" = ANY ((SELECT app_setting_uuids('app.write_district_ids'))::uuid[]));
CREATE POLICY rls_update ON "DataCompleteness" FOR UPDATE TO pantau_app
  USING ("districtId" = ANY ((SELECT app_setting_uuids('app.write_district_ids'))::uuid[]))
  WITH CHECK ("districtId" = ANY ((SELECT app_setting_uuids('app.write_district_ids'))::uuid[]));
CREATE POLICY rls_delete ON "DataCompleteness" FOR DELETE TO pantau_app
  USING ("districtId" = ANY ((SELECT app_setting_uuids('app.write_district_ids'))::uuid[]));
CREATE TRIGGER audit_change AFTER INSERT OR UPDATE OR DELETE ON "DataCompleteness" FOR EACH ROW EXECUTE FUNCTION audit_district_change();
CREATE TRIGGER district_version_insert AFTER INSERT ON "DataCompleteness" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_district_version_new();
CREATE TRIGGER district_version_update AFTER UPDATE ON "DataCompleteness" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_district_version_new();
CREATE TRIGGER district_version_delete AFTER DELETE ON "DataCompleteness" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_district_version_old();

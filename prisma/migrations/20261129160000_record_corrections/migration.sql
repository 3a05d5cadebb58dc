-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('PLANNED', 'DONE');

-- CreateEnum
CREATE TYPE "CorrectedEntity" AS ENUM ('ACTIVITY', 'TARGET');

-- CreateEnum
CREATE TYPE "CorrectionKind" AS ENUM ('CORRECTED', 'VOIDED');

-- AlterTable
ALTER TABLE "RolloutTarget" ADD COLUMN     "voidedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "status" "ActivityStatus" NOT NULL DEFAULT 'DONE',
ADD COLUMN     "voidedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "RecordCorrection" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "districtId" UUID NOT NULL,
    "entity" "CorrectedEntity" NOT NULL,
    "recordId" UUID NOT NULL,
    "kind" "CorrectionKind" NOT NULL,
    "reason" TEXT NOT NULL,
    "previous" JSONB NOT NULL,
    "actorId" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecordCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RecordCorrection_districtId_entity_recordId_idx" ON "RecordCorrection"("districtId", "entity", "recordId");

-- AddForeignKey
ALTER TABLE "RecordCorrection" ADD CONSTRAINT "RecordCorrection_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordCorrection" ADD CONSTRAINT "RecordCorrection_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written. A correction always says why.
ALTER TABLE "RecordCorrection" ADD CONSTRAINT "ck_record_correction_reason" CHECK (length(btrim("reason")) > 0);
-- A voided record stays voided: the app never clears voidedAt (nothing is deleted or undone silently).

-- Corrections are district data, append-only for the app: read and insert within the scope, never update or delete.
GRANT SELECT, INSERT ON "RecordCorrection" TO pantau_app;
ALTER TABLE "RecordCorrection" ENABLE ROW LEVEL SECURITY;
CREATE POLICY rls_read ON "RecordCorrection" FOR SELECT TO pantau_app
  USING ("districtId" = ANY ((SELECT app_setting_uuids('app.read_district_ids'))::uuid[]) OR (SELECT app_reads_all_districts()));
CREATE POLICY rls_insert ON "RecordCorrection" FOR INSERT TO pantau_app
  WITH CHECK ("districtId" = ANY ((SELECT app_setting_uuids('app.write_district_ids'))::uuid[])
              AND "actorId" IS NOT DISTINCT FROM NULLIF(current_setting('app.user_id', true), '')::uuid);
CREATE TRIGGER audit_change AFTER INSERT OR UPDATE OR DELETE ON "RecordCorrection" FOR EACH ROW EXECUTE FUNCTION audit_district_change();

-- CreateEnum
CREATE TYPE "StageChangeStatus" AS ENUM ('PROPOSED', 'VERIFIED', 'RETURNED');

-- CreateEnum
CREATE TYPE "StageRetraction" AS ENUM ('CORRECTED', 'VOIDED');

-- CreateEnum
CREATE TYPE "DecreeIssuer" AS ENUM ('BUPATI', 'KEPALA_DINAS');

-- AlterTable
ALTER TABLE "FacilityStageChange" ADD COLUMN     "checklist" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "correctsId" UUID,
ADD COLUMN     "decreeDate" DATE,
ADD COLUMN     "decreeIssuer" "DecreeIssuer",
ADD COLUMN     "decreeNumber" TEXT,
ADD COLUMN     "retractedAs" "StageRetraction",
ADD COLUMN     "retractedAt" TIMESTAMPTZ(3),
ADD COLUMN     "retractedById" UUID,
ADD COLUMN     "retractionReason" TEXT,
ADD COLUMN     "reviewNote" TEXT,
ADD COLUMN     "reviewedAt" TIMESTAMPTZ(3),
ADD COLUMN     "reviewedById" UUID,
ADD COLUMN     "status" "StageChangeStatus" NOT NULL DEFAULT 'VERIFIED';

-- CreateTable
CREATE TABLE "StageChecklistItem" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" VARCHAR(40) NOT NULL,
    "stage" "IlpStage" NOT NULL,
    "facilityType" "FacilityType" NOT NULL DEFAULT 'PUSKESMAS',
    "labelId" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "source" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StageChecklistItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StageChecklistItem_code_key" ON "StageChecklistItem"("code");

-- CreateIndex
CREATE INDEX "StageChecklistItem_facilityType_stage_sortOrder_idx" ON "StageChecklistItem"("facilityType", "stage", "sortOrder");

-- CreateIndex
CREATE INDEX "FacilityStageChange_districtId_status_idx" ON "FacilityStageChange"("districtId", "status");

-- AddForeignKey
ALTER TABLE "FacilityStageChange" ADD CONSTRAINT "FacilityStageChange_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FacilityStageChange" ADD CONSTRAINT "FacilityStageChange_retractedById_fkey" FOREIGN KEY ("retractedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- AddForeignKey
ALTER TABLE "FacilityStageChange" ADD CONSTRAINT "FacilityStageChange_correctsId_districtId_fkey" FOREIGN KEY ("correctsId", "districtId") REFERENCES "FacilityStageChange"("id", "districtId") ON DELETE NO ACTION ON UPDATE CASCADE;

-- Hand-written: the rules the columns must keep, whoever writes.
ALTER TABLE "FacilityStageChange"
  ADD CONSTRAINT "ck_stage_change_returned_reason" CHECK ("status" <> 'RETURNED' OR length(btrim(coalesce("reviewNote", ''))) > 0),
  ADD CONSTRAINT "ck_stage_change_retraction" CHECK (
    ("retractedAs" IS NULL AND "retractedAt" IS NULL AND "retractionReason" IS NULL)
    OR ("retractedAs" IS NOT NULL AND "retractedAt" IS NOT NULL AND length(btrim(coalesce("retractionReason", ''))) > 0 AND "status" = 'VERIFIED')),
  ADD CONSTRAINT "ck_stage_change_decree" CHECK (("decreeIssuer" IS NULL) = ("decreeNumber" IS NULL) AND ("decreeIssuer" IS NULL) = ("decreeDate" IS NULL)),
  ADD CONSTRAINT "ck_stage_change_checklist_array" CHECK (jsonb_typeof("checklist") = 'array');

-- Reference data: every signed-in user reads the checklist; only the service (national admin) changes it.
GRANT SELECT, INSERT, UPDATE ON "StageChecklistItem" TO pantau_app;

-- The checklist, from the steps in shared/domain/ilp.md. `source` null = the district's own practice ("praktik daerah");
-- the Juknis names no stages, so no item claims to be a Kemenkes stage rule.
INSERT INTO "StageChecklistItem" ("code", "stage", "labelId", "labelEn", "source", "sortOrder") VALUES
  ('TIM_KERJA_ILP', 'PERSIAPAN', 'Tim Kerja ILP dibentuk', 'An ILP working team (Tim Kerja ILP) is set up', NULL, 10),
  ('SOSIALISASI', 'PERSIAPAN', 'Sosialisasi ILP dilaksanakan (daftar hadir, komitmen bersama)', 'ILP socialisation held (attendance, joint commitment)', NULL, 20),
  ('SK_STRUKTUR_KLASTER', 'PERSIAPAN', 'SK struktur organisasi puskesmas per klaster', 'Decree on the puskesmas structure by cluster', NULL, 30),
  ('STAF_PER_KLASTER', 'UJI_COBA', 'Seluruh tenaga ditempatkan di klaster', 'All staff assigned to clusters', 'Juknis ILP (KMK HK.01.07/MENKES/2015/2023): kepala puskesmas menempatkan seluruh tenaga ke klaster', 10),
  ('PUSTU_POSYANDU_SIAP', 'UJI_COBA', 'Pustu dan posyandu siap (tenaga, kader, layanan, sarana)', 'Pustu and posyandu ready (staff, kader, services, facilities)', NULL, 20),
  ('SK_PENETAPAN_ILP', 'MENERAPKAN', 'SK penetapan puskesmas sebagai Puskesmas ILP', 'Decree naming the puskesmas an ILP puskesmas', 'SK Bupati untuk penetapan Puskesmas ILP (papuatengah.antaranews.com, berita 68461)', 10);

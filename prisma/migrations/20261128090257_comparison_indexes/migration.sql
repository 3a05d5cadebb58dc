-- AlterTable
ALTER TABLE "FacilityStageChange" ADD COLUMN     "isIllustrative" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Facility_districtId_isIllustrative_idx" ON "Facility"("districtId", "isIllustrative");

-- CreateIndex
CREATE INDEX "FacilityStageChange_districtId_facilityId_effectiveDate_cre_idx" ON "FacilityStageChange"("districtId", "facilityId", "effectiveDate", "createdAt", "toStage");

-- CreateIndex
CREATE INDEX "FacilityStageChange_districtId_isIllustrative_idx" ON "FacilityStageChange"("districtId", "isIllustrative");

-- CreateIndex
CREATE INDEX "Staff_districtId_isIllustrative_idx" ON "Staff"("districtId", "isIllustrative");

-- CreateIndex
CREATE INDEX "Kader_districtId_active_level_idx" ON "Kader"("districtId", "active", "level");

-- CreateIndex
CREATE INDEX "Kader_districtId_isIllustrative_idx" ON "Kader"("districtId", "isIllustrative");


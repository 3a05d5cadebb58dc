-- AlterTable
ALTER TABLE "ImportBatch" ADD COLUMN     "puskesmasId" UUID;

-- CreateIndex
CREATE INDEX "ImportBatch_puskesmasId_createdAt_idx" ON "ImportBatch"("puskesmasId", "createdAt");

-- AddForeignKey
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_puskesmasId_districtId_fkey" FOREIGN KEY ("puskesmasId", "districtId") REFERENCES "Facility"("id", "districtId") ON DELETE RESTRICT ON UPDATE CASCADE;


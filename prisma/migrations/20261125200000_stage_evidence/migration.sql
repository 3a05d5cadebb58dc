-- CreateTable
CREATE TABLE "EvidenceFile" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "districtId" UUID NOT NULL,
    "stageChangeId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "content" BYTEA NOT NULL,
    "uploadedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EvidenceFile_districtId_idx" ON "EvidenceFile"("districtId");

-- CreateIndex
CREATE INDEX "EvidenceFile_stageChangeId_idx" ON "EvidenceFile"("stageChangeId");

-- CreateIndex
CREATE UNIQUE INDEX "FacilityStageChange_id_districtId_key" ON "FacilityStageChange"("id", "districtId");

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_stageChangeId_districtId_fkey" FOREIGN KEY ("stageChangeId", "districtId") REFERENCES "FacilityStageChange"("id", "districtId") ON DELETE CASCADE ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------
-- Hand-written: limits, grants and row-level security for evidence files.
-- No audit trigger here: it would copy the file bytes into the audit log; the
-- stage change it backs is audited, and the service logs the upload's metadata.
-- ---------------------------------------------------------------------------
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "ck_evidence_size" CHECK ("size" > 0 AND "size" <= 5242880 AND octet_length("content") = "size");
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "ck_evidence_type" CHECK ("contentType" IN ('application/pdf', 'image/jpeg', 'image/png', 'image/webp'));

GRANT SELECT, INSERT, DELETE ON "EvidenceFile" TO pantau_app;

ALTER TABLE "EvidenceFile" ENABLE ROW LEVEL SECURITY;
CREATE POLICY rls_read ON "EvidenceFile" FOR SELECT TO pantau_app USING (app_can_read_district("districtId"));
CREATE POLICY rls_insert ON "EvidenceFile" FOR INSERT TO pantau_app WITH CHECK (app_can_write_district("districtId"));
CREATE POLICY rls_delete ON "EvidenceFile" FOR DELETE TO pantau_app USING (app_can_write_district("districtId"));

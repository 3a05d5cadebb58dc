-- Evidence files may live in an S3-compatible object store instead (EVIDENCE_S3_BUCKET):
-- then the row keeps the object's key and no content. Exactly one of the two is set.
ALTER TABLE "EvidenceFile" ALTER COLUMN "content" DROP NOT NULL;
ALTER TABLE "EvidenceFile" ADD COLUMN "storageKey" TEXT;
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "ck_evidence_stored_once" CHECK (("content" IS NULL) <> ("storageKey" IS NULL));

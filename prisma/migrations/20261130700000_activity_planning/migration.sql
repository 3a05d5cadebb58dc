-- CreateEnum
CREATE TYPE "ActivityAttachmentKind" AS ENUM ('UNDANGAN', 'DAFTAR_HADIR', 'FOTO');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ActivityType" ADD VALUE 'PENDAMPINGAN';
ALTER TYPE "ActivityType" ADD VALUE 'ADVOKASI';
ALTER TYPE "ActivityType" ADD VALUE 'MONITORING_SUPERVISI';
ALTER TYPE "ActivityType" ADD VALUE 'LOKAKARYA_MINI';
ALTER TYPE "ActivityType" ADD VALUE 'RAPAT_KOORDINASI';
ALTER TYPE "ActivityType" ADD VALUE 'LAINNYA';

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "typeNote" TEXT;

-- CreateTable
CREATE TABLE "ActivityAttachment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "districtId" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "kind" "ActivityAttachmentKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "content" BYTEA,
    "storageKey" TEXT,
    "uploadedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActivityAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ActivityAttachment_districtId_idx" ON "ActivityAttachment"("districtId");

-- CreateIndex
CREATE INDEX "ActivityAttachment_activityId_idx" ON "ActivityAttachment"("activityId");

-- AddForeignKey
ALTER TABLE "ActivityAttachment" ADD CONSTRAINT "ActivityAttachment_activityId_districtId_fkey" FOREIGN KEY ("activityId", "districtId") REFERENCES "Activity"("id", "districtId") ON DELETE CASCADE ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------
-- Hand-written. A "lainnya" activity says what it was; no other type carries a note.
-- (Compared as text: a new enum value may not be used in the transaction that adds it.)
ALTER TABLE "Activity" ADD CONSTRAINT "ck_activity_type_note" CHECK ((("type"::text = 'LAINNYA') = ("typeNote" IS NOT NULL)) AND ("typeNote" IS NULL OR length(btrim("typeNote")) > 0));

-- Attachments: the same limits and storage rule as stage evidence (in the row, or in the
-- object store by key). No audit trigger: it would copy the file bytes into the audit log;
-- the service logs each upload's and removal's metadata instead. The data-version trigger
-- keeps cached district figures honest like every district-owned table.
ALTER TABLE "ActivityAttachment" ADD CONSTRAINT "ck_activity_attachment_size" CHECK ("size" > 0 AND "size" <= 5242880 AND ("content" IS NULL OR octet_length("content") = "size"));
ALTER TABLE "ActivityAttachment" ADD CONSTRAINT "ck_activity_attachment_type" CHECK ("contentType" IN ('application/pdf', 'image/jpeg', 'image/png', 'image/webp'));
ALTER TABLE "ActivityAttachment" ADD CONSTRAINT "ck_activity_attachment_stored_once" CHECK (("content" IS NULL) <> ("storageKey" IS NULL));

GRANT SELECT, INSERT, DELETE ON "ActivityAttachment" TO pantau_app;

ALTER TABLE "ActivityAttachment" ENABLE ROW LEVEL SECURITY;
CREATE POLICY rls_read ON "ActivityAttachment" FOR SELECT TO pantau_app
  USING ("districtId" = ANY ((SELECT app_setting_uuids('app.read_district_ids'))::uuid[]) OR (SELECT app_reads_all_districts()));
CREATE POLICY rls_insert ON "ActivityAttachment" FOR INSERT TO pantau_app
  WITH CHECK ("districtId" = ANY ((SELECT app_setting_uuids('app.write_district_ids'))::uuid[]));
CREATE POLICY rls_delete ON "ActivityAttachment" FOR DELETE TO pantau_app
  USING ("districtId" = ANY ((SELECT app_setting_uuids('app.write_district_ids'))::uuid[]));

CREATE TRIGGER district_version_insert AFTER INSERT ON "ActivityAttachment" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_district_version_new();
CREATE TRIGGER district_version_delete AFTER DELETE ON "ActivityAttachment" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_district_version_old();

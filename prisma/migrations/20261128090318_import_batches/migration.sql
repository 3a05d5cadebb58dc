-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('REGIONS', 'FACILITIES', 'STAFF', 'KADER', 'STAGES');

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "districtId" UUID NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "validOnly" BOOLEAN NOT NULL DEFAULT false,
    "rowCount" INTEGER NOT NULL,
    "createdCount" INTEGER NOT NULL,
    "updatedCount" INTEGER NOT NULL,
    "unchangedCount" INTEGER NOT NULL,
    "rejectedCount" INTEGER NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" TIMESTAMPTZ(3),
    "undoneById" UUID,

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportBatchRow" (
    "id" BIGSERIAL NOT NULL,
    "districtId" UUID NOT NULL,
    "batchId" UUID NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" UUID NOT NULL,
    "created" BOOLEAN NOT NULL,
    "before" JSONB,
    "after" JSONB NOT NULL,

    CONSTRAINT "ImportBatchRow_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportBatch_districtId_createdAt_idx" ON "ImportBatch"("districtId", "createdAt");

-- CreateIndex
CREATE INDEX "ImportBatch_districtId_sha256_idx" ON "ImportBatch"("districtId", "sha256");

-- CreateIndex
CREATE UNIQUE INDEX "ImportBatch_id_districtId_key" ON "ImportBatch"("id", "districtId");

-- CreateIndex
CREATE INDEX "ImportBatchRow_batchId_idx" ON "ImportBatchRow"("batchId");

-- CreateIndex
CREATE INDEX "ImportBatchRow_districtId_entity_entityId_idx" ON "ImportBatchRow"("districtId", "entity", "entityId");

-- AddForeignKey
ALTER TABLE "ImportBatchRow" ADD CONSTRAINT "ImportBatchRow_batchId_districtId_fkey" FOREIGN KEY ("batchId", "districtId") REFERENCES "ImportBatch"("id", "districtId") ON DELETE CASCADE ON UPDATE CASCADE;



-- ---------------------------------------------------------------------------
-- Hand-written: grants, row-level security and the audit trigger, as for the
-- other district-owned tables (see 20261125100000_tenancy_rls_audit).
-- ---------------------------------------------------------------------------

GRANT SELECT, INSERT, UPDATE, DELETE ON "ImportBatch", "ImportBatchRow" TO pantau_app;
GRANT USAGE, SELECT ON SEQUENCE "ImportBatchRow_id_seq" TO pantau_app;

DO $$
DECLARE
  district_table text;
BEGIN
  FOREACH district_table IN ARRAY ARRAY['ImportBatch', 'ImportBatchRow'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', district_table);
    EXECUTE format('CREATE POLICY rls_read ON %I FOR SELECT TO pantau_app USING (app_can_read_district("districtId"))', district_table);
    EXECUTE format('CREATE POLICY rls_insert ON %I FOR INSERT TO pantau_app WITH CHECK (app_can_write_district("districtId"))', district_table);
    EXECUTE format('CREATE POLICY rls_update ON %I FOR UPDATE TO pantau_app USING (app_can_write_district("districtId")) WITH CHECK (app_can_write_district("districtId"))', district_table);
    EXECUTE format('CREATE POLICY rls_delete ON %I FOR DELETE TO pantau_app USING (app_can_write_district("districtId"))', district_table);
  END LOOP;
END $$;

-- The batch itself is audited; its row links are not (each linked change is audited on its own table).
CREATE TRIGGER audit_change AFTER INSERT OR UPDATE OR DELETE ON "ImportBatch" FOR EACH ROW EXECUTE FUNCTION audit_district_change();

-- Facility codes and NIPs are unique across districts, but row-level security hides other
-- districts' rows. An import's dry run asks here which of its keys another district holds,
-- so such rows are rejected up front instead of failing the commit. Answers keys only.
CREATE FUNCTION import_keys_held_elsewhere(entity text, keys text[], district uuid) RETURNS SETOF text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT f.type::text || ':' || f.code FROM "Facility" f
     WHERE entity = 'Facility' AND f.type::text || ':' || f.code = ANY (keys) AND f."districtId" <> district
    UNION ALL
    SELECT s.nip FROM "Staff" s
     WHERE entity = 'Staff' AND s.nip = ANY (keys) AND s."districtId" <> district
  $$;
REVOKE ALL ON FUNCTION import_keys_held_elsewhere(text, text[], uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION import_keys_held_elsewhere(text, text[], uuid) TO pantau_app;

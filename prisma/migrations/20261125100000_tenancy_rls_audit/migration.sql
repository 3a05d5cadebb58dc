-- DropForeignKey
ALTER TABLE "RoleAssignment" DROP CONSTRAINT "RoleAssignment_puskesmasId_fkey";

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "districtId" UUID,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "lockedUntil" TIMESTAMPTZ(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "AuditLog_districtId_at_idx" ON "AuditLog"("districtId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_puskesmasId_regionId_fkey" FOREIGN KEY ("puskesmasId", "regionId") REFERENCES "Facility"("id", "districtId") ON DELETE RESTRICT ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------
-- Hand-written: the app's database role, row-level security, audit triggers.
-- ---------------------------------------------------------------------------

-- The role the running app connects as (LOGIN and a password are given at deploy
-- time, see README). It owns no table and cannot bypass row-level security.
DO $$
BEGIN
  CREATE ROLE pantau_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
EXCEPTION WHEN duplicate_object THEN
  ALTER ROLE pantau_app NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
END $$;

GRANT USAGE ON SCHEMA public TO pantau_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO pantau_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO pantau_app;
REVOKE ALL ON "_prisma_migrations" FROM pantau_app;
-- The audit log is append-only for the app.
REVOKE UPDATE, DELETE, TRUNCATE ON "AuditLog" FROM pantau_app;

-- The scope is set once per transaction by the app (lib/server/scoped-db.ts) with
-- set_config(..., true): app.user_id, app.read_district_ids, app.write_district_ids
-- (comma-separated uuids) and app.all_districts ('on' for national read access).
-- A setting never set reads as '' or NULL, which grants nothing.
CREATE FUNCTION app_setting_uuids(setting text) RETURNS uuid[]
  LANGUAGE sql STABLE AS $$
    SELECT coalesce(string_to_array(NULLIF(current_setting(setting, true), ''), ',')::uuid[], '{}'::uuid[])
  $$;

CREATE FUNCTION app_can_read_district(district uuid) RETURNS boolean
  LANGUAGE sql STABLE AS $$
    SELECT coalesce(NULLIF(current_setting('app.all_districts', true), ''), 'off') = 'on'
        OR district = ANY (app_setting_uuids('app.read_district_ids'))
  $$;

CREATE FUNCTION app_can_write_district(district uuid) RETURNS boolean
  LANGUAGE sql STABLE AS $$
    SELECT district = ANY (app_setting_uuids('app.write_district_ids'))
  $$;

DO $$
DECLARE
  district_table text;
BEGIN
  FOREACH district_table IN ARRAY ARRAY[
    'Facility', 'PuskesmasDesa', 'FacilityStageChange', 'Staff', 'ClusterAssignment',
    'RolloutTarget', 'ReportedFigure', 'Activity', 'ActivityFacility', 'Kader'
  ] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', district_table);
    EXECUTE format('CREATE POLICY rls_read ON %I FOR SELECT TO pantau_app USING (app_can_read_district("districtId"))', district_table);
    EXECUTE format('CREATE POLICY rls_insert ON %I FOR INSERT TO pantau_app WITH CHECK (app_can_write_district("districtId"))', district_table);
    EXECUTE format('CREATE POLICY rls_update ON %I FOR UPDATE TO pantau_app USING (app_can_write_district("districtId")) WITH CHECK (app_can_write_district("districtId"))', district_table);
    EXECUTE format('CREATE POLICY rls_delete ON %I FOR DELETE TO pantau_app USING (app_can_write_district("districtId"))', district_table);
  END LOOP;
END $$;

-- Audit rows: readable within the scope (national rows only nationally); anyone may append.
ALTER TABLE "AuditLog" ENABLE ROW LEVEL SECURITY;
CREATE POLICY rls_read ON "AuditLog" FOR SELECT TO pantau_app
  USING (CASE WHEN "districtId" IS NULL
              THEN coalesce(NULLIF(current_setting('app.all_districts', true), ''), 'off') = 'on'
              ELSE app_can_read_district("districtId") END);
CREATE POLICY rls_insert ON "AuditLog" FOR INSERT TO pantau_app WITH CHECK (true);

-- Every change to district data lands in the audit log with the acting user (the
-- transaction's app.user_id; NULL for the seed and migrations) and both row images.
CREATE FUNCTION audit_district_change() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  old_row jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
  new_row jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
BEGIN
  IF TG_OP = 'UPDATE' AND old_row = new_row THEN
    RETURN NULL;
  END IF;
  INSERT INTO "AuditLog" ("actorId", "districtId", action, entity, "entityId", before, after)
  VALUES (
    NULLIF(current_setting('app.user_id', true), '')::uuid,
    coalesce(new_row ->> 'districtId', old_row ->> 'districtId')::uuid,
    lower(TG_OP),
    TG_TABLE_NAME,
    coalesce(new_row ->> 'id', old_row ->> 'id'),
    old_row,
    new_row
  );
  RETURN NULL;
END $$;

DO $$
DECLARE
  district_table text;
BEGIN
  FOREACH district_table IN ARRAY ARRAY[
    'Facility', 'PuskesmasDesa', 'FacilityStageChange', 'Staff', 'ClusterAssignment',
    'RolloutTarget', 'ReportedFigure', 'Activity', 'ActivityFacility', 'Kader'
  ] LOOP
    EXECUTE format('CREATE TRIGGER audit_change AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION audit_district_change()', district_table);
  END LOOP;
END $$;

-- A puskesmas-level role names the puskesmas' district too (checked by the composite key above).
UPDATE "RoleAssignment" r SET "regionId" = f."districtId" FROM "Facility" f WHERE r."puskesmasId" = f.id AND r."regionId" IS NULL;
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "ck_role_puskesmas_district" CHECK ("puskesmasId" IS NULL OR "regionId" IS NOT NULL);

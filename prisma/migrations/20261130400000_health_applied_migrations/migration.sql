-- Readiness (GET /api/health): the app, as pantau_app, learns which migrations are
-- applied, and nothing else of the ledger (it may not read "_prisma_migrations").
CREATE FUNCTION applied_migration_names() RETURNS SETOF text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT migration_name::text FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
  $$;
REVOKE ALL ON FUNCTION applied_migration_names() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION applied_migration_names() TO pantau_app;

-- Row-level security read the scope once per query instead of once per row.
-- app_can_read_district(col) and app_can_write_district(col) inline to an
-- expression that parses the transaction's settings for every row, and the
-- planner cannot estimate it (it guessed 55 rows for a district's 3,277
-- facilities). Written with sub-selects, the settings become InitPlans: parsed
-- once, and "districtId" = ANY(array) is estimated from the column's statistics.
-- Every existing policy that calls the two functions is rewritten in place; new
-- district tables should use the same expressions (README, "Adding a migration").
CREATE FUNCTION app_reads_all_districts() RETURNS boolean
  LANGUAGE sql STABLE AS $$
    SELECT coalesce(NULLIF(current_setting('app.all_districts', true), ''), 'off') = 'on'
  $$;

DO $$
DECLARE
  policy record;
  read_fast constant text := '("districtId" = ANY ((SELECT app_setting_uuids(''app.read_district_ids''))::uuid[]) OR (SELECT app_reads_all_districts()))';
  write_fast constant text := '("districtId" = ANY ((SELECT app_setting_uuids(''app.write_district_ids''))::uuid[]))';
  using_clause text;
  check_clause text;
BEGIN
  FOR policy IN
    SELECT tablename, policyname, qual, with_check FROM pg_policies
    WHERE schemaname = 'public'
      AND (coalesce(qual, '') || coalesce(with_check, '')) ~ 'app_can_(read|write)_district\("districtId"\)'
  LOOP
    using_clause := replace(replace(policy.qual, 'app_can_read_district("districtId")', read_fast), 'app_can_write_district("districtId")', write_fast);
    check_clause := replace(replace(policy.with_check, 'app_can_read_district("districtId")', read_fast), 'app_can_write_district("districtId")', write_fast);
    EXECUTE format('ALTER POLICY %I ON %I', policy.policyname, policy.tablename)
      || CASE WHEN using_clause IS NOT NULL THEN format(' USING (%s)', using_clause) ELSE '' END
      || CASE WHEN check_clause IS NOT NULL THEN format(' WITH CHECK (%s)', check_clause) ELSE '' END;
  END LOOP;
END $$;

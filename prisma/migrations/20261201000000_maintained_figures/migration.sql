-- Maintained per-district figures (lib/indicators/maintained.ts): the comparisons and
-- the district dashboard read a district's counts of open and ILP-implementing
-- facilities on any date from a small table of day deltas instead of aggregating
-- the network. Triggers keep it in the same transaction as every write
-- (forms, imports, undos, seeds, direct SQL); tests/integration/maintained-figures.test.ts
-- compares it with a recomputation from the raw rows.
--
-- FacilityFigureSpan: each facility's spans [from, until) per metric, where
--   open:<type>  the facility is open (openedOn, or -infinity; until closedAt, or infinity);
--   ilp:<type>   its stage is MENERAPKAN by the counting history (lib/rules/stage-on-date.ts:
--                verified, not retracted; the later recorded change wins a tie).
-- DistrictFigureDelta: per district, metric and day, the sum of +1 at each span's
--   start and -1 at its end. A district's count on day D is the sum of its deltas
--   on days <= D: the as-of view of a year back reads the same few rows as today's.

CREATE TABLE "FacilityFigureSpan" (
    "districtId" UUID NOT NULL,
    "facilityId" UUID NOT NULL,
    "metric" TEXT NOT NULL,
    "from" DATE NOT NULL,
    "until" DATE NOT NULL,

    CONSTRAINT "FacilityFigureSpan_pkey" PRIMARY KEY ("districtId", "facilityId", "metric", "from")
);
CREATE INDEX "FacilityFigureSpan_facilityId_idx" ON "FacilityFigureSpan" ("facilityId");
-- The facilities not open on a date (closed by it, or opened after it): few, found by range.
CREATE INDEX "FacilityFigureSpan_metric_until_idx" ON "FacilityFigureSpan" ("metric", "until");
CREATE INDEX "FacilityFigureSpan_metric_from_idx" ON "FacilityFigureSpan" ("metric", "from");

CREATE TABLE "DistrictFigureDelta" (
    "districtId" UUID NOT NULL,
    "metric" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "delta" INTEGER NOT NULL,

    CONSTRAINT "DistrictFigureDelta_pkey" PRIMARY KEY ("districtId", "metric", "day")
);

-- The app reads them for the districts in its scope only, and never writes them (the triggers do).
REVOKE ALL ON "FacilityFigureSpan", "DistrictFigureDelta" FROM pantau_app;
GRANT SELECT ON "FacilityFigureSpan", "DistrictFigureDelta" TO pantau_app;
ALTER TABLE "FacilityFigureSpan" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "DistrictFigureDelta" ENABLE ROW LEVEL SECURITY;
CREATE POLICY rls_read ON "FacilityFigureSpan" FOR SELECT TO pantau_app USING ("districtId" = ANY ((SELECT app_setting_uuids('app.read_district_ids'))::uuid[]) OR (SELECT app_reads_all_districts()));
CREATE POLICY rls_read ON "DistrictFigureDelta" FOR SELECT TO pantau_app USING ("districtId" = ANY ((SELECT app_setting_uuids('app.read_district_ids'))::uuid[]) OR (SELECT app_reads_all_districts()));

-- The spans of the facilities `ids`, recomputed from the raw rows (found by primary key, their
-- histories through the (districtId, facilityId, effectiveDate, createdAt) index, in the window's order).
CREATE FUNCTION figures_facility_spans(ids uuid[])
  RETURNS TABLE ("districtId" uuid, "facilityId" uuid, metric text, "from" date, until date)
  LANGUAGE sql STABLE AS $$
  -- A facility closed on or before it opened is never open: its span is [infinity, infinity), counting nowhere.
  SELECT f."districtId", f.id, 'open:' || f.type::text,
    CASE WHEN o.opened < o.closed THEN o.opened ELSE 'infinity'::date END,
    CASE WHEN o.opened < o.closed THEN o.closed ELSE 'infinity'::date END
  FROM public."Facility" f
  CROSS JOIN LATERAL (SELECT coalesce(f."openedOn", '-infinity'::date) AS opened, coalesce(f."closedAt", 'infinity'::date) AS closed) o
  WHERE f.id = ANY(ids)
  UNION ALL
  SELECT h."districtId", h."facilityId", 'ilp:' || h.type, h."effectiveDate", coalesce(h.until, 'infinity'::date)
  FROM (
    SELECT c."districtId", c."facilityId", f.type::text AS type, c."toStage", c."effectiveDate",
      lead(c."effectiveDate") OVER (PARTITION BY c."districtId", c."facilityId" ORDER BY c."effectiveDate", c."createdAt") AS until
    FROM public."Facility" f
    JOIN public."FacilityStageChange" c ON c."districtId" = f."districtId" AND c."facilityId" = f.id
    WHERE f.id = ANY(ids) AND c.status = 'VERIFIED' AND c."retractedAs" IS NULL
  ) h
  WHERE h."toStage" = 'MENERAPKAN' AND (h.until IS NULL OR h.until > h."effectiveDate")
$$;

-- The same for every facility (figures_rebuild, and the gate test's comparison).
CREATE FUNCTION figures_all_spans()
  RETURNS TABLE ("districtId" uuid, "facilityId" uuid, metric text, "from" date, until date)
  LANGUAGE sql STABLE AS $$
  SELECT f."districtId", f.id, 'open:' || f.type::text,
    CASE WHEN o.opened < o.closed THEN o.opened ELSE 'infinity'::date END,
    CASE WHEN o.opened < o.closed THEN o.closed ELSE 'infinity'::date END
  FROM public."Facility" f
  CROSS JOIN LATERAL (SELECT coalesce(f."openedOn", '-infinity'::date) AS opened, coalesce(f."closedAt", 'infinity'::date) AS closed) o
  UNION ALL
  SELECT h."districtId", h."facilityId", 'ilp:' || h.type, h."effectiveDate", coalesce(h.until, 'infinity'::date)
  FROM (
    SELECT c."districtId", c."facilityId", f.type::text AS type, c."toStage", c."effectiveDate",
      lead(c."effectiveDate") OVER (PARTITION BY c."districtId", c."facilityId" ORDER BY c."effectiveDate", c."createdAt") AS until
    FROM public."FacilityStageChange" c
    JOIN public."Facility" f ON f.id = c."facilityId" AND f."districtId" = c."districtId"
    WHERE c.status = 'VERIFIED' AND c."retractedAs" IS NULL
  ) h
  WHERE h."toStage" = 'MENERAPKAN' AND (h.until IS NULL OR h.until > h."effectiveDate")
$$;

-- Recomputes the spans of the facilities `ids` and moves the district deltas by the difference.
CREATE FUNCTION figures_refresh_facilities(ids uuid[]) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  fresh "FacilityFigureSpan"[];
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  -- Two transactions refreshing one facility take turns; each later statement here sees the other's committed spans.
  PERFORM 1 FROM "Facility" WHERE id = ANY(ids) ORDER BY id FOR UPDATE;
  -- The new spans, computed once (an array, not a temporary table: safe behind a transaction-mode pooler).
  SELECT coalesce(array_agg(ROW(s."districtId", s."facilityId", s.metric, s."from", s.until)::"FacilityFigureSpan"), '{}')
    INTO fresh FROM figures_facility_spans(ids) s;
  INSERT INTO "DistrictFigureDelta" AS d ("districtId", metric, day, delta)
  SELECT m."districtId", m.metric, m.day, sum(m.delta)::int
  FROM (
    SELECT s."districtId", s.metric, s."from" AS day, 1 AS delta FROM unnest(fresh) s WHERE s."from" <> 'infinity'
    UNION ALL SELECT s."districtId", s.metric, s.until, -1 FROM unnest(fresh) s WHERE s.until <> 'infinity'
    UNION ALL SELECT s."districtId", s.metric, s."from", -1 FROM "FacilityFigureSpan" s WHERE s."facilityId" = ANY(ids) AND s."from" <> 'infinity'
    UNION ALL SELECT s."districtId", s.metric, s.until, 1 FROM "FacilityFigureSpan" s WHERE s."facilityId" = ANY(ids) AND s.until <> 'infinity'
  ) m
  GROUP BY 1, 2, 3 HAVING sum(m.delta) <> 0
  ORDER BY 1, 2, 3
  ON CONFLICT ("districtId", metric, day) DO UPDATE SET delta = d.delta + excluded.delta;
  DELETE FROM "DistrictFigureDelta" d
  WHERE d.delta = 0 AND d."districtId" IN (SELECT s."districtId" FROM "FacilityFigureSpan" s WHERE s."facilityId" = ANY(ids)
                                            UNION SELECT s."districtId" FROM unnest(fresh) s);
  DELETE FROM "FacilityFigureSpan" s WHERE s."facilityId" = ANY(ids);
  INSERT INTO "FacilityFigureSpan" SELECT * FROM unnest(fresh);
END $$;

-- Every span and delta again from the raw rows (the migration, and npm run db:national after its bulk load).
CREATE FUNCTION figures_rebuild() RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  DELETE FROM "FacilityFigureSpan";
  DELETE FROM "DistrictFigureDelta";
  INSERT INTO "FacilityFigureSpan" SELECT * FROM figures_all_spans();
  INSERT INTO "DistrictFigureDelta" ("districtId", metric, day, delta)
  SELECT m."districtId", m.metric, m.day, sum(m.delta)::int
  FROM (
    SELECT s."districtId", s.metric, s."from" AS day, 1 AS delta FROM "FacilityFigureSpan" s WHERE s."from" <> 'infinity'
    UNION ALL SELECT s."districtId", s.metric, s.until, -1 FROM "FacilityFigureSpan" s WHERE s.until <> 'infinity'
  ) m
  GROUP BY 1, 2, 3 HAVING sum(m.delta) <> 0;
END $$;

-- Statement-level, from the transition tables: one refresh per statement, however many rows an import writes.
CREATE FUNCTION figures_facility_changed() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM figures_refresh_facilities(ARRAY(SELECT id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM figures_refresh_facilities(ARRAY(SELECT id FROM old_rows));
  ELSE
    -- Only what the spans read: most saves (names, stage cache, versions) change none of it.
    PERFORM figures_refresh_facilities(ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n.type, n."districtId", n."openedOn", n."closedAt") IS DISTINCT FROM (o.type, o."districtId", o."openedOn", o."closedAt")));
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION figures_stage_changed() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM figures_refresh_facilities(ARRAY(SELECT DISTINCT "facilityId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM figures_refresh_facilities(ARRAY(SELECT DISTINCT "facilityId" FROM old_rows));
  ELSE
    PERFORM figures_refresh_facilities(ARRAY(
      SELECT n."facilityId" FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n."facilityId", n."districtId", n."toStage", n."effectiveDate", n."createdAt", n.status, n."retractedAs")
        IS DISTINCT FROM (o."facilityId", o."districtId", o."toStage", o."effectiveDate", o."createdAt", o.status, o."retractedAs")
      UNION
      SELECT o."facilityId" FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n."facilityId" <> o."facilityId"));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER figures_insert AFTER INSERT ON "Facility" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_facility_changed();
CREATE TRIGGER figures_update AFTER UPDATE ON "Facility" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_facility_changed();
CREATE TRIGGER figures_delete AFTER DELETE ON "Facility" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_facility_changed();
CREATE TRIGGER figures_insert AFTER INSERT ON "FacilityStageChange" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_stage_changed();
CREATE TRIGGER figures_update AFTER UPDATE ON "FacilityStageChange" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_stage_changed();
CREATE TRIGGER figures_delete AFTER DELETE ON "FacilityStageChange" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_stage_changed();

SELECT figures_rebuild();

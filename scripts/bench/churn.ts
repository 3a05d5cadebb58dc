import pg from "pg";

/**
 * A background writer: one real write per second in a random district, as people
 * editing across the country would make. Each write is an UPDATE of one of the
 * district's facilities (its `updatedAt` and optimistic-concurrency `version`), which
 * fires the district-version triggers (DistrictDataVersion), so every instance's
 * figures for that district, its province and the nation miss the cache. Every
 * fifth write lands in `focusDistrictCode` (the benchmark's district), so its
 * dashboard churns too, not only the comparisons. Returns a stop function that
 * resolves to the number of writes made and failed.
 */
export async function startWriter(
  url: string,
  focusDistrictCode: string,
): Promise<{ stop: () => Promise<{ writes: number; failed: number }> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ id: string; code: string }>(
    `SELECT id, code FROM "Region" WHERE level = 'KABUPATEN' ORDER BY code`,
  );
  const focus = rows.find((row) => row.code === focusDistrictCode)?.id;
  if (!focus || rows.length === 0) throw new Error(`no district ${focusDistrictCode} to write in`);
  let writes = 0;
  let failed = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = Date.now();
      const districtId = writes % 5 === 4 ? focus : rows[Math.floor(Math.random() * rows.length)]!.id;
      try {
        await touchFacility(client, districtId);
        writes += 1;
      } catch {
        failed += 1;
      }
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - (Date.now() - started))));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      await client.end();
      return { writes, failed };
    },
  };
}

/** One real write in the district: a random facility's `updatedAt` and `version`, which raises the district's data version. */
export async function touchFacility(client: pg.Client, districtId: string): Promise<void> {
  await client.query(
    `UPDATE "Facility" SET "updatedAt" = now(), version = version + 1
      WHERE id = (SELECT id FROM "Facility" WHERE "districtId" = $1 ORDER BY random() LIMIT 1)`,
    [districtId],
  );
}

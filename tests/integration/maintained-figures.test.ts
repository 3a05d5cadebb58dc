import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { changeStageAction, closeFacilityAction, updateFacilityAction } from "@/lib/facilities/actions";
import type { FacilityType, IlpStage } from "@/lib/generated/prisma/enums";
import { undoImportAction } from "@/lib/imports/actions";
import { queryMaintainedCounts, MAINTAINED_TYPES, type MaintainedMetric } from "@/lib/indicators/maintained";
import { getDistrictIndicators, queryDistrictAdoption } from "@/lib/indicators/queries";
import { stageOn, type StageEntry } from "@/lib/rules/stage-on-date";
import { withScope } from "@/lib/server/scoped-db";
import { actAs } from "../support/act-as";
import { prepareImportDistrict, upload } from "../support/import-upload";
import { ensureUser } from "../support/tenancy-fixtures";

// The GATE of the maintained figures (lib/indicators/maintained.ts): after random
// edits through the real services (stage changes, closings, opening dates),
// imports and their undos, and direct SQL (back-dated entries, voids, deletions),
// the counts kept by the triggers equal a recomputation from the raw rows, on
// today and on random past dates, and so do the comparison's and dashboard's
// adoption figures read from them. MAINTAINED_SEED=<n> replays a run; the seed
// is in the test's title. Lombok Timur (52.03): no other test touches it.
const DISTRICT = "52.03";
const seed = process.env.MAINTAINED_SEED ? Number(process.env.MAINTAINED_SEED) : Math.floor(Math.random() * 2 ** 31);
if (!Number.isSafeInteger(seed)) throw new Error(`MAINTAINED_SEED must be a whole number`);
console.log(`maintained-figures: MAINTAINED_SEED=${seed}`);

/** mulberry32: a small seeded generator, so a failing run can be replayed. */
function generator(start: number) {
  let state = start >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}
const random = generator(seed);

const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
const STAGES: IlpStage[] = ["BELUM", "PERSIAPAN", "UJI_COBA", "MENERAPKAN"];
const KECAMATAN = "52.03.01";
const DESA = "52.03.01.2001";
const DAY_MS = 86_400_000;
const iso = (date: Date) => date.toISOString().slice(0, 10);
const today = iso(new Date());
/** A random day between 2023-01-01 and today. */
const randomDay = () => {
  const from = Date.UTC(2023, 0, 1);
  return iso(new Date(from + random.int(0, Math.floor((Date.parse(today) - from) / DAY_MS)) * DAY_MS));
};
let districtId = "";
let plannerId = "";
let plannerScope: Awaited<ReturnType<typeof actAs>> = null;

beforeAll(async () => {
  const prepared = await prepareImportDistrict(owner, DISTRICT, "perencana.angka.terpelihara", [
    { code: KECAMATAN, name: "Keruak" },
    { code: DESA, name: "Pijot" },
  ]);
  districtId = prepared.districtId;
  plannerId = prepared.planner;
  plannerScope = await actAs(plannerId);
});
afterAll(() => owner.$disconnect());

const csv = (...lines: string[]) => lines.join("\n") + "\n";
const FACILITY_HEADER = "jenis,kode,nama,kode_kecamatan,kode_desa,jenis_induk,kode_induk,rawat_inap,nama_lain";

async function facilities() {
  return owner.facility.findMany({ where: { districtId }, orderBy: { code: "asc" } });
}

/** The raw truth: per type, open facilities and ILP-implementing facilities (open or not) on `day`, from the rows. */
async function recompute(days: string[]) {
  const rows = await facilities();
  const changes = await owner.facilityStageChange.findMany({ where: { districtId } });
  const historyOf = new Map<string, StageEntry[]>();
  for (const change of changes) historyOf.set(change.facilityId, [...(historyOf.get(change.facilityId) ?? []), change]);
  const openOn = (row: (typeof rows)[number], day: string) =>
    (!row.openedOn || iso(row.openedOn) <= day) && (!row.closedAt || iso(row.closedAt) > day);
  const ilpOn = (row: (typeof rows)[number], day: string) =>
    stageOn(historyOf.get(row.id) ?? [], new Date(`${day}T00:00:00Z`)) === "MENERAPKAN";
  return { rows, openOn, ilpOn, counts: days.flatMap((day) => countsOn(day)) };
  function countsOn(day: string) {
    return MAINTAINED_TYPES.flatMap((type) => {
      const ofType = rows.filter((row) => row.type === type);
      return [
        { metric: `open:${type}`, date: day, n: ofType.filter((row) => openOn(row, day)).length },
        { metric: `ilp:${type}`, date: day, n: ofType.filter((row) => ilpOn(row, day)).length },
      ];
    }).filter((count) => count.n !== 0);
  }
}

async function maintained(days: string[]) {
  const metrics = MAINTAINED_TYPES.flatMap((type) => [`open:${type}`, `ilp:${type}`] as MaintainedMetric[]);
  const rows = await withScope(plannerScope!.scope, (ctx) =>
    queryMaintainedCounts(
      ctx,
      [districtId],
      metrics.map((metric) => ({ metric, dates: days })),
    ),
  );
  return rows.map(({ metric, date, n }) => ({ metric, date, n }));
}

const sorted = <T extends { metric: string; date: string }>(rows: T[]) =>
  [...rows].sort((a, b) => `${a.date}|${a.metric}`.localeCompare(`${b.date}|${b.metric}`));

async function expectAgreement(step: string) {
  const days = [...new Set([today, "2024-01-31", "2025-06-30", ...Array.from({ length: 6 }, randomDay)])].sort();
  const truth = await recompute(days);
  expect(sorted(await maintained(days)), `${step} (MAINTAINED_SEED=${seed})`).toEqual(sorted(truth.counts));

  // The kept deltas are exactly what a rebuild from the raw rows gives (no drift, no zero rows left).
  const kept = await owner.$queryRaw<{ metric: string; day: string; delta: number }[]>`
    SELECT metric, to_char(day, 'YYYY-MM-DD') AS day, delta FROM "DistrictFigureDelta" WHERE "districtId" = ${districtId}::uuid ORDER BY 1, 2`;
  const rebuilt = await owner.$queryRaw<{ metric: string; day: string; delta: number }[]>`
    SELECT metric, to_char(day, 'YYYY-MM-DD') AS day, sum(delta)::int AS delta FROM (
      SELECT metric, "from" AS day, 1 AS delta FROM figures_all_spans() WHERE "districtId" = ${districtId}::uuid AND "from" <> 'infinity'
      UNION ALL SELECT metric, until, -1 FROM figures_all_spans() WHERE "districtId" = ${districtId}::uuid AND until <> 'infinity'
    ) m GROUP BY 1, 2 HAVING sum(delta) <> 0 ORDER BY 1, 2`;
  expect(kept, `${step}: deltas against a rebuild (MAINTAINED_SEED=${seed})`).toEqual(rebuilt);

  // The adoption figures (comparisons, dashboard trend) on a past as-of date and today: open on the as-of date, implementing on each date.
  for (const asOf of [days[Math.floor(days.length / 2)]!, today]) {
    const trendDays = days.filter((day) => day <= asOf);
    const asked = { PUSKESMAS: trendDays, PUSTU: trendDays, POSYANDU: [asOf] };
    const adoption = await withScope(plannerScope!.scope, (ctx) =>
      queryDistrictAdoption(
        ctx,
        [districtId],
        new Date(`${asOf}T00:00:00Z`),
        Object.fromEntries(
          Object.entries(asked).map(([type, list]) => [type, list.map((day) => new Date(`${day}T00:00:00Z`))]),
        ) as Record<FacilityType, Date[]>,
      ),
    );
    const expected = Object.entries(asked).flatMap(([type, list]) =>
      list
        .map((day) => ({
          type,
          date: day,
          implementing: truth.rows.filter(
            (row) => row.type === type && truth.openOn(row, asOf) && truth.ilpOn(row, day),
          ).length,
        }))
        .filter((row) => row.implementing > 0),
    );
    const got = adoption.map(({ type, date, implementing }) => ({ type: type as string, date, implementing }));
    const order = (rows: typeof got) =>
      [...rows].sort((a, b) => `${a.type}${a.date}`.localeCompare(`${b.type}${b.date}`));
    expect(order(got), `${step}: adoption as of ${asOf} (MAINTAINED_SEED=${seed})`).toEqual(order(expected));
    const [indicators] = await withScope(plannerScope!.scope, (ctx) =>
      getDistrictIndicators(ctx, { districtId }, new Date(`${asOf}T00:00:00Z`)),
    );
    const open = truth.rows.filter((row) => truth.openOn(row, asOf));
    expect(indicators!.facts.puskesmas, `${step}: district facts as of ${asOf}`).toMatchObject({
      total: open.filter((row) => row.type === "PUSKESMAS").length,
      implementing: open.filter((row) => row.type === "PUSKESMAS" && truth.ilpOn(row, asOf)).length,
    });
    expect(indicators!.facts.posyandu.total).toBe(open.filter((row) => row.type === "POSYANDU").length);
  }
}

/** One random edit through a real service, or straight SQL; returns what it did. */
async function randomEdit(): Promise<string> {
  const rows = await facilities();
  const row = random.pick(rows);
  const kind = random.int(0, 11);
  if (kind <= 2) {
    // A stage change through the form's action; the service may refuse (back-dated, decree rules): then nothing changes.
    const toStage = random.pick(STAGES.slice(1));
    const effectiveDate = random.next() < 0.7 ? today : randomDay();
    const decree =
      toStage === "MENERAPKAN" && row.type === "PUSKESMAS"
        ? { decreeIssuer: "KEPALA_DINAS" as const, decreeNumber: `440/${row.code}`, decreeDate: effectiveDate }
        : {};
    const result = await changeStageAction({
      facilityId: row.id,
      toStage,
      effectiveDate,
      note: "Perubahan acak",
      version: row.version,
      ...decree,
    });
    return `stage ${row.code} → ${toStage} on ${effectiveDate}: ${result.ok ? "saved" : "refused"}`;
  }
  if (kind === 3 && !row.closedAt) {
    const closedOn = randomDay();
    const result = await closeFacilityAction({ id: row.id, version: row.version, closedOn });
    return `close ${row.code} on ${closedOn}: ${result.ok ? "saved" : "refused"}`;
  }
  if (kind === 4) {
    const openedOn = random.next() < 0.2 ? null : randomDay();
    const result = await updateFacilityAction({
      id: row.id,
      version: row.version,
      name: row.name,
      aliases: row.aliases,
      openedOn,
    });
    return `opened ${row.code} on ${openedOn}: ${result.ok ? "saved" : "refused"}`;
  }
  if (kind === 5) {
    // Straight SQL: a closing date (or reopening) the form would refuse.
    const closedAt = row.closedAt && random.next() < 0.5 ? null : randomDay();
    await owner.$executeRaw`UPDATE "Facility" SET "closedAt" = ${closedAt}::date WHERE id = ${row.id}::uuid`;
    return `sql close ${row.code} on ${closedAt}`;
  }
  if (kind <= 8) {
    // Straight SQL: a back-dated verified entry the forms would refuse, mostly "menerapkan".
    const toStage = random.next() < 0.6 ? "MENERAPKAN" : random.pick(STAGES);
    const day = randomDay();
    await owner.$executeRaw`
      INSERT INTO "FacilityStageChange" ("districtId", "facilityId", "toStage", "effectiveDate", note)
      VALUES (${districtId}::uuid, ${row.id}::uuid, ${toStage}::"IlpStage", ${day}::date, 'SQL langsung')`;
    return `sql insert ${row.code} ${toStage} on ${day}`;
  }
  const changes = await owner.facilityStageChange.findMany({ where: { districtId }, orderBy: { id: "asc" } });
  if (changes.length === 0) return "nothing to retract";
  const change = random.pick(changes);
  if (kind === 9) {
    // Void or un-void; or send a verified entry back to a proposal (it stops counting).
    const data = change.retractedAs
      ? { retractedAs: null, retractedAt: null, retractionReason: null }
      : random.next() < 0.3
        ? { status: change.status === "VERIFIED" ? ("PROPOSED" as const) : ("VERIFIED" as const) }
        : change.status === "VERIFIED"
          ? { retractedAs: "VOIDED" as const, retractedAt: new Date(), retractionReason: "Batal acak" }
          : { status: "VERIFIED" as const };
    await owner.facilityStageChange.update({ where: { id: change.id }, data });
    return `sql void/unvoid/status ${change.id}`;
  }
  if (kind === 10) {
    await owner.facilityStageChange.update({
      where: { id: change.id },
      data: { effectiveDate: new Date(`${randomDay()}T00:00:00Z`) },
    });
    return `sql redate ${change.id}`;
  }
  await owner.facilityStageChange.delete({ where: { id: change.id } });
  return `sql delete ${change.id}`;
}

describe("maintained figures agree with a recomputation from the raw rows", () => {
  it(`after random edits, imports and undos (MAINTAINED_SEED=${seed})`, async () => {
    // A base network by import, kept.
    const count = random.int(3, 6);
    const base = csv(
      FACILITY_HEADER,
      ...Array.from(
        { length: count },
        (_, index) => `PUSKESMAS,MF-PKM-${index},Puskesmas Acak ${index},${KECAMATAN},,,,ya,`,
      ),
      ...Array.from(
        { length: count },
        (_, index) => `PUSTU,MF-PUSTU-${index},Pustu Acak ${index},,${DESA},,MF-PKM-${index},,`,
      ),
      ...Array.from(
        { length: count * 2 },
        (_, index) => `POSYANDU,MF-POS-${index},Posyandu Acak ${index},,${DESA},PUSTU,MF-PUSTU-${index % count},,`,
      ),
    );
    expect((await upload(DISTRICT, "fasilitas", base, "all", "fasilitas.csv")).body).toMatchObject({ ok: true });
    await expectAgreement("after the base import");
    // A history for each facility, as an older import or the seed would have left it (one statement: the bulk path).
    const histories = (await facilities()).flatMap((row) =>
      Array.from({ length: random.int(1, 3) }, () => ({
        districtId,
        facilityId: row.id,
        toStage: random.next() < 0.5 ? ("MENERAPKAN" as const) : random.pick(STAGES),
        effectiveDate: new Date(`${randomDay()}T00:00:00Z`),
        note: "Riwayat awal",
      })),
    );
    await owner.facilityStageChange.createMany({ data: histories });
    await expectAgreement("after a bulk history");

    const log: string[] = [];
    for (let round = 0; round < 4; round += 1) {
      for (let edit = 0; edit < 8; edit += 1) log.push(await randomEdit());
      await expectAgreement(`round ${round}: ${log.slice(-8).join("; ")}`);

      // A stage import, then (every other round) its undo; and a facility import that is undone.
      const rows = await facilities();
      const lines = Array.from({ length: random.int(1, 4) }, () => {
        const row = random.pick(rows);
        const stage = random.pick(STAGES.slice(1));
        return `${row.type},${row.code},${stage},${randomDay()},Impor acak`;
      });
      const stages = await upload(
        DISTRICT,
        "tahap",
        csv("jenis,kode,tahap,tanggal,catatan", ...lines),
        "validOnly",
        "tahap.csv",
      );
      expect(stages.status).toBeLessThan(500);
      log.push(`stage import: ${JSON.stringify(stages.body.counts ?? stages.body.messageKey)}`);
      await expectAgreement(`round ${round}: stage import ${lines.join(" | ")}`);
      if (stages.body.batchId && round % 2 === 0) {
        expect(await undoImportAction({ batchId: stages.body.batchId })).toMatchObject({ ok: true });
        await expectAgreement(`round ${round}: stage import undone`);
      }
      const more = await upload(
        DISTRICT,
        "fasilitas",
        csv(FACILITY_HEADER, `PUSKESMAS,MF-PKM-X${round},Puskesmas Tambahan ${round},${KECAMATAN},,,,tidak,`),
        "all",
        "fasilitas-tambahan.csv",
      );
      expect(more.body).toMatchObject({ ok: true });
      await expectAgreement(`round ${round}: facility import`);
      expect(await undoImportAction({ batchId: more.body.batchId! })).toMatchObject({ ok: true });
      await expectAgreement(`round ${round}: facility import undone`);
    }
    // Writes at once in one district, on separate connections: the delta rows they share must add up.
    const everyFacility = await facilities();
    const concurrent = createPrismaClient(inject("databaseUrl"), { max: 4 });
    try {
      await Promise.all(
        Array.from({ length: 8 }, (_, index) => {
          const row = everyFacility[index % everyFacility.length]!;
          const day = randomDay();
          return concurrent.$transaction([
            concurrent.$executeRaw`
              INSERT INTO "FacilityStageChange" ("districtId", "facilityId", "toStage", "effectiveDate", note)
              VALUES (${districtId}::uuid, ${row.id}::uuid, 'MENERAPKAN', ${day}::date, 'Serentak')`,
            concurrent.$executeRaw`UPDATE "Facility" SET "openedOn" = ${randomDay()}::date WHERE id = ${row.id}::uuid`,
          ]);
        }),
      );
    } finally {
      await concurrent.$disconnect();
    }
    await expectAgreement("after concurrent writes");
    console.log(`maintained-figures (MAINTAINED_SEED=${seed}):\n  ${log.join("\n  ")}`);
    // Something happened: the run is not a no-op.
    expect(log.filter((line) => line.includes("saved") || line.startsWith("sql")).length).toBeGreaterThan(0);
  });

  it("are readable only within the reader's scope, and never writable by the app", async () => {
    const metrics = MAINTAINED_TYPES.map((type) => `open:${type}` as const);
    const own = await withScope(plannerScope!.scope, (ctx) =>
      queryMaintainedCounts(
        ctx,
        [districtId],
        metrics.map((metric) => ({ metric, dates: [today] })),
      ),
    );
    expect(own.length).toBeGreaterThan(0);
    // A planner of another district asks for this district's rows by id: row-level security returns none.
    const other = await owner.region.findUniqueOrThrow({ where: { code: "52.01" } });
    const outsider = (await actAs(await ensureUser(owner, "perencana.angka.lain", "DINKES_PLANNER", other.id)))!;
    expect(
      await withScope(outsider.scope, (ctx) =>
        queryMaintainedCounts(
          ctx,
          [districtId],
          metrics.map((metric) => ({ metric, dates: [today] })),
        ),
      ),
    ).toEqual([]);
    await expect(
      withScope(
        plannerScope!.scope,
        (ctx) =>
          ctx.db
            .$executeRaw`UPDATE "DistrictFigureDelta" SET delta = delta + 1 WHERE "districtId" = ${districtId}::uuid`,
      ),
    ).rejects.toThrow(/permission denied/);
    await actAs(plannerId);
  });
});

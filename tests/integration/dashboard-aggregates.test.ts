import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import {
  dashboardAggregates,
  desaCoverage,
  desaWithoutPustu,
  puskesmasStageTrend,
  stageCounts,
  understaffedPustu,
} from "@/lib/dashboard/aggregates";
import { parseIsoDate, toIsoDate } from "@/lib/dates";
import { monthEnds, TREND_START } from "@/lib/rollout/projection";
import { getDistrictByCode } from "@/lib/rollout/queries";
import { withScope, type Ctx } from "@/lib/server/scoped-db";
import { actAs } from "../support/act-as";

// The dashboard reads its figures in one statement (dashboardAggregates); each
// part must equal what the part's own query, or the plain Prisma read, returns.
const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
afterAll(() => owner.$disconnect());

const sorted = <T>(rows: T[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** The parts read one query at a time, as the dashboard read them before. */
async function partByPart(ctx: Ctx, districtId: string, asOf: Date, months: Date[], limit: number) {
  const targets = await ctx.db.rolloutTarget.findMany({
    where: { districtId, voidedAt: null },
    orderBy: [{ year: "desc" }, { kind: "asc" }],
  });
  const kader = await ctx.db.kader.groupBy({
    by: ["level"],
    where: { districtId, active: true },
    _count: { _all: true },
  });
  const figures = await ctx.db.reportedFigure.findMany({
    where: { districtId, asOf: { lte: asOf } },
    orderBy: { asOf: "desc" },
  });
  const activities = await ctx.db.activity.findMany({
    where: { districtId, date: { lte: asOf }, status: "DONE", voidedAt: null },
    select: { date: true, participantCount: true },
  });
  const byMonth = new Map<string, { count: number; participants: number; participantsUnknown: number }>();
  for (const activity of activities) {
    const month = activity.date.toISOString().slice(0, 7);
    const entry = byMonth.get(month) ?? { count: 0, participants: 0, participantsUnknown: 0 };
    entry.count += 1;
    entry.participants += activity.participantCount ?? 0;
    entry.participantsUnknown += activity.participantCount === null ? 1 : 0;
    byMonth.set(month, entry);
  }
  return {
    targets: targets.map((target) => ({
      id: target.id,
      year: target.year,
      kind: target.kind,
      targetCount: target.targetCount,
      deadline: toIsoDate(target.deadline),
      note: target.note,
      source: target.source,
    })),
    stages: sorted(await stageCounts(ctx, districtId, asOf)),
    stageTrend: sorted(await puskesmasStageTrend(ctx, districtId, asOf, months)),
    coverage: sorted(await desaCoverage(ctx, districtId, asOf)),
    withoutPustu: await desaWithoutPustu(ctx, districtId, asOf, limit),
    understaffed: await understaffedPustu(ctx, districtId, asOf, limit),
    kecamatan: sorted(
      await ctx.db.region.findMany({
        where: { districtId, level: "KECAMATAN" },
        select: { id: true, code: true, name: true },
      }),
    ),
    kader: sorted(kader.map((group) => ({ level: group.level, count: group._count._all }))),
    figures: sorted(
      (["PUSTU", "DESA"] as const).flatMap((metric) => {
        const latest = figures.find((figure) => figure.metric === metric);
        return latest ? [{ metric, value: latest.value, source: latest.source }] : [];
      }),
    ),
    activities: [...byMonth].sort(([a], [b]) => a.localeCompare(b)).map(([month, totals]) => ({ month, ...totals })),
  };
}

describe("the dashboard's one-statement aggregates", () => {
  const today = toIsoDate(new Date());
  it.each([
    ["17.02", "perencana.rejanglebong", "2024-07-30"],
    ["17.02", "perencana.rejanglebong", today],
    ["33.19", "perencana.kudus", "2024-12-31"],
    ["61.03", "perencana.sanggau", "2025-01-15"],
    ["61.03", "perencana.sanggau", today],
  ])("equal the part-by-part reads for %s (as %s) on %s", async (code, username, day) => {
    const user = (await actAs((await owner.user.findUniqueOrThrow({ where: { username } })).id))!;
    const asOf = parseIsoDate(day)!;
    const months = monthEnds(TREND_START, asOf);
    const [together, apart] = await withScope(user.scope, async (ctx) => {
      const { id } = await getDistrictByCode(ctx, code);
      return [await dashboardAggregates(ctx, id, asOf, months, 3), await partByPart(ctx, id, asOf, months, 3)];
    });
    expect(together.stages.length + together.coverage.length).toBeGreaterThan(0);
    expect({
      ...together,
      stages: sorted(together.stages),
      stageTrend: sorted(together.stageTrend),
      coverage: sorted(together.coverage),
      kecamatan: sorted(together.kecamatan),
      kader: sorted(together.kader),
      figures: sorted(together.figures.filter((figure) => figure.metric === "PUSTU" || figure.metric === "DESA")),
    }).toEqual(apart);
  });
});

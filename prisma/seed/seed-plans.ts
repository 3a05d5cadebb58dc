import type { Prisma } from "@/lib/generated/prisma/client";
import { seedId } from "@/lib/db/seed-ids";
import { ACTIVITY_FACTS, FIGURE_FACTS, TARGET_FACTS } from "./demo-facts";
import { regionId } from "./seed-regions";

type Tx = Prisma.TransactionClient;

/** Targets, reported figures and activities, exactly as the articles give them. */
export async function seedPlans(tx: Tx): Promise<void> {
  await tx.rolloutTarget.createMany({
    skipDuplicates: true,
    data: TARGET_FACTS.map((fact) => ({
      id: seedId(`target:${fact.districtCode}:${fact.year}:${fact.kind}`),
      districtId: regionId(fact.districtCode),
      year: fact.year,
      kind: fact.kind,
      targetCount: fact.targetCount,
      deadline: new Date(fact.deadline),
      note: fact.note,
      source: fact.source,
    })),
  });
  await tx.reportedFigure.createMany({
    skipDuplicates: true,
    data: FIGURE_FACTS.map((fact) => ({
      id: seedId(`figure:${fact.districtCode}:${fact.metric}:${fact.asOf}`),
      districtId: regionId(fact.districtCode),
      metric: fact.metric,
      value: fact.value,
      asOf: new Date(fact.asOf),
      source: fact.source,
    })),
  });
  for (const fact of ACTIVITY_FACTS) {
    const districtId = regionId(fact.districtCode);
    const activityId = seedId(`activity:${fact.key}`);
    await tx.activity.createMany({
      skipDuplicates: true,
      data: [
        {
          id: activityId,
          districtId,
          type: fact.type,
          title: fact.title,
          date: new Date(fact.date),
          place: fact.place,
          participantCount: fact.participantCount,
          note: fact.note,
          source: fact.source,
        },
      ],
    });
    // Both articles speak of the puskesmas of the whole district.
    const puskesmas = await tx.facility.findMany({ where: { districtId, type: "PUSKESMAS" }, select: { id: true } });
    await tx.activityFacility.createMany({
      skipDuplicates: true,
      data: puskesmas.map((facility) => ({ districtId, activityId, facilityId: facility.id })),
    });
  }
}

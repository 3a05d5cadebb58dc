import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { countTargetAchieved } from "@/lib/indicators/targets";

const prisma = createPrismaClient(inject("databaseUrl"), { max: 2 });
afterAll(() => prisma.$disconnect());

describe("target achievement from the stage history", () => {
  it("counts Rejang Lebong's implementing puskesmas on any date", async () => {
    const { id } = await prisma.region.findUniqueOrThrow({ where: { code: "17.02" } });
    expect(await countTargetAchieved(prisma, id, "PUSKESMAS_MENERAPKAN", new Date("2024-07-29"))).toBe(0);
    expect(await countTargetAchieved(prisma, id, "PUSKESMAS_MENERAPKAN", new Date("2024-07-30"))).toBe(1);
    // Other test files change stages dated today; the deadline of the 2025 target is history.
    expect(await countTargetAchieved(prisma, id, "PUSKESMAS_MENERAPKAN", new Date("2025-12-31"))).toBe(1);
  });

  it("counts Sanggau's accompanied pustu desa as zero: no source says any is accompanied yet", async () => {
    const { id } = await prisma.region.findUniqueOrThrow({ where: { code: "61.03" } });
    expect(await countTargetAchieved(prisma, id, "DESA_PUSTU_DIDAMPINGI", new Date())).toBe(0);
    expect(await countTargetAchieved(prisma, id, "DESA_DENGAN_PUSTU", new Date())).toBeGreaterThan(0);
  });
});

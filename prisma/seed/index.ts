import type { PrismaClient } from "@/lib/generated/prisma/client";
import { CLUSTER_UNITS, CLUSTERS } from "./clusters";
import { DEMO_DISTRICT_CODES } from "./demo-facts";
import { seedPuskesmas } from "./seed-facilities";
import { seedSanggauPustu, seedSumberUripRoster } from "./seed-illustrative";
import { seedPlans } from "./seed-plans";
import { PROVINCE_DEMO_DISTRICT_CODES, seedProvinceDemo } from "./seed-provinces";
import { seedRegions } from "./seed-regions";
import { seedDemoUsers } from "./seed-users";

/**
 * Writes the reference data and the demo data in one transaction. Every row has
 * a stable id and is inserted with ON CONFLICT DO NOTHING, so running it again
 * changes nothing.
 */
export async function seedDemo(prisma: PrismaClient): Promise<void> {
  await prisma.$transaction(
    async (tx) => {
      await tx.cluster.createMany({ data: CLUSTERS, skipDuplicates: true });
      await tx.clusterUnit.createMany({ data: CLUSTER_UNITS, skipDuplicates: true });
      const regions = await seedRegions(tx, [...DEMO_DISTRICT_CODES, ...PROVINCE_DEMO_DISTRICT_CODES]);
      await seedPuskesmas(tx, regions);
      await seedProvinceDemo(tx, regions);
      await seedSanggauPustu(tx, regions);
      await seedSumberUripRoster(tx);
      await seedPlans(tx);
      await seedDemoUsers(tx);
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

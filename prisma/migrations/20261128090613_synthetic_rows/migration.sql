-- AlterTable
ALTER TABLE "Facility" ADD COLUMN     "isSynthetic" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "FacilityStageChange" ADD COLUMN     "isSynthetic" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Staff" ADD COLUMN     "isSynthetic" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ClusterAssignment" ADD COLUMN     "isSynthetic" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "RolloutTarget" ADD COLUMN     "isSynthetic" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "isSynthetic" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Kader" ADD COLUMN     "isSynthetic" BOOLEAN NOT NULL DEFAULT false;


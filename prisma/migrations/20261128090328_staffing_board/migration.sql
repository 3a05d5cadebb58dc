-- AlterTable
ALTER TABLE "Facility" ADD COLUMN     "allowSecondCluster" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "staffBoardVersion" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "ClusterAssignment" ADD COLUMN     "supporting" BOOLEAN NOT NULL DEFAULT false;

-- A supporting cluster is joined as a member, never as its coordinator.
ALTER TABLE "ClusterAssignment" ADD CONSTRAINT "ck_assignment_support_member" CHECK (NOT "supporting" OR "role" = 'ANGGOTA');

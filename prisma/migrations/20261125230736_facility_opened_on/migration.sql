-- AlterTable
ALTER TABLE "Facility" ADD COLUMN     "openedOn" DATE;


-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "RegionLevel" AS ENUM ('PROVINSI', 'KABUPATEN', 'KECAMATAN', 'DESA');

-- CreateEnum
CREATE TYPE "RegionKind" AS ENUM ('PROVINSI', 'KABUPATEN', 'KOTA', 'KECAMATAN', 'DESA', 'KELURAHAN', 'DESA_ADAT');

-- CreateEnum
CREATE TYPE "FacilityType" AS ENUM ('PUSKESMAS', 'PUSTU', 'POSYANDU');

-- CreateEnum
CREATE TYPE "IlpStage" AS ENUM ('BELUM', 'PERSIAPAN', 'UJI_COBA', 'MENERAPKAN');

-- CreateEnum
CREATE TYPE "Profession" AS ENUM ('DOKTER', 'DOKTER_GIGI', 'BIDAN', 'PERAWAT', 'PERAWAT_GIGI', 'AHLI_GIZI', 'SANITARIAN', 'ATLM', 'APOTEKER', 'TENAGA_TEKNIS_KEFARMASIAN', 'PROMKES', 'EPIDEMIOLOG', 'ADMINISTRASI', 'LAINNYA');

-- CreateEnum
CREATE TYPE "EmploymentStatus" AS ENUM ('PNS', 'PPPK', 'KONTRAK', 'HONORER', 'LAINNYA');

-- CreateEnum
CREATE TYPE "Posting" AS ENUM ('PUSKESMAS', 'PUSTU_MENETAP', 'PUSTU_TERJADWAL');

-- CreateEnum
CREATE TYPE "ClusterRole" AS ENUM ('PENANGGUNG_JAWAB', 'ANGGOTA');

-- CreateEnum
CREATE TYPE "TargetKind" AS ENUM ('PUSKESMAS_MENERAPKAN', 'PUSTU_MENERAPKAN', 'POSYANDU_MENERAPKAN', 'DESA_PUSTU_DIDAMPINGI', 'DESA_DENGAN_PUSTU');

-- CreateEnum
CREATE TYPE "FigureMetric" AS ENUM ('PUSKESMAS', 'PUSTU', 'DESA', 'POSYANDU', 'KADER');

-- CreateEnum
CREATE TYPE "ActivityType" AS ENUM ('SOSIALISASI', 'PELATIHAN', 'KAJI_BANDING', 'PENYULUHAN');

-- CreateEnum
CREATE TYPE "KaderLevel" AS ENUM ('PURWA', 'MADYA', 'UTAMA');

-- CreateEnum
CREATE TYPE "KaderCompetency" AS ENUM ('PENGELOLAAN_POSYANDU', 'BAYI_BALITA', 'IBU_HAMIL_MENYUSUI', 'USIA_SEKOLAH_REMAJA', 'DEWASA_LANSIA');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('NATIONAL_ADMIN', 'PROVINCE_OFFICIAL', 'DINKES_ADMIN', 'DINKES_PLANNER', 'PUSKESMAS_HEAD', 'VIEWER');

-- CreateTable
CREATE TABLE "Region" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" VARCHAR(13) NOT NULL,
    "name" TEXT NOT NULL,
    "level" "RegionLevel" NOT NULL,
    "kind" "RegionKind" NOT NULL,
    "parentId" UUID,
    "provinceId" UUID,
    "districtId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Facility" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "districtId" UUID NOT NULL,
    "type" "FacilityType" NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "searchText" TEXT NOT NULL DEFAULT '',
    "kecamatanId" UUID,
    "desaId" UUID,
    "parentId" UUID,
    "hasInpatient" BOOLEAN,
    "isIllustrative" BOOLEAN NOT NULL DEFAULT false,
    "placementVerified" BOOLEAN NOT NULL DEFAULT true,
    "placementNote" TEXT,
    "accompaniedSince" DATE,
    "currentStage" "IlpStage" NOT NULL DEFAULT 'BELUM',
    "stageSince" DATE,
    "closedAt" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Facility_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PuskesmasDesa" (
    "districtId" UUID NOT NULL,
    "puskesmasId" UUID NOT NULL,
    "desaId" UUID NOT NULL,
    "inferred" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "PuskesmasDesa_pkey" PRIMARY KEY ("puskesmasId","desaId")
);

-- CreateTable
CREATE TABLE "FacilityStageChange" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "districtId" UUID NOT NULL,
    "facilityId" UUID NOT NULL,
    "fromStage" "IlpStage",
    "toStage" "IlpStage" NOT NULL,
    "effectiveDate" DATE NOT NULL,
    "note" TEXT NOT NULL,
    "source" TEXT,
    "changedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FacilityStageChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cluster" (
    "id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "Cluster_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClusterUnit" (
    "id" INTEGER NOT NULL,
    "clusterId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "ClusterUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Staff" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "districtId" UUID NOT NULL,
    "puskesmasId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "nip" VARCHAR(18),
    "profession" "Profession" NOT NULL,
    "employmentStatus" "EmploymentStatus" NOT NULL DEFAULT 'PNS',
    "posting" "Posting" NOT NULL DEFAULT 'PUSKESMAS',
    "pustuId" UUID,
    "pustuSchedule" TEXT,
    "isIllustrative" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Staff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClusterAssignment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "districtId" UUID NOT NULL,
    "staffId" UUID NOT NULL,
    "clusterId" INTEGER NOT NULL,
    "clusterUnitId" INTEGER,
    "role" "ClusterRole" NOT NULL DEFAULT 'ANGGOTA',
    "effectiveFrom" DATE NOT NULL,
    "effectiveTo" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClusterAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RolloutTarget" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "districtId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "TargetKind" NOT NULL,
    "targetCount" INTEGER NOT NULL,
    "deadline" DATE NOT NULL,
    "note" TEXT,
    "source" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RolloutTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportedFigure" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "districtId" UUID NOT NULL,
    "metric" "FigureMetric" NOT NULL,
    "value" INTEGER NOT NULL,
    "asOf" DATE NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "ReportedFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "districtId" UUID NOT NULL,
    "type" "ActivityType" NOT NULL,
    "title" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "place" TEXT,
    "participantCount" INTEGER,
    "note" TEXT,
    "source" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityFacility" (
    "districtId" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "facilityId" UUID NOT NULL,

    CONSTRAINT "ActivityFacility_pkey" PRIMARY KEY ("activityId","facilityId")
);

-- CreateTable
CREATE TABLE "Kader" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "districtId" UUID NOT NULL,
    "posyanduId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "level" "KaderLevel" NOT NULL DEFAULT 'PURWA',
    "competencies" "KaderCompetency"[] DEFAULT ARRAY[]::"KaderCompetency"[],
    "isIllustrative" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Kader_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "username" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleAssignment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "regionId" UUID,
    "puskesmasId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoleAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_code_key" ON "Region"("code");

-- CreateIndex
CREATE INDEX "Region_parentId_idx" ON "Region"("parentId");

-- CreateIndex
CREATE INDEX "Region_districtId_level_idx" ON "Region"("districtId", "level");

-- CreateIndex
CREATE INDEX "Region_provinceId_level_idx" ON "Region"("provinceId", "level");

-- CreateIndex
CREATE UNIQUE INDEX "Region_id_districtId_key" ON "Region"("id", "districtId");

-- CreateIndex
CREATE INDEX "Facility_districtId_type_currentStage_idx" ON "Facility"("districtId", "type", "currentStage");

-- CreateIndex
CREATE INDEX "Facility_parentId_idx" ON "Facility"("parentId");

-- CreateIndex
CREATE INDEX "Facility_desaId_idx" ON "Facility"("desaId");

-- CreateIndex
CREATE UNIQUE INDEX "Facility_type_code_key" ON "Facility"("type", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Facility_id_districtId_key" ON "Facility"("id", "districtId");

-- CreateIndex
CREATE INDEX "PuskesmasDesa_districtId_idx" ON "PuskesmasDesa"("districtId");

-- CreateIndex
CREATE UNIQUE INDEX "PuskesmasDesa_desaId_key" ON "PuskesmasDesa"("desaId");

-- CreateIndex
CREATE INDEX "FacilityStageChange_districtId_effectiveDate_idx" ON "FacilityStageChange"("districtId", "effectiveDate");

-- CreateIndex
CREATE INDEX "FacilityStageChange_facilityId_effectiveDate_idx" ON "FacilityStageChange"("facilityId", "effectiveDate");

-- CreateIndex
CREATE UNIQUE INDEX "Cluster_code_key" ON "Cluster"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ClusterUnit_code_key" ON "ClusterUnit"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ClusterUnit_id_clusterId_key" ON "ClusterUnit"("id", "clusterId");

-- CreateIndex
CREATE UNIQUE INDEX "Staff_nip_key" ON "Staff"("nip");

-- CreateIndex
CREATE INDEX "Staff_districtId_puskesmasId_idx" ON "Staff"("districtId", "puskesmasId");

-- CreateIndex
CREATE INDEX "Staff_pustuId_idx" ON "Staff"("pustuId");

-- CreateIndex
CREATE UNIQUE INDEX "Staff_id_districtId_key" ON "Staff"("id", "districtId");

-- CreateIndex
CREATE INDEX "ClusterAssignment_districtId_staffId_effectiveFrom_idx" ON "ClusterAssignment"("districtId", "staffId", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "RolloutTarget_districtId_year_kind_key" ON "RolloutTarget"("districtId", "year", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "ReportedFigure_districtId_metric_asOf_key" ON "ReportedFigure"("districtId", "metric", "asOf");

-- CreateIndex
CREATE INDEX "Activity_districtId_date_idx" ON "Activity"("districtId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "Activity_id_districtId_key" ON "Activity"("id", "districtId");

-- CreateIndex
CREATE INDEX "ActivityFacility_districtId_idx" ON "ActivityFacility"("districtId");

-- CreateIndex
CREATE INDEX "ActivityFacility_facilityId_idx" ON "ActivityFacility"("facilityId");

-- CreateIndex
CREATE INDEX "Kader_districtId_posyanduId_idx" ON "Kader"("districtId", "posyanduId");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "RoleAssignment_regionId_idx" ON "RoleAssignment"("regionId");

-- CreateIndex
CREATE INDEX "RoleAssignment_puskesmasId_idx" ON "RoleAssignment"("puskesmasId");

-- CreateIndex
CREATE UNIQUE INDEX "RoleAssignment_userId_role_regionId_puskesmasId_key" ON "RoleAssignment"("userId", "role", "regionId", "puskesmasId");

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Facility" ADD CONSTRAINT "Facility_kecamatanId_districtId_fkey" FOREIGN KEY ("kecamatanId", "districtId") REFERENCES "Region"("id", "districtId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Facility" ADD CONSTRAINT "Facility_desaId_districtId_fkey" FOREIGN KEY ("desaId", "districtId") REFERENCES "Region"("id", "districtId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Facility" ADD CONSTRAINT "Facility_parentId_districtId_fkey" FOREIGN KEY ("parentId", "districtId") REFERENCES "Facility"("id", "districtId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PuskesmasDesa" ADD CONSTRAINT "PuskesmasDesa_puskesmasId_districtId_fkey" FOREIGN KEY ("puskesmasId", "districtId") REFERENCES "Facility"("id", "districtId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PuskesmasDesa" ADD CONSTRAINT "PuskesmasDesa_desaId_districtId_fkey" FOREIGN KEY ("desaId", "districtId") REFERENCES "Region"("id", "districtId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FacilityStageChange" ADD CONSTRAINT "FacilityStageChange_facilityId_districtId_fkey" FOREIGN KEY ("facilityId", "districtId") REFERENCES "Facility"("id", "districtId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FacilityStageChange" ADD CONSTRAINT "FacilityStageChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterUnit" ADD CONSTRAINT "ClusterUnit_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Staff" ADD CONSTRAINT "Staff_puskesmasId_districtId_fkey" FOREIGN KEY ("puskesmasId", "districtId") REFERENCES "Facility"("id", "districtId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Staff" ADD CONSTRAINT "Staff_pustuId_districtId_fkey" FOREIGN KEY ("pustuId", "districtId") REFERENCES "Facility"("id", "districtId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterAssignment" ADD CONSTRAINT "ClusterAssignment_staffId_districtId_fkey" FOREIGN KEY ("staffId", "districtId") REFERENCES "Staff"("id", "districtId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterAssignment" ADD CONSTRAINT "ClusterAssignment_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterAssignment" ADD CONSTRAINT "ClusterAssignment_clusterUnitId_clusterId_fkey" FOREIGN KEY ("clusterUnitId", "clusterId") REFERENCES "ClusterUnit"("id", "clusterId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RolloutTarget" ADD CONSTRAINT "RolloutTarget_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportedFigure" ADD CONSTRAINT "ReportedFigure_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityFacility" ADD CONSTRAINT "ActivityFacility_activityId_districtId_fkey" FOREIGN KEY ("activityId", "districtId") REFERENCES "Activity"("id", "districtId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityFacility" ADD CONSTRAINT "ActivityFacility_facilityId_districtId_fkey" FOREIGN KEY ("facilityId", "districtId") REFERENCES "Facility"("id", "districtId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kader" ADD CONSTRAINT "Kader_posyanduId_districtId_fkey" FOREIGN KEY ("posyanduId", "districtId") REFERENCES "Facility"("id", "districtId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_puskesmasId_fkey" FOREIGN KEY ("puskesmasId") REFERENCES "Facility"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------
-- Hand-written rules Prisma's schema language cannot express (prefix ck_).
-- ---------------------------------------------------------------------------

-- Kemendagri codes: PP, PP.KK, PP.KK.CC, PP.KK.CC.DDDD, matching the level.
ALTER TABLE "Region" ADD CONSTRAINT "ck_region_code_shape" CHECK (
  ("level" = 'PROVINSI'  AND "code" ~ '^[0-9]{2}$') OR
  ("level" = 'KABUPATEN' AND "code" ~ '^[0-9]{2}\.[0-9]{2}$') OR
  ("level" = 'KECAMATAN' AND "code" ~ '^[0-9]{2}\.[0-9]{2}\.[0-9]{2}$') OR
  ("level" = 'DESA'      AND "code" ~ '^[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{4}$')
);
-- A kabupaten is its own district; kecamatan and desa belong to one; provinces to none.
ALTER TABLE "Region" ADD CONSTRAINT "ck_region_tenancy" CHECK (
  ("level" = 'PROVINSI' AND "districtId" IS NULL AND "parentId" IS NULL) OR
  ("level" = 'KABUPATEN' AND "districtId" = "id" AND "parentId" IS NOT NULL) OR
  ("level" IN ('KECAMATAN', 'DESA') AND "districtId" IS NOT NULL AND "parentId" IS NOT NULL)
);

-- A puskesmas has no parent; pustu and posyandu sit in a desa under a parent facility.
ALTER TABLE "Facility" ADD CONSTRAINT "ck_facility_tree" CHECK (
  ("type" = 'PUSKESMAS' AND "parentId" IS NULL) OR
  ("type" IN ('PUSTU', 'POSYANDU') AND "parentId" IS NOT NULL AND "desaId" IS NOT NULL)
);
ALTER TABLE "Facility" ADD CONSTRAINT "ck_facility_name" CHECK (length(btrim("name")) > 0);
ALTER TABLE "Facility" ADD CONSTRAINT "ck_facility_version" CHECK ("version" >= 1);

ALTER TABLE "FacilityStageChange" ADD CONSTRAINT "ck_stage_change_note" CHECK (length(btrim("note")) > 0);
ALTER TABLE "FacilityStageChange" ADD CONSTRAINT "ck_stage_change_moves" CHECK ("fromStage" IS NULL OR "fromStage" <> "toStage");

ALTER TABLE "Staff" ADD CONSTRAINT "ck_staff_nip" CHECK ("nip" IS NULL OR "nip" ~ '^[0-9]{18}$');
ALTER TABLE "Staff" ADD CONSTRAINT "ck_staff_posting" CHECK (
  ("posting" = 'PUSKESMAS' AND "pustuId" IS NULL) OR ("posting" <> 'PUSKESMAS' AND "pustuId" IS NOT NULL)
);

ALTER TABLE "ClusterAssignment" ADD CONSTRAINT "ck_assignment_period" CHECK ("effectiveTo" IS NULL OR "effectiveTo" > "effectiveFrom");

ALTER TABLE "RolloutTarget" ADD CONSTRAINT "ck_target_count" CHECK ("targetCount" > 0);
ALTER TABLE "RolloutTarget" ADD CONSTRAINT "ck_target_year" CHECK ("year" BETWEEN 2023 AND 2100);

ALTER TABLE "ReportedFigure" ADD CONSTRAINT "ck_figure_value" CHECK ("value" >= 0);
ALTER TABLE "Activity" ADD CONSTRAINT "ck_activity_participants" CHECK ("participantCount" IS NULL OR "participantCount" >= 0);

-- A role's place matches the role: national roles have none, a head has a puskesmas.
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "ck_role_place" CHECK (
  ("role" = 'NATIONAL_ADMIN' AND "regionId" IS NULL AND "puskesmasId" IS NULL) OR
  ("role" IN ('PROVINCE_OFFICIAL', 'DINKES_ADMIN', 'DINKES_PLANNER') AND "regionId" IS NOT NULL AND "puskesmasId" IS NULL) OR
  ("role" = 'PUSKESMAS_HEAD' AND "puskesmasId" IS NOT NULL) OR
  ("role" = 'VIEWER' AND ("regionId" IS NOT NULL OR "puskesmasId" IS NOT NULL))
);

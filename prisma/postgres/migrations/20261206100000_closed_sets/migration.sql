-- Closed sets as enum types (issue 17). Written by hand: `prisma migrate diff` drops and re-adds each column, which
-- would empty it; ALTER COLUMN … TYPE … USING converts the stored text in place (and rebuilds the indexes on it).
-- SQLite needs no migration: Prisma stores an enum there as TEXT, the type the columns already have.

-- CreateEnum
CREATE TYPE "GroupKind" AS ENUM ('claim', 'fact');

-- CreateEnum
CREATE TYPE "GroupStatus" AS ENUM ('active', 'merged', 'gone');

-- CreateEnum
CREATE TYPE "DiscrepancyKind" AS ENUM ('date', 'number', 'entity', 'quote', 'attribution');

-- CreateEnum
CREATE TYPE "OverrideKind" AS ENUM ('merge', 'split', 'dismiss', 'leave');

-- CreateEnum
CREATE TYPE "FlagEventAction" AS ENUM ('opened', 'status', 'note');

-- AlterTable
ALTER TABLE "ClaimGroup" ALTER COLUMN "kind" TYPE "GroupKind" USING "kind"::"GroupKind",
ALTER COLUMN "status" DROP DEFAULT,
ALTER COLUMN "status" TYPE "GroupStatus" USING "status"::"GroupStatus",
ALTER COLUMN "status" SET DEFAULT 'active';

-- AlterTable
ALTER TABLE "Discrepancy" ALTER COLUMN "kind" TYPE "DiscrepancyKind" USING "kind"::"DiscrepancyKind";

-- AlterTable
ALTER TABLE "FlagEvent" ALTER COLUMN "action" TYPE "FlagEventAction" USING "action"::"FlagEventAction";

-- AlterTable
ALTER TABLE "GroupOverride" ALTER COLUMN "kind" TYPE "OverrideKind" USING "kind"::"OverrideKind";
